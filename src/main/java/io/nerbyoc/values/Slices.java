package io.nerbyoc.values;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The first or last so many units of a period: "the first 2 weeks of 2021", "the last four
 * months of 2021", "first ten days of last year"; its first or last day ("the last day of March"). Weeks are whole ISO weeks inside the period, as
 * Recognizers-Text counts them ("the last 3 weeks of 2019" ends on the Monday 2019-12-30).
 */
final class Slices {
  private Slices() {}

  static Stretch read(Temporals.Reader r, int i, int to) {
    String edge = r.w.at(i);
    boolean first = edge.equals("first");
    if (!first && !edge.equals("last") && !edge.equals("final")) {
      return null;
    }
    if (r.w.at(i + 1).equals("day") && r.w.at(i + 2).equals("of") && i + 3 < to) {
      return day(r, first, i + 3, to);
    }
    Numbers.Parsed num = Numbers.at(r.w, i + 1);
    if (num == null || !r.w.at(num.end() + 1).equals("of") || num.end() + 2 >= to) {
      return null;
    }
    Durations.Unit unit = Durations.UNITS.get(r.w.at(num.end()));
    if (unit == null || unit.clock() || num.value().stripTrailingZeros().scale() > 0) {
      return null;
    }
    Stretch p = r.single(num.end() + 2, to);
    if (p == null || p.start() == null || p.end() == null || p.kind() != Stretch.Kind.PERIOD) {
      return null;
    }
    long n = num.value().longValue();
    LocalDate s = p.start().toLocalDate();
    LocalDate e = p.end().toLocalDate();
    if (unit.letter().equals("W")) {
      s = s.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
      e = e.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
    LocalDate a = first ? s : unit.add(e.atStartOfDay(), -n).toLocalDate();
    LocalDate b = first ? unit.add(s.atStartOfDay(), n).toLocalDate() : e;
    if (a.isBefore(s) || b.isAfter(e)) {
      return null; // more than the period has
    }
    return CalendarPeriods.rangeTimex(a, b, new Durations.Amount(num.value(), unit).timex());
  }

  /** "the last day of March", "the first day of the year": that day of the period, its year unsaid when the period's is. */
  private static Stretch day(Temporals.Reader r, boolean first, int from, int to) {
    Stretch p = r.single(from, to);
    p = p != null ? p : NamedPeriods.calendarUnitAfterThe(r, from, to); // "the month"
    if (p == null || p.start() == null || p.end() == null || p.kind() != Stretch.Kind.PERIOD) {
      return null;
    }
    LocalDate d = first ? p.start().toLocalDate() : p.end().toLocalDate().minusDays(1);
    boolean yearless = p.timex().startsWith("XXXX");
    if (yearless && !first && d.getMonthValue() == 2) {
      return null; // the last day of a February of no year said: the 28th or the 29th
    }
    return Stretch.day(yearless ? "XXXX" + d.toString().substring(4) : d.toString(), d);
  }
}
