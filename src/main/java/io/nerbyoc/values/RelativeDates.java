package io.nerbyoc.values;


/**
 * Dates relative to the reference date, for {@link Temporals}: "yesterday", "last week", "the
 * past two years", "next Friday".
 */
final class RelativeDates {
  private RelativeDates() {}

  /** "tomorrow" and how it is written short: "tmrw", "tmr". */
  private static final java.util.Set<String> TOMORROW = io.nerbyoc.lists.WordLists.set(RelativeDates.class, "tomorrow-words");
  /** Calendar periods "this past" names the last of: "this past week", "this past month". */
  private static final java.util.Set<String> PAST_UNITS = java.util.Set.of("week", "month", "year", "quarter");

  /** Words that point back to a period named earlier in the text ("the same week", "that weekend"). */
  private static final java.util.Set<String> UNDEFINED = io.nerbyoc.lists.WordLists.set(RelativeDates.class, "anaphoric-words");
  /** Such a period's timex, every digit unknown, as Recognizers-Text writes it; no value. */
  private static final java.util.Map<String, String> UNKNOWN_PERIODS = java.util.Map.of(
      "day", "XXXX-XX-XX", "week", "XXXX-WXX", "weekend", "XXXX-WXX-WE", "month", "XXXX-XX", "year", "XXXX");

  /** Phrases that name the present moment: "now", "at the moment", "to date". */
  private static final java.util.Set<String> PRESENT = java.util.Arrays.stream(
      io.nerbyoc.lists.WordLists.phrases(RelativeDates.class, "present-words")).map(p -> String.join(" ", p))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  // ---- relative to the reference date: "yesterday", "last week", "the past two years", "next Friday"

