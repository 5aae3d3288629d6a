package io.nerbyoc.values;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.regex.Pattern;

/**
 * Weeks by number and by place: "week 31" and "week 3 of 2027" (ISO weeks, {@code 2027-W03}),
 * "the last week of July" and "the first week of Jan 2015" (weeks of a month as Recognizers-Text
 * writes them, {@code XXXX-07-W05}: the n-th ISO week touching the month), "the weekend of
 * Halloween" and "Labor Day weekend" (the weekend nearest that day, {@code 2021-W35-WE}); the n-th
 * weekday of a month ("the first Monday of September", {@code XXXX-09-WXX-1-#1}).
 */
final class Weeks {
  private Weeks() {}

  private static final Pattern MONTH = Pattern.compile("(\\d{4}|XXXX)-\\d\\d");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  static Stretch read(Temporals.Reader r, int i, int to) {
    String t = r.w.at(i);
    if (t.equals("week") && i + 1 < to) {
      return numbered(r, i + 1, to);
    }
    if (t.equals("weekend") && r.w.at(i + 1).equals("of")) {
      Stretch d = r.dayOf(i + 2, to); // "the weekend of Halloween"
      return d == null ? null : nearestWeekend(d.start().toLocalDate());
    }
    if (r.w.at(to - 1).equals("weekend") && to - 1 > i) {
      Stretch d = r.dayOf(i, to - 1); // "Labor Day 2021 weekend"
      return d == null ? null : nearestWeekend(d.start().toLocalDate());
    }
    if (to - i >= 3 && r.w.at(to - 2).equals("weekend") && DateParts.isYear(r.w.at(to - 1))) {
      String name = String.join(" ", r.w.slice(i, to - 2).list()); // "Halloween weekend 2021"
      return Calendar.isHoliday(name) ? nearestWeekend(Calendar.holiday(name, Integer.parseInt(r.w.at(to - 1)))) : null;
    }
    if (to - i >= 4 && r.w.at(i + 1).equals("week") && (r.w.at(i + 2).equals("of") || r.w.at(i + 2).equals("in")) // "in" as "of"
        && (Temporals.PERIOD_ORDINALS.containsKey(t) || t.equals("last"))) {
      return ofMonth(r, t.equals("last") ? -1 : Temporals.PERIOD_ORDINALS.get(t), i + 3, to);
    }
    if (to - i >= 4 && Temporals.PERIOD_ORDINALS.containsKey(t) && Calendar.weekday(r.w.at(i + 1)) != null
        && (r.w.at(i + 2).equals("of") || r.w.at(i + 2).equals("in"))) {
      return weekdayOfMonth(r, Temporals.PERIOD_ORDINALS.get(t), Calendar.weekday(r.w.at(i + 1)), i + 3, to);
    }
    return null;
  }

  /**
   * "the first Monday of September", "the second Tuesday in May 2017": that day, its timex as
   * Recognizers-Text writes the n-th weekday of a month ({@code XXXX-09-WXX-1-#1}, with the year
   * when the text gives one). Null when the month has no such day (a fifth Monday).
   */
  private static Stretch weekdayOfMonth(Temporals.Reader r, int nth, int weekday, int from, int to) {
    Stretch m = r.single(from, to);
    if (m == null || m.start() == null || !MONTH.matcher(m.timex()).matches()) {
      return null;
    }
    LocalDate d = m.start().toLocalDate().with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(nth, DayOfWeek.of(weekday)));
    return d.getMonthValue() != m.start().getMonthValue() ? null
        : Stretch.day(m.timex() + "-WXX-" + weekday + "-#" + nth, d);
  }

  /** "week 31" (of the reference date's year), "week 3 of 2027", "week 27 of last year". */
  private static Stretch numbered(Temporals.Reader r, int i, int to) {
    String n = r.w.at(i);
    if (!n.chars().allMatch(Character::isDigit) || n.length() > 2) {
      return null;
    }
    int week = Integer.parseInt(n);
    int year;
    if (i + 1 == to) {
      year = r.today.getYear();
    } else if (r.w.at(i + 1).equals("of")) {
      Stretch y = r.single(i + 2, to);
      if (y == null || y.start() == null || !YEAR.matcher(y.timex()).matches()) {
        return null;
      }
      year = y.start().getYear();
    } else {
      return null;
    }
    LocalDate jan4 = LocalDate.of(year, 1, 4);
    if (week < 1 || week > jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
      return null;
    }
    LocalDate monday = jan4.with(DayOfWeek.MONDAY).plusWeeks(week - 1L);
    return Stretch.period(String.format("%04d-W%02d", year, week), monday, monday.plusWeeks(1));
  }

  /** The {@code nth} (-1: last) ISO week touching a month: "XXXX-07-W05". */
  private static Stretch ofMonth(Temporals.Reader r, int nth, int from, int to) {
    Stretch m = r.single(from, to);
    if (m == null || m.start() == null || m.end() == null || !MONTH.matcher(m.timex()).matches()) {
      return null;
    }
    LocalDate first = m.start().toLocalDate();
    LocalDate firstMonday = first.with(DayOfWeek.MONDAY);
    LocalDate lastMonday = m.end().toLocalDate().minusDays(1).with(DayOfWeek.MONDAY);
    int count = (int) ChronoUnit.WEEKS.between(firstMonday, lastMonday) + 1;
    int index = nth < 0 ? count : nth;
    if (index > count) {
      return null;
    }
    LocalDate monday = firstMonday.plusWeeks(index - 1L);
    return Stretch.period(m.timex() + String.format("-W%02d", index), monday, monday.plusWeeks(1));
  }

  /** The Saturday and Sunday nearest {@code d}: a Monday holiday's weekend is the one before it. */
  static Stretch nearestWeekend(LocalDate d) {
    LocalDate after = d.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    LocalDate before = d.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
    LocalDate sat = ChronoUnit.DAYS.between(d, after) <= ChronoUnit.DAYS.between(before, d) ? after : before;
    return Stretch.period(CalendarPeriods.weekTimex(sat) + "-WE", sat, sat.plusDays(2));
  }
}
