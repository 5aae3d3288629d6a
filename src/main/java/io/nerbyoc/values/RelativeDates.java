package io.nerbyoc.values;


/**
 * Dates relative to the reference date, for {@link Temporals}: "yesterday", "last week", "the
 * past two years", "next Friday".
 */
final class RelativeDates {
  private RelativeDates() {}

  // ---- relative to the reference date: "yesterday", "last week", "the past two years", "next Friday"

  static Stretch relative(Temporals.Reader r, int from, int to) {
    int n = to - from;
    String first = r.w.at(from);
    if (n == 1) {
      switch (first) {
        case "today" -> {
          return Stretch.day(r.today.toString(), r.today);
        }
        case "yesterday" -> {
          return Stretch.day(r.today.minusDays(1).toString(), r.today.minusDays(1));
        }
        case "tomorrow" -> {
          return Stretch.day(r.today.plusDays(1).toString(), r.today.plusDays(1));
        }
        default -> { }
      }
    }
    if (n == 4 && first.equals("the") && r.w.at(from + 1).equals("day")) {
      if (r.w.at(from + 2).equals("before") && r.w.at(from + 3).equals("yesterday")) {
        return Stretch.day(r.today.minusDays(2).toString(), r.today.minusDays(2));
      }
      if (r.w.at(from + 2).equals("after") && r.w.at(from + 3).equals("tomorrow")) {
        return Stretch.day(r.today.plusDays(2).toString(), r.today.plusDays(2));
      }
    }
    int i = first.equals("the") && n > 2 ? from + 1 : from;
    String rel = r.w.at(i);
    // "this past Wednesday", "this coming Friday"
    if (rel.equals("this") && (r.w.at(i + 1).equals("past") || r.w.at(i + 1).equals("coming")) && i + 3 == to) {
      Integer wd = Calendar.weekday(r.w.at(i + 2));
      if (wd != null) {
        return CalendarPeriods.weekday(r.w.at(i + 1), wd, r.today);
      }
    }
    boolean last = Temporals.LAST.contains(rel);
    boolean next = Temporals.NEXT.contains(rel);
    boolean past = rel.equals("past");
    boolean current = Temporals.THIS.contains(rel) && (i == from || !rel.equals("the"));
    if (!last && !next && !past && !current) {
      return null;
    }
    // a counted stretch up to or from the reference date: "the past two years", "the next five days"
    if ((past || last || next) && i + 2 < to) {
      Numbers.Parsed num = Numbers.at(r.w, i + 1);
      if (num != null && num.end() + 1 == to && Durations.UNITS.containsKey(r.w.at(num.end()))) {
        Durations.Amount a = new Durations.Amount(num.value(), Durations.UNITS.get(r.w.at(num.end())));
        return CalendarPeriods.counted(a, next, r.ref);
      }
      return null;
    }
    if (i + 2 != to) {
      return null;
    }
    String unit = r.w.at(i + 1);
    Integer wd = Calendar.weekday(unit);
    if (wd != null) {
      return CalendarPeriods.weekday(rel, wd, r.today);
    }
    int step = last || past ? -1 : next ? 1 : 0; // "the past quarter" is the last one, as theirs
    Integer month = Calendar.month(unit);
    if (month != null && !rel.equals("the")) {
      int y = r.today.getYear() + step;
      return new DateParts(y, month, null, null).toStretch(r.ref);
    }
    if (Calendar.SEASONS.containsKey(unit) && !rel.equals("the")) {
      return Stretch.timexOnly((r.today.getYear() + step) + "-" + Calendar.SEASONS.get(unit));
    }
    Stretch period = CalendarPeriods.calendarUnit(unit, step, r.ref);
    Durations.Unit counted = Durations.UNITS.get(unit);
    if (period == null && counted != null && step != 0) { // "the next hour", "the past fortnight"
      return CalendarPeriods.counted(new Durations.Amount(java.math.BigDecimal.ONE, counted), next, r.ref);
    }
    return period;
  }
}