  static Stretch relative(Temporals.Reader r, int from, int to) {
    int n = to - from;
    String first = r.w.at(from);
    if (n <= 4 && PRESENT.contains(String.join(" ", r.w.list().subList(from, to)))) {
      return new Stretch("PRESENT_REF", r.ref, null, Stretch.Kind.MOMENT); // TIMEX3's present, the reference moment
    }
    if (n == 1) {
      switch (first) {
        case "today" -> {
          return Stretch.day(r.today.toString(), r.today);
        }
        case "yesterday" -> {
          return Stretch.day(r.today.minusDays(1).toString(), r.today.minusDays(1));
        }
        default -> {
          if (TOMORROW.contains(first)) {
            return Stretch.day(r.today.plusDays(1).toString(), r.today.plusDays(1));
          }
        }
      }
    }
    int back = first.equals("the") ? from + 1 : from;
    if (to - back == 2 && UNDEFINED.contains(r.w.at(back)) && UNKNOWN_PERIODS.containsKey(r.w.at(back + 1))) {
      return Stretch.timexOnly(UNKNOWN_PERIODS.get(r.w.at(back + 1))); // "the same week": which one the text said before
    }
    int dayAt = first.equals("the") ? from + 1 : from; // "the day after tomorrow", also without its article
    if (to - dayAt == 3 && r.w.at(dayAt).equals("day")) {
      if (r.w.at(dayAt + 1).equals("before") && r.w.at(dayAt + 2).equals("yesterday")) {
        return Stretch.day(r.today.minusDays(2).toString(), r.today.minusDays(2));
      }
      if (r.w.at(dayAt + 1).equals("after") && r.w.at(dayAt + 2).equals("tomorrow")) {
        return Stretch.day(r.today.plusDays(2).toString(), r.today.plusDays(2));
      }
    }
    if (n >= 4 && first.equals("the") && r.w.at(from + 1).equals("day") && (r.w.at(from + 2).equals("after") || r.w.at(from + 2).equals("before"))) {
      java.util.List<String> shift = new java.util.ArrayList<>(java.util.List.of("1")); // "the day after Christmas" as "1 day after Christmas"
      shift.addAll(r.w.list().subList(from + 1, to));
      Stretch s = new Temporals.Reader(Words.of(String.join(" ", shift)), r.ref).single(0, shift.size());
      return s != null && s.kind() == Stretch.Kind.DAY ? s : null;
    }
    if (n == 4 && first.equals("this") && r.w.at(from + 1).equals("time") && Temporals.LAST.contains(r.w.at(from + 2))
        || n == 4 && first.equals("this") && r.w.at(from + 1).equals("time") && Temporals.NEXT.contains(r.w.at(from + 2))) {
      Durations.Unit u = Durations.UNITS.get(r.w.at(from + 3)); // "this time last year": the same day then
      if (u == null || u.clock()) {
        return null;
      }
      java.time.LocalDate d = u.add(r.ref, Temporals.LAST.contains(r.w.at(from + 2)) ? -1 : 1).toLocalDate();
      return Stretch.day(d.toString(), d);
    }
    Stretch afterNext = weekdayAfterNext(r, first.equals("the") ? from + 1 : from, to);
    if (afterNext != null) {
      return afterNext;
    }
    if (n == 4 && first.equals("the") && (r.w.at(from + 2).equals("after") && r.w.at(from + 3).equals("next")
        || r.w.at(from + 2).equals("before") && r.w.at(from + 3).equals("last"))) {
      // "the week after next", "the year before last": two steps on or back
      return CalendarPeriods.calendarUnit(r.w.at(from + 1), r.w.at(from + 2).equals("after") ? 2 : -2, r.ref);
    }
    Stretch inWeek = weekdayOfWeek(r, from, to);
    if (inWeek != null) {
      return inWeek;
    }
    Stretch numberFirst = countedNumberFirst(r, from, to);
    if (numberFirst != null) {
      return numberFirst;
    }
    int i = first.equals("the") && n > 2 ? from + 1 : from;
    String rel = r.w.at(i);
    // "this past Wednesday", "this coming Friday", "this upcoming Friday"
    String how = r.w.at(i + 1).equals("upcoming") ? "coming" : r.w.at(i + 1);
    if (rel.equals("this") && (how.equals("past") || how.equals("coming")) && i + 3 == to) {
      Integer wd = Calendar.weekday(r.w.at(i + 2));
      if (wd != null) {
        return CalendarPeriods.weekday(how, wd, r.today);
      }
      if (r.w.at(i + 2).equals("weekend")) { // "this past weekend" is last week's, "this coming weekend" this week's
        return CalendarPeriods.calendarUnit("weekend", how.equals("past") ? -1 : 0, r.ref);
      }
      if (how.equals("past") && PAST_UNITS.contains(r.w.at(i + 2))) { // "this past week" is last week, as "this past weekend"
        return CalendarPeriods.calendarUnit(r.w.at(i + 2), -1, r.ref);
      }
    }
    boolean last = Temporals.LAST.contains(rel);
    boolean next = Temporals.NEXT.contains(rel);
    boolean past = rel.equals("past");
    boolean current = Temporals.THIS.contains(rel) && (i == from || !rel.equals("the"));
    if (rel.equals("the") && i + 2 == to && (Calendar.weekday(r.w.at(i + 1)) != null || Calendar.month(r.w.at(i + 1)) != null)) {
      return r.single(i + 1, to); // "the Sunday", "in the April": the article places nothing
    }
    if (!last && !next && !past && !current) {
      return null;
    }
    int step = last || past ? -1 : next ? 1 : 0; // "the past quarter" is the last one, as theirs
    if (!rel.equals("the") && !past && i + 1 < to) {
      Stretch date = dateOfYear(r, i + 1, to, step);
      if (date != null) {
        return date;
      }
    }
    if (i + 3 == to && (next || last || past) && BUSINESS.contains(r.w.at(i + 1)) && r.w.at(i + 2).equals("day")) {
      java.time.LocalDate d = CalendarPeriods.businessDay(next ? 1 : -1, r.today); // "the next business day": the first weekday after
      return Stretch.day(d.toString(), d);
    }
    if (i + 3 == to && BUSINESS.contains(r.w.at(i + 1)) && r.w.at(i + 2).equals("week") || i + 2 == to && r.w.at(i + 1).equals("workweek")) {
      Stretch week = CalendarPeriods.calendarUnit("week", step, r.ref); // "this working week": its Monday to Friday
      return week == null ? null : Stretch.period(week.timex(), week.start().toLocalDate(), week.start().toLocalDate().plusDays(5));
    }
    // a counted stretch up to or from the reference date: "the past two years", "the next five days"
    if ((past || last || next) && i + 2 < to) {
      Numbers.Parsed num = Numbers.at(r.w, i + 1);
      if (num != null && num.end() + 2 == to && BUSINESS.contains(r.w.at(num.end())) && r.w.at(num.end() + 1).startsWith("day")
          && num.value().signum() > 0 && num.value().compareTo(java.math.BigDecimal.valueOf(366)) <= 0 && num.value().stripTrailingZeros().scale() <= 0) {
        return CalendarPeriods.businessDays(num.value().intValue(), next, r.today); // "the previous 4 business days"
      }
      if (num != null && num.end() + 1 == to && Durations.UNITS.containsKey(r.w.at(num.end()))) {
        Durations.Amount a = new Durations.Amount(num.value(), Durations.UNITS.get(r.w.at(num.end())));
        return CalendarPeriods.counted(a, next, r.ref);
      }
      Durations.Compound sum = Durations.compound(r.w, i + 1, to);
      return sum == null || sum.parts().size() < 2 ? null : CalendarPeriods.counted(sum, next, r.ref); // "the last 3 months and 2 days"
    }
    if (i + 2 != to) {
      return null;
    }
    String unit = r.w.at(i + 1);
    Integer wd = Calendar.weekday(unit);
    if (wd != null) {
      return CalendarPeriods.weekday(rel, wd, r.today);
    }
    Integer month = Calendar.month(unit);
    if (month != null && !rel.equals("the")) {
      int y = r.today.getYear() + step;
      return new DateParts(y, month, null, null).toStretch(r.ref);
    }
    if (Calendar.SEASONS.containsKey(unit) && !rel.equals("the")) {
      return Stretch.timexOnly((r.today.getYear() + step) + "-" + Calendar.SEASONS.get(unit));
    }
    if (unit.equals("day") && step != 0) { // "the next day", "the previous day": a day
      java.time.LocalDate d = r.today.plusDays(step);
      return Stretch.day(d.toString(), d);
    }
    Stretch period = CalendarPeriods.calendarUnit(unit, step, r.ref);
    Durations.Unit counted = Durations.UNITS.get(unit);
    if (period == null && counted != null && step != 0) { // "the next hour", "the past fortnight"
      return CalendarPeriods.counted(new Durations.Amount(java.math.BigDecimal.ONE, counted), next, r.ref);
    }
    return period;
  }

