package io.nerbyoc.values;

import io.nerbyoc.lists.WordLists;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;

/** Names of months, weekdays and day parts, and the dates of holidays the Gregorian calendar fixes. */
final class Calendar {
  private Calendar() {}

  /** A list whose sections are numbers ("[3]" above "march", "mar"), as entry to number. */
  static Map<String, Integer> numbered(String name) {
    Map<String, Integer> out = new java.util.HashMap<>();
    WordLists.typed(Calendar.class, name).forEach((entry, number) -> out.put(entry, Integer.parseInt(number)));
    return Map.copyOf(out);
  }

  private static final Map<String, Integer> MONTHS = Calendar.numbered("months");
  private static final Map<String, Integer> WEEKDAYS = Calendar.numbered("weekdays");
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
  private static final Map<String, String> HOLIDAYS = WordLists.typed(Calendar.class, "holidays");

  /** Every word of a holiday's name ("christmas", "eve", "'s"), for {@link Expressions}' reach. */
  static final java.util.Set<String> HOLIDAY_WORDS = HOLIDAYS.keySet().stream()
      .flatMap(n -> java.util.Arrays.stream(n.split(" "))).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** True when {@code name} is a month, weekday, season or part of a day. */
  static boolean isName(String w) {
    return MONTHS.containsKey(w) || WEEKDAYS.containsKey(w) || SEASONS.containsKey(w) || DAY_PARTS.containsKey(w);
  }

  /** True when {@code name} is a holiday this calendar can date. */
  static boolean isHoliday(String name) {
    return HOLIDAYS.containsKey(name);
  }

  /**
   * The holiday's date in {@code year}: fixed ("12-25"), the n-th weekday of a month ("11/4/4":
   * November, Thursday, 4th; -1 is the last; "11/4/4+1" the day after it), or Easter (Gauss's computus for the Gregorian
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
      String[] dayAndAfter = p[2].split("\\+"); // "4+1": the day after the Thursday (Black Friday)
      DayOfWeek day = DayOfWeek.of(Integer.parseInt(dayAndAfter[0]));
      int after = dayAndAfter.length > 1 ? Integer.parseInt(dayAndAfter[1]) : 0;
      LocalDate first = LocalDate.of(year, month, 1);
      return (nth < 0 ? first.with(TemporalAdjusters.lastInMonth(day)) : first.with(TemporalAdjusters.dayOfWeekInMonth(nth, day)))
          .plusDays(after);
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
