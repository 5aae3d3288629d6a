package io.nerbyoc.values;

import io.nerbyoc.lists.WordLists;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Stretches of the calendar placed against the reference date, for {@link Temporals}: last, this
 * and next weeks, months, quarters and the like; weekdays by Recognizers-Text's week conventions;
 * counted stretches up to or from the reference date; the early, middle and late parts of a
 * period; decades, ISO weeks and "(start,end,duration)" ranges.
 */
final class CalendarPeriods {
  private CalendarPeriods() {}

  static final Set<String> LAST = WordLists.set(CalendarPeriods.class, "last-words");
  static final Set<String> NEXT = WordLists.set(CalendarPeriods.class, "next-words");
  private static final Pattern DECADE = Pattern.compile("(1\\d|20)\\d0s");
  private static final Pattern SHORT_DECADE = Pattern.compile("'?\\d0s");
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  /** Last/this/next year, month, week, weekend, quarter, decade, century. */
  static Stretch calendarUnit(String unit, int step, LocalDateTime ref) {
    LocalDate today = ref.toLocalDate();
    switch (unit) {
      case "year" -> {
        int y = today.getYear() + step;
        return new DateParts(y, null, null, null).toStretch(ref);
      }
      case "month" -> {
        LocalDate m = today.withDayOfMonth(1).plusMonths(step);
        return new DateParts(m.getYear(), m.getMonthValue(), null, null).toStretch(ref);
      }
      case "week" -> {
        return week(today.plusWeeks(step));
      }
      case "weekend" -> {
        LocalDate sat = today.plusWeeks(step).with(DayOfWeek.SATURDAY);
        return Stretch.period(weekTimex(sat) + "-WE", sat, sat.plusDays(2));
      }
      case "quarter" -> {
        LocalDate q = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).plusMonths(3L * step);
        return rangeTimex(q, q.plusMonths(3), "P3M");
      }
      case "decade" -> {
        int d = today.getYear() / 10 * 10 + 10 * step;
        return rangeTimex(LocalDate.of(d, 1, 1), LocalDate.of(d + 10, 1, 1), "P10Y");
      }
      case "century" -> {
        int c = today.getYear() / 100 * 100 + 100 * step;
        return rangeTimex(LocalDate.of(c, 1, 1), LocalDate.of(c + 100, 1, 1), "P100Y");
      }
      default -> {
        return null;
      }
    }
  }

  /** Recognizers-Text's weekdays: "next" is in the next ISO week, "last" in the previous one. */
  static Stretch weekday(String rel, int wd, LocalDate today) {
    LocalDate d;
    if (LAST.contains(rel)) {
      d = today.minusWeeks(1).with(DayOfWeek.of(wd));
    } else if (NEXT.contains(rel) && !rel.equals("coming")) {
      d = today.plusWeeks(1).with(DayOfWeek.of(wd));
    } else if (rel.equals("past")) {
      d = today.with(TemporalAdjusters.previous(DayOfWeek.of(wd)));
    } else if (rel.equals("coming")) {
      d = today.with(TemporalAdjusters.next(DayOfWeek.of(wd)));
    } else {
      d = today.with(DayOfWeek.of(wd)); // "this Friday": in the reference date's week
    }
    return Stretch.day(d.toString(), d);
  }

  /** "the past two years": up to the reference date; "the next five days": from the day after it. */
  static Stretch counted(Durations.Amount a, boolean ahead, LocalDateTime ref) {
    LocalDate today = ref.toLocalDate();
    if (!a.whole()) {
      return null;
    }
    long n = a.count().longValue();
    if (a.unit().clock()) {
      LocalDateTime s = ahead ? ref : a.unit().add(ref, -n);
      LocalDateTime e = ahead ? a.unit().add(ref, n) : ref;
      return Stretch.period("(" + s.format(SECONDS) + "," + e.format(SECONDS) + "," + a.timex() + ")", s, e);
    }
    if (!a.unit().clock() && (a.unit().times() == 3 && a.unit().letter().equals("M") || a.unit().times() == 10)) {
      // quarters and decades are counted whole, as theirs: "the last 2 quarters" ends where this one starts
      LocalDate current = a.unit().times() == 3
          ? today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1)
          : LocalDate.of(today.getYear() / 10 * 10, 1, 1);
      LocalDate s = ahead ? a.unit().add(current.atStartOfDay(), 1).toLocalDate() : a.unit().add(current.atStartOfDay(), -n).toLocalDate();
      return rangeTimex(s, a.unit().add(s.atStartOfDay(), n).toLocalDate(), a.timex());
    }
    LocalDate s = ahead ? today.plusDays(1) : a.unit().add(ref, -n).toLocalDate();
    LocalDate e = ahead ? a.unit().add(s.atStartOfDay(), n).toLocalDate() : today;
    return rangeTimex(s, e, a.timex());
  }

  /**
   * "the next 4 business days": the weekdays, Monday to Friday, counted from the day after the reference date, to the
   * day after the last; "the previous 4 business days" those before it, up to it. Written as theirs: {@code
   * (2018-08-22,2018-08-28,P4BD)}.
   */
  /** The {@code n}-th weekday, Monday to Friday, after ({@code n} > 0) or before the reference date. */
  static LocalDate businessDay(int n, LocalDate today) {
    LocalDate d = today;
    for (int k = 0; k < Math.abs(n); ) {
      d = d.plusDays(n > 0 ? 1 : -1);
      if (d.getDayOfWeek().getValue() <= 5) {
        k++;
      }
    }
    return d;
  }

  static Stretch businessDays(int n, boolean ahead, LocalDate today) {
    if (n > 366) {
      return null;
    }
    LocalDate d = today;
    for (int k = 0; k < n; ) {
      d = d.plusDays(ahead ? 1 : -1);
      if (d.getDayOfWeek().getValue() <= 5) {
        k++;
      }
    }
    return ahead ? rangeTimex(today.plusDays(1), d.plusDays(1), "P" + n + "BD") : rangeTimex(d, today, "P" + n + "BD");
  }

  /**
   * A counted sum of amounts, as one amount is counted: "the last 3 months and 2 weeks and 2 days" →
   * (2016-07-22,2016-11-07,P3M2W2D); a sum with hours or minutes is not placed.
   */
  static Stretch counted(Durations.Compound sum, boolean ahead, LocalDateTime ref) {
    if (sum.clock() || !sum.whole()) {
      return null;
    }
    LocalDate today = ref.toLocalDate();
    LocalDate s = ahead ? today.plusDays(1) : sum.add(ref, -1).toLocalDate();
    LocalDate e = ahead ? sum.add(s.atStartOfDay(), 1).toLocalDate() : today;
    return rangeTimex(s, e, sum.timex());
  }

  static Stretch part(Stretch base, String edge, LocalDateTime ref) {
    LocalDateTime s = base.start();
    LocalDateTime e = base.end();
    long days = ChronoUnit.DAYS.between(s, e);
    LocalDateTime a;
    LocalDateTime b;
    switch (edge) {
      case "earlier" -> {
        a = s;
        b = ref.isBefore(e) && ref.isAfter(s) ? ref : e;
      }
      case "later", "rest", "remainder" -> {
        a = ref.isBefore(e) && ref.isAfter(s) ? ref : s;
        b = e;
      }
      case "course" -> {
        return base;
      }
      default -> {
        LocalDateTime[] third = third(s, e, days, edge);
        a = third[0];
        b = third[1];
      }
    }
    return Stretch.period(base.timex(), a, b);
  }

  /** Early, mid and late parts: a year's halves (mid: May to August), a month's 1-15/10-20/16-, else thirds. */
  private static LocalDateTime[] third(LocalDateTime s, LocalDateTime e, long days, String edge) {
    boolean early = edge.equals("early") || edge.equals("beginning") || edge.equals("start");
    boolean mid = edge.equals("mid") || edge.equals("middle");
    if (days >= 365 && days <= 366) {
      return early ? new LocalDateTime[] {s, s.plusMonths(6)} : mid ? new LocalDateTime[] {s.plusMonths(4), s.plusMonths(8)}
          : new LocalDateTime[] {s.plusMonths(6), e};
    }
    if (days >= 28 && days <= 31) {
      return early ? new LocalDateTime[] {s, s.plusDays(15)} : mid ? new LocalDateTime[] {s.plusDays(9), s.plusDays(20)}
          : new LocalDateTime[] {s.plusDays(15), e};
    }
    long minutes = ChronoUnit.MINUTES.between(s, e);
    LocalDateTime t1 = s.plusMinutes(minutes / 3);
    LocalDateTime t2 = s.plusMinutes(2 * minutes / 3);
    if (days >= 3650) { // decades and longer: whole years
      t1 = t1.withDayOfYear(1).toLocalDate().atStartOfDay();
      t2 = t2.withDayOfYear(1).toLocalDate().atStartOfDay();
    } else if (days >= 3) { // whole days only where a third holds one: "early Wednesday" is its first eight hours, not nothing
      t1 = t1.toLocalDate().atStartOfDay();
      t2 = t2.toLocalDate().atStartOfDay();
    }
    return early ? new LocalDateTime[] {s, t1} : mid ? new LocalDateTime[] {t1, t2} : new LocalDateTime[] {t2, e};
  }

  /** "the 1990s", "1980 's", "'90s": decades, as ranges ("(1990-01-01,2000-01-01,P10Y)", "(XX90-01-01,XX00-01-01,P10Y)") as theirs. */
  static Stretch decade(String t, int refYear) {
    String d = t.endsWith("'s") ? t.substring(0, t.length() - 2) + "s" : t;
    if (DECADE.matcher(d).matches()) {
      int y = Integer.parseInt(d.substring(0, 4));
      return rangeTimex(LocalDate.of(y, 1, 1), LocalDate.of(y + 10, 1, 1), "P10Y");
    }
    if (SHORT_DECADE.matcher(d).matches()) { // "'90s": which century is not written (its value takes the nearer), as theirs
      String c = d.replace("'", "").substring(0, 2);
      int y = DateParts.year(c, refYear);
      String next = String.format("%02d", (Integer.parseInt(c) + 10) % 100);
      return Stretch.period("(XX" + c + "-01-01,XX" + next + "-01-01,P10Y)", LocalDate.of(y, 1, 1), LocalDate.of(y + 10, 1, 1));
    }
    return null;
  }

  static Stretch week(LocalDate d) {
    LocalDate monday = d.with(DayOfWeek.MONDAY);
    return Stretch.period(weekTimex(d), monday, monday.plusWeeks(1));
  }

  static String weekTimex(LocalDate d) {
    return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static Stretch rangeTimex(LocalDate s, LocalDate e, String duration) {
    return Stretch.period("(" + s + "," + e + "," + duration + ")", s, e);
  }
}