  /**
   * A month and day without a year after "next", "last" or "this": that day of the next, last or
   * reference year, as "next April" is next year's April ("next 6th of April", "this 5/12"); the
   * timex keeps the year unsaid, as theirs. Null when {@code [from, to)} writes no such date.
   */
  private static Stretch dateOfYear(Temporals.Reader r, int from, int to, int step) {
    DateParts p = DateParts.parse(r.w, from, to, false, r.today.getYear());
    if (p == null || p.year() != null || p.month() == null || p.day() == null || p.weekday() != null) {
      return null;
    }
    java.time.YearMonth ym = java.time.YearMonth.of(r.today.getYear() + step, p.month());
    if (p.day() > ym.lengthOfMonth()) {
      return null; // "next Feb 29" in a common year
    }
    java.time.LocalDate d = ym.atDay(p.day());
    return Stretch.day(String.format("XXXX-%02d-%02d", p.month(), p.day()), d);
  }

  /**
   * A weekday of a week the text names, either order: "next week Monday", "next week on
   * Tuesday", "Monday of the following week", "Tuesday of last week", "this week - Monday",
   * "Thursday, week 23", "week 23 on Thursday".
   */
  private static Stretch weekdayOfWeek(Temporals.Reader r, int from, int to) {
    int f = r.w.at(from).equals("on") || r.w.at(from).equals("the") ? from + 1 : from; // "the Friday of next week"
    Integer first = Calendar.weekday(r.w.at(f));
    if (first != null && f + 1 < to) {
      String link = r.w.at(f + 1);
      int k = link.equals("of") || link.equals(",") ? f + 2 : f + 1; // "Thursday, week 23"
      Stretch week = week(r, k, to);
      return week == null ? null : dayOf(week, first);
    }
    Integer last = Calendar.weekday(r.w.at(to - 1));
    if (last != null && to - 1 > from) {
      int k = to - 1;
      if (r.w.at(k - 1).equals("on") || r.w.at(k - 1).equals("-") || r.w.at(k - 1).equals(",")) {
        k--;
      }
      Stretch week = week(r, from, k);
      return week == null ? null : dayOf(week, last);
    }
    return null;
  }

