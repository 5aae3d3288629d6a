package io.nerbyoc.values;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;

/** Names of months, weekdays and day parts, and the dates of holidays the Gregorian calendar fixes. */
final class Calendar {
  private Calendar() {}

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
      Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8),
      Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
      Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11),
      Map.entry("december", 12), Map.entry("dec", 12));
  private static final Map<String, Integer> WEEKDAYS = Map.ofEntries(
      Map.entry("monday", 1), Map.entry("mon", 1), Map.entry("tuesday", 2), Map.entry("tue", 2), Map.entry("tues", 2),
      Map.entry("wednesday", 3), Map.entry("wed", 3), Map.entry("thursday", 4), Map.entry("thu", 4),
      Map.entry("thur", 4), Map.entry("thurs", 4), Map.entry("friday", 5), Map.entry("fri", 5),
      Map.entry("saturday", 6), Map.entry("sat", 6), Map.entry("sunday", 7), Map.entry("sun", 7));
  /** TIMEX3 season codes; seasons are not placed on the calendar (hemispheres and conventions differ). */
  static final Map<String, String> SEASONS = Map.of(
      "spring", "SP", "summer", "SU", "fall", "FA", "autumn", "FA", "winter", "WI");

  /** Parts of a day: TIMEX3 code and the hours Recognizers-Text gives them. */
  record DayPart(String code, int from, int to) {}

  static final Map<String, DayPart> DAY_PARTS = Map.of(
      "morning", new DayPart("MO", 8, 12), "afternoon", new DayPart("AF", 12, 16),
      "evening", new DayPart("EV", 16, 20), "night", new DayPart("NI", 20, 24),
      "overnight", new DayPart("NI", 20, 24), "tonight", new DayPart("NI", 20, 24));

  static Integer month(String w) {
    return MONTHS.get(w);
  }

  static Integer weekday(String w) {
    return WEEKDAYS.get(w);
  }

  /** A holiday's name, as words, to how its date is found. */
  private static final Map<String, String> HOLIDAYS = Map.ofEntries(
      Map.entry("christmas", "12-25"), Map.entry("christmas day", "12-25"), Map.entry("xmas", "12-25"),
      Map.entry("christmas eve", "12-24"), Map.entry("new year 's day", "01-01"), Map.entry("new year 's", "01-01"),
      Map.entry("new years day", "01-01"), Map.entry("new year 's eve", "12-31"), Map.entry("new years eve", "12-31"),
      Map.entry("halloween", "10-31"), Map.entry("valentine 's day", "02-14"), Map.entry("valentines day", "02-14"),
      Map.entry("independence day", "07-04"), Map.entry("veterans day", "11-11"), Map.entry("boxing day", "12-26"),
      Map.entry("bastille day", "07-14"), Map.entry("st patrick 's day", "03-17"), Map.entry("st. patrick 's day", "03-17"),
      Map.entry("thanksgiving", "11/4/4"), Map.entry("thanksgiving day", "11/4/4"),
      Map.entry("labor day", "9/1/1"), Map.entry("labour day", "9/1/1"), Map.entry("memorial day", "5/-1/1"),
      Map.entry("martin luther king day", "1/3/1"), Map.entry("mother 's day", "5/2/7"),
      Map.entry("mothers day", "5/2/7"), Map.entry("father 's day", "6/3/7"), Map.entry("fathers day", "6/3/7"),
      Map.entry("easter", "easter+0"), Map.entry("easter sunday", "easter+0"), Map.entry("easter day", "easter+0"),
      Map.entry("easter monday", "easter+1"), Map.entry("good friday", "easter-2"));

  /** True when {@code name} is a holiday this calendar can date. */
  static boolean isHoliday(String name) {
    return HOLIDAYS.containsKey(name);
  }

  /**
   * The holiday's date in {@code year}: fixed ("12-25"), the n-th weekday of a month ("11/4/4":
   * November, Thursday, 4th; -1 is the last), or Easter (Gauss's computus for the Gregorian
   * calendar) with an offset in days.
   */
  static LocalDate holiday(String name, int year) {
    String rule = HOLIDAYS.get(name);
    if (rule.startsWith("easter")) {
      return easter(year).plusDays(Integer.parseInt(rule.substring(6).replace("+", "")));
    }
    if (rule.contains("/")) {
      String[] p = rule.split("/");
      int month = Integer.parseInt(p[0]);
      int nth = Integer.parseInt(p[1]);
      DayOfWeek day = DayOfWeek.of(Integer.parseInt(p[2]));
      LocalDate first = LocalDate.of(year, month, 1);
      return nth < 0 ? first.with(TemporalAdjusters.lastInMonth(day)) : first.with(TemporalAdjusters.dayOfWeekInMonth(nth, day));
    }
    return LocalDate.of(year, Integer.parseInt(rule.substring(0, 2)), Integer.parseInt(rule.substring(3)));
  }

  /** Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
  static LocalDate easter(int y) {
    int a = y % 19;
    int b = y / 100;
    int c = y % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(y, month, day);
  }
}
