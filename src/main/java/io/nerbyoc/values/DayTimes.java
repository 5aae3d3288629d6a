package io.nerbyoc.values;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Times of day with their day, and parts of a day, for {@link Temporals}: "9 a.m. Monday",
 * "tomorrow 8am", "this morning", "Monday 8 - 9 am".
 */
final class DayTimes {
  private DayTimes() {}

  // ---- times of day: "9:30 p.m.", "9 a.m. Monday", "this morning", "Monday night", "tonight"

  static Stretch timeOfDay(Temporals.Reader r, int from, int to) {
    Clock.Time t = Clock.parse(r.w, from, to);
    if (t != null) {
      return new Stretch(t.timex(), r.today.atTime(t.hour(), Math.max(0, t.minute()), Math.max(0, t.second())), null,
          Stretch.Kind.CLOCK);
    }
    // a clock time with its day, either order: "9 a.m. Monday", "6:30 pm on July 30, 1896", "tomorrow 8am"
    for (int k = from + 1; k < to; k++) {
      Clock.Time c = Clock.parse(r.w, from, k);
      int d = k;
      if (r.w.at(d).equals(",") || r.w.at(d).equals("on")) {
        d++;
      }
      Stretch day = c == null ? null : r.dayOf(d, to);
      if (day == null) {
        c = Clock.parse(r.w, k, to);
        d = r.w.at(k - 1).equals(",") || r.w.at(k - 1).equals("at") ? k - 1 : k;
        day = c == null ? null : r.dayOf(from, d);
      }
      if (day != null) {
        LocalDateTime at = day.start().toLocalDate().atTime(c.hour(), Math.max(0, c.minute()), Math.max(0, c.second()));
        return new Stretch(day.timex() + c.timex(), at, null, Stretch.Kind.MOMENT);
      }
    }
    Stretch hours = hoursOfDay(r, from, to);
    if (hours != null) {
      return hours;
    }
    String last = r.w.at(to - 1);
    Calendar.DayPart part = Calendar.DAY_PARTS.get(last);
    if (part != null) {
      Stretch day = null;
      if (last.equals("tonight") && to - from == 1) {
        day = Stretch.day(r.today.toString(), r.today);
      } else if (to - from == 2 && r.w.at(from).equals("this")) {
        day = Stretch.day(r.today.toString(), r.today); // "this morning"
      } else if (to - from == 2 && r.w.at(from).equals("last") && last.equals("night")) {
        day = Stretch.day(r.today.minusDays(1).toString(), r.today.minusDays(1)); // "last night"
      } else if (to - from >= 2 && (Temporals.EDGES.contains(r.w.at(from)))) {
        return null; // "late afternoon": an edge of a part of no day
      } else if (to - from >= 2) {
        day = r.dayOf(from, to - 1);
      }
      return day == null ? null : dayPart(r, day, part);
    }
    // "the evening of June 1"
    if (r.w.at(from).equals("the") && Calendar.DAY_PARTS.containsKey(r.w.at(from + 1)) && r.w.at(from + 2).equals("of")) {
      Stretch day = r.dayOf(from + 3, to);
      return day == null ? null : dayPart(r, day, Calendar.DAY_PARTS.get(r.w.at(from + 1)));
    }
    return null;
  }

  /** A range of hours with its day, either order: "3:00 to 4:00 tomorrow", "Monday 8 - 9 am". */
  static Stretch hoursOfDay(Temporals.Reader r, int from, int to) {
    if (!hasClock(r, from, to)) {
      return null; // cheap test first: this rule splits the words every way
    }
    for (int k = from + 1; k < to; k++) {
      int end = r.w.at(k - 1).equals(",") || r.w.at(k - 1).equals("on") ? k - 1 : k;
      Stretch hours = r.range(from, end); // "3:00 to 4:00 tomorrow"
      Stretch day = clockPeriod(hours) ? r.dayOf(k, to) : null;
      if (day == null) {
        int start = r.w.at(k).equals(",") || r.w.at(k).equals("from") ? k + 1 : k;
        hours = r.range(start, to); // "Monday 8 - 9 am"
        day = clockPeriod(hours) ? r.dayOf(from, k) : null;
      }
      if (day != null) {
        String d = day.timex();
        String[] p = hours.timex().substring(1, hours.timex().length() - 1).split(",");
        LocalDateTime s = day.start().toLocalDate().atTime(hours.start().toLocalTime());
        LocalDateTime e = s.plus(java.time.Duration.between(hours.start(), hours.end()));
        return Stretch.period("(" + d + p[0] + "," + d + p[1] + "," + p[2] + ")", s, e);
      }
    }
    return null;
  }

  static boolean clockPeriod(Stretch s) {
    return s != null && s.kind() == Stretch.Kind.CLOCK_PERIOD;
  }

  static boolean hasClock(Temporals.Reader r, int from, int to) {
    for (int k = from; k < to; k++) {
      String t = r.w.at(k);
      if (Clock.parse(r.w, k, k + 1) != null || t.equals("am") || t.equals("pm") || t.equals("a.m") || t.equals("p.m")
          || t.equals("o'clock")) {
        return true;
      }
    }
    return false;
  }

  static Stretch dayPart(Temporals.Reader r, Stretch day, Calendar.DayPart p) {
    LocalDate d = day.start().toLocalDate();
    return Stretch.period(day.timex() + "T" + p.code(), d.atTime(p.from(), 0), p.to() == 24 ? d.plusDays(1).atStartOfDay() : d.atTime(p.to(), 0));
  }
}