  private static Stretch week(Temporals.Reader r, int from, int to) {
    if (from >= to || !r.w.at(to - 1).equals("week") && !r.w.at(from).equals("week")) {
      return null; // cheap test first: "next week", "week 23"
    }
    Stretch s = r.single(from, to);
    return s != null && s.start() != null && ISO_WEEK.matcher(s.timex()).matches() ? s : null;
  }

  private static Stretch dayOf(Stretch week, int weekday) {
    java.time.LocalDate d = week.start().toLocalDate().plusDays(weekday - 1L);
    return Stretch.day(d.toString(), d);
  }

  private static final java.util.regex.Pattern ISO_WEEK = java.util.regex.Pattern.compile("\\d{4}-W\\d\\d");

  /** The count before its word: "5 upcoming years", "3 next weeks", "13 last minutes", "10 previous weeks". */
  private static Stretch countedNumberFirst(Temporals.Reader r, int from, int to) {
    Numbers.Parsed num = Numbers.at(r.w, r.w.at(from).equals("the") ? from + 1 : from); // "the 5 upcoming years"
    if (num == null || num.end() + 2 != to) {
      return null;
    }
    String rel = r.w.at(num.end());
    Durations.Unit unit = Durations.UNITS.get(r.w.at(to - 1));
    if (num.value().compareTo(java.math.BigDecimal.ONE) > 0 && !r.w.at(to - 1).endsWith("s")) {
      return null; // "I counted 13 last minute": the count is not of minutes
    }
    boolean next = Temporals.NEXT.contains(rel);
    if (unit == null || !next && !Temporals.LAST.contains(rel) && !rel.equals("past")) {
      return null;
    }
    return CalendarPeriods.counted(new Durations.Amount(num.value(), unit), next, r.ref);
  }

  /** Words that make days business days: Monday to Friday, as theirs count them (public holidays differ by country). */
  private static final java.util.Set<String> BUSINESS = java.util.Set.of("business", "working", "work");

  /** "Monday after next": the Monday of the week after next, as "next Monday" is next week's. */
  private static Stretch weekdayAfterNext(Temporals.Reader r, int i, int to) {
    Integer wd = Calendar.weekday(r.w.at(i));
    if (wd == null || to - i != 3 || !r.w.at(i + 1).equals("after") || !r.w.at(i + 2).equals("next")) {
      return null;
    }
    java.time.LocalDate d = r.today.with(java.time.DayOfWeek.of(wd)).plusWeeks(2);
    return Stretch.day(d.toString(), d);
  }
}
