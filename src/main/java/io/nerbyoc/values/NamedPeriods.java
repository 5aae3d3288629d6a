package io.nerbyoc.values;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Edges and named stretches, for {@link Temporals}: "early 2010", "the end of the year",
 * decades, centuries, quarters, halves, weeks, seasons, eras, holidays.
 */
final class NamedPeriods {
  private NamedPeriods() {}

  /** Words after "week" that name its first day: "the week beginning February 4". */
  private static final java.util.Set<String> WEEK_STARTS = java.util.Set.of("beginning", "starting", "commencing");

  // ---- edges: "early 2010", "mid-1990s", "late last year", "the end of the year", "earlier this month"

  static Stretch edge(Temporals.Reader r, int from, int to) {
    int i = from;
    if (r.w.at(i).equals("the")) {
      i++;
    }
    String e = r.w.at(i);
    if (!Temporals.EDGES.contains(e)) {
      return null;
    }
    int j = i + 1;
    boolean adjective = e.equals("early") || e.equals("mid") || e.equals("late") || e.equals("earlier") || e.equals("later");
    if (!adjective) { // "the end of", "the middle of"; but "the mid-1990s", "the early 1990s"
      if (!r.w.at(j).equals("of")) {
        return null;
      }
      j++;
    } else if (r.w.at(j).equals("-")) {
      j++;
    } else if (r.w.at(j).equals("in") && r.w.at(j + 1).equals("the") && r.w.at(j + 2).equals("day") && j + 3 < to) {
      j += r.w.at(j + 3).equals("on") ? 4 : 3; // "early in the day Wednesday": the edge of that day
      Stretch day = r.dayOf(j, to);
      return day == null || day.kind() != Stretch.Kind.DAY ? null : CalendarPeriods.part(day, e, r.ref);
    } else if (r.w.at(j).equals("in") && NoDayParts.partOfNoDay(r.w, j, to) != null) {
      return null; // "early in the morning": a part of a day
    } else if (r.w.at(j).equals("in") && j + 1 < to) {
      j++; // "later in the year", "early in 2016": as "later this year", "early 2016"
    }
    Stretch base = r.any(j, to);
    if (base == null) {
      base = calendarUnitAfterThe(r, j, to);
    }
    if (base == null && !adjective && j + 1 == to && !r.w.at(j).equals("day")) {
      base = CalendarPeriods.calendarUnit(r.w.at(j), 0, r.ref); // "end of year", "end of month": the current one, as with "the"
    }
    if (base == null || base.start() == null || base.end() == null) {
      return null;
    }
    if (base.kind() == Stretch.Kind.DAY && e.equals("end")) { // "the end of tomorrow": its last second, as theirs
      java.time.LocalDateTime last = base.end().minusSeconds(1);
      return new Stretch(base.timex() + "T23:59:59", last, null, Stretch.Kind.MOMENT);
    }
    return CalendarPeriods.part(base, e, r.ref);
  }

  /** "the year", "the month", "the day": the reference date's, as in "the end of the year", "the end of (the) day". */
  static Stretch calendarUnitAfterThe(Temporals.Reader r, int from, int to) {
    int unit = r.w.at(from).equals("the") ? from + 1 : from;
    if (unit + 1 != to) {
      return null;
    }
    if (r.w.at(unit).equals("day")) {
      return Stretch.day(r.today.toString(), r.today);
    }
    return unit > from ? CalendarPeriods.calendarUnit(r.w.at(unit), 0, r.ref) : null;
  }

  // ---- named stretches: decades, centuries, quarters, halves, weeks, holidays, seasons, eras

  static Stretch named(Temporals.Reader r, int from, int to) {
    int i = r.w.at(from).equals("the") ? from + 1 : from;
    int n = to - i;
    String t = r.w.at(i);
    boolean apart = n == 2 && (r.w.at(i + 1).equals("'s") || r.w.at(i + 1).equals("s") && Character.isDigit(t.charAt(0)));
    if (n == 1 || apart) {
      Stretch d = CalendarPeriods.decade(apart ? t + "s" : t, r.today.getYear()); // "1990's", "1990 s"
      if (d != null) {
        return d;
      }
    }
    if (n == 1 && SPELLED_DECADES.containsKey(t)) { // "the nineties": which century is not said, as theirs
      int y = DateParts.year(SPELLED_DECADES.get(t), r.today.getYear());
      String c = SPELLED_DECADES.get(t);
      String next = String.format("%02d", (Integer.parseInt(c) + 10) % 100);
      return Stretch.period("(XX" + c + "-01-01,XX" + next + "-01-01,P10Y)", LocalDate.of(y, 1, 1), LocalDate.of(y + 10, 1, 1));
    }
    Stretch calendarYear = Years.calendarYear(r, i, to);
    if (calendarYear != null) {
      return calendarYear;
    }
    Stretch academic = Years.fiscalOrSchool(r, i, to);
    if (academic != null || Years.isFiscalOrSchool(r, i, to)) {
      return academic; // fiscal calendars differ by company and country: a timex, no value
    }
    Stretch week = Weeks.read(r, i, to);
    if (week != null) {
      return week;
    }
    Stretch slice = Slices.read(r, i, to);
    if (slice != null) {
      return slice;
    }
    // "the 19th century", "the twentieth century", "19th - century"
    if (n >= 2 && (r.w.at(to - 1).equals("century") || r.w.at(to - 1).equals("centuries"))) {
      java.math.BigDecimal c = Numbers.ordinal(r.w.slice(i, r.w.at(to - 2).equals("-") ? to - 2 : to - 1));
      if (c != null && c.intValue() >= 1 && c.intValue() <= 30) {
        int start = (c.intValue() - 1) * 100;
        return CalendarPeriods.rangeTimex(LocalDate.of(start, 1, 1), LocalDate.of(start + 100, 1, 1), "P100Y");
      }
      return null;
    }
    Stretch q = quarterOrHalf(r, i, to);
    if (q != null) {
      return q;
    }
    // "the 15th day of June", "the 15th day of next month", "the twenty-third day of September", "the 21st of this month"
    int dayEnd = ordinalEnd(r, i, to);
    boolean dayWord = r.w.at(dayEnd).equals("day");
    int monthAt = dayWord && r.w.at(dayEnd + 1).equals("of") ? dayEnd + 2
        : dayEnd > i && isMonthPeriod(r, r.w.at(dayEnd).equals("of") ? dayEnd + 1 : dayEnd, to)
        ? (r.w.at(dayEnd).equals("of") ? dayEnd + 1 : dayEnd) : -1;
    if (dayEnd > i && monthAt > 0) {
      java.math.BigDecimal d = Numbers.ordinal(r.w.slice(i, dayEnd));
      Stretch m = r.any(monthAt, to);
      if (d != null && m != null && m.start() != null && m.kind() == Stretch.Kind.PERIOD
          && MONTH_TIMEX.matcher(m.timex()).matches() && d.intValue() >= 1
          && d.intValue() <= m.start().toLocalDate().lengthOfMonth()) {
        LocalDate day = m.start().toLocalDate().withDayOfMonth(d.intValue());
        return Stretch.day(m.timex() + String.format("-%02d", d.intValue()), day);
      }
    }
    // "the third month of 2021", "the 9th month of next year"
    if (r.w.at(i + 1).equals("month") && r.w.at(i + 2).equals("of")) {
      java.math.BigDecimal m = Numbers.ordinal(r.w.slice(i, i + 1));
      Stretch y = r.any(i + 3, to);
      if (m != null && m.intValue() >= 1 && m.intValue() <= 12 && y != null && y.start() != null
          && FOUR_DIGITS.matcher(y.timex()).matches()) {
        return new DateParts(y.start().getYear(), m.intValue(), null, null).toStretch(r.ref);
      }
    }
    // "the week of April 12, 1969", "the year 2000"
    if (t.equals("week") && r.w.at(i + 1).equals("of")) {
      Stretch d = r.dayOf(i + 2, to);
      d = d != null ? d : DayTimes.dayOfSomeMonth(r, i + 2, to); // "the week of the 18th": a week holds days
      if (d == null) {
        return null;
      }
      Stretch w = CalendarPeriods.week(d.start().toLocalDate());
      // without its year, which ISO week the day falls in is not said: the timex is the day's, as theirs ("XXXX-04-10")
      return d.timex().startsWith("XXXX") ? w.withTimex(d.timex()) : w;
    }
    // "the week beginning February 4": the seven days from that day
    if (t.equals("week") && WEEK_STARTS.contains(r.w.at(i + 1)) && i + 2 < to) {
      int f = r.w.at(i + 2).equals("on") || r.w.at(i + 2).equals("from") ? i + 3 : i + 2;
      Stretch d = r.dayOf(f, to);
      if (d == null || d.kind() != Stretch.Kind.DAY) {
        return null;
      }
      LocalDate s = d.start().toLocalDate();
      return d.timex().startsWith("XXXX") ? Stretch.period(d.timex(), s, s.plusWeeks(1)) : CalendarPeriods.rangeTimex(s, s.plusWeeks(1), "P1W");
    }
    if (t.equals("year") && n == 2 && DateParts.isYear(r.w.at(i + 1))) {
      return new DateParts(Integer.parseInt(r.w.at(i + 1)), null, null, null).toStretch(r.ref);
    }
    // "the first week of 2021", "the last week of 2016"
    if (n == 4 && (Temporals.PERIOD_ORDINALS.containsKey(t) || t.equals("last")) && r.w.at(i + 1).equals("week")
        && r.w.at(i + 2).equals("of") && DateParts.isYear(r.w.at(i + 3))) {
      int y = Integer.parseInt(r.w.at(i + 3));
      LocalDate d = t.equals("last") ? LocalDate.of(y, 12, 28) : LocalDate.of(y, 1, 4).plusWeeks(Temporals.PERIOD_ORDINALS.get(t) - 1);
      return CalendarPeriods.week(d);
    }
    // seasons: "summer 2004", "the summer of 2004"; "last winter" is RelativeDates'
    if (Calendar.SEASONS.containsKey(t)) {
      int k = r.w.at(i + 1).equals("of") ? i + 2 : i + 1;
      if (k + 1 == to && DateParts.isYear(r.w.at(k))) {
        return Stretch.timexOnly(r.w.at(k) + "-" + Calendar.SEASONS.get(t));
      }
      return n == 1 ? Stretch.timexOnly(Calendar.SEASONS.get(t)) : null; // "summer": "SU", as theirs
    }
    // eras: "AD 51" (years before Christ have no ISO value here)
    if ((t.equals("ad") || t.equals("a.d")) && n == 2 && ERA_YEAR.matcher(r.w.at(i + 1)).matches()) {
      int y = Integer.parseInt(r.w.at(i + 1));
      return y == 0 ? null : Stretch.period(String.format("%04d", y), LocalDate.of(y, 1, 1), LocalDate.of(y + 1, 1, 1));
    }
    Stretch h = holiday(r, from, to);
    if (h != null || i == from || to - i == 2 && r.w.at(i).equals("new") && r.w.at(i + 1).equals("year")) {
      return h; // "the new year" is the year to come, no holiday
    }
    return holiday(r, i, to); // "the Independence Day of this year"
  }

  /** "the third quarter of 2019", "Q3 2019", "2019 Q1", "the first half", "H1 2019". */
  /** The end of the ordinal at {@code i} ("21st", "twenty - third"), or {@code i} when there is none. */
  private static int ordinalEnd(Temporals.Reader r, int i, int to) {
    for (int k = Math.min(to, i + 3); k > i; k--) {
      if (Numbers.ordinal(r.w.slice(i, k)) != null && !r.w.at(k - 1).equals("-")) {
        return k;
      }
    }
    return i;
  }

  /** "this month", "next month", "last month": a month named against the reference date. */
  private static boolean isMonthPeriod(Temporals.Reader r, int j, int to) {
    String rel = r.w.at(j);
    return j + 2 == to && r.w.at(j + 1).equals("month")
        && (rel.equals("this") || Temporals.NEXT.contains(rel) || Temporals.LAST.contains(rel));
  }

  static Stretch quarterOrHalf(Temporals.Reader r, int i, int to) {
    int months;
    int index;
    int j;
    String t = r.w.at(i);
    java.util.regex.Matcher m = QUARTER.matcher(t);
    if (m.matches()) {
      months = m.group(3) != null ? 6 : 3;
      index = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
      j = r.w.at(i + 1).equals("-") ? i + 2 : i + 1; // "q1-2019"
    } else if (DateParts.isYear(t) && (to == i + 2 || to == i + 3 && r.w.at(i + 1).equals("-"))
        && QUARTER_NAME.matcher(r.w.at(to - 1)).matches()) { // "2019 Q1", "2019-H2"
      int y = Integer.parseInt(t);
      months = r.w.at(to - 1).startsWith("h") ? 6 : 3;
      index = r.w.at(to - 1).charAt(1) - '0';
      LocalDate s = LocalDate.of(y, 1, 1).plusMonths((long) (index - 1) * months);
      return CalendarPeriods.rangeTimex(s, s.plusMonths(months), "P" + months + "M");
    } else if (Temporals.PERIOD_ORDINALS.containsKey(t) || t.equals("last") || t.equals("final")) {
      j = i + 1;
      if (r.w.at(j).equals("-")) {
        j++;
      }
      String unit = r.w.at(j);
      if (unit.equals("quarter")) {
        months = 3;
      } else if (unit.equals("half")) {
        months = 6;
      } else {
        return null;
      }
      index = Temporals.PERIOD_ORDINALS.getOrDefault(t, 12 / months);
      if (index > 12 / months) {
        return null;
      }
      j++;
    } else {
      return null;
    }
    Integer year = null;
    if (j == to) { // which year is not said: "(XXXX-07-01,XXXX-10-01,P3M)", no value
      int first = (index - 1) * months + 1;
      int after = first + months;
      return Stretch.timexOnly(String.format("(XXXX-%02d-01,%s-01,P%dM)", first,
          after > 12 ? "XXXX-01" : String.format("XXXX-%02d", after), months));
    }
    if (r.w.at(j).equals("of")) {
      j++;
    }
    if (j + 1 == to && DateParts.isYear(r.w.at(j))) {
      year = Integer.parseInt(r.w.at(j));
    } else if (j + 2 == to && (r.w.at(j).equals("this") || Temporals.LAST.contains(r.w.at(j)) || Temporals.NEXT.contains(r.w.at(j)))
        && r.w.at(j + 1).equals("year")) {
      year = r.today.getYear() + (Temporals.LAST.contains(r.w.at(j)) ? -1 : Temporals.NEXT.contains(r.w.at(j)) ? 1 : 0);
    } else if (j + 2 == to && r.w.at(j).equals("the") && r.w.at(j + 1).equals("year")) {
      LocalDate s = LocalDate.of(r.today.getYear(), 1, 1).plusMonths((long) (index - 1) * months);
      Stretch q = CalendarPeriods.rangeTimex(s, s.plusMonths(months), "P" + months + "M"); // "the first quarter of the year"
      return q.withTimex(q.timex().replace((r.today.getYear() + 1) + "-", "XXXX-").replace(r.today.getYear() + "-", "XXXX-"));
    }
    if (year == null) {
      return null;
    }
    LocalDate s = LocalDate.of(year, 1, 1).plusMonths((long) (index - 1) * months);
    return CalendarPeriods.rangeTimex(s, s.plusMonths(months), "P" + months + "M");
  }

  /** "Christmas", "Easter 2018", "Thanksgiving Day", "New Year's Eve". */
  static Stretch holiday(Temporals.Reader r, int from, int to) {
    String which = r.w.at(from);
    if (to - from >= 2 && (Temporals.NEXT.contains(which) || Temporals.LAST.contains(which) || which.equals("this"))) {
      String name = String.join(" ", r.w.slice(from + 1, to).list()); // "next Christmas": the first after the reference date
      if (!Calendar.isHoliday(name)) {
        return null;
      }
      int y = r.today.getYear();
      LocalDate d = Calendar.holiday(name, y);
      if (Temporals.NEXT.contains(which) && !d.isAfter(r.today)) {
        d = Calendar.holiday(name, y + 1);
      } else if (Temporals.LAST.contains(which) && !d.isBefore(r.today)) {
        d = Calendar.holiday(name, y - 1);
      }
      return Stretch.day(d.toString(), d);
    }
    int end = to;
    Integer year = null;
    if (to - from >= 2 && DateParts.isYear(r.w.at(to - 1))) {
      year = Integer.parseInt(r.w.at(to - 1));
      end = to - 1;
      end = end - 1 > from && (r.w.at(end - 1).equals("of") || r.w.at(end - 1).equals("in")) ? end - 1 : end; // "Christmas of 2010"
    } else if (to - from >= 4 && r.w.at(to - 1).equals("year") && r.w.at(to - 3).equals("of")) {
      String rel = r.w.at(to - 2); // "Independence Day of this year"
      int step = rel.equals("this") ? 0 : Temporals.LAST.contains(rel) ? -1 : Temporals.NEXT.contains(rel) ? 1 : 9;
      if (step == 9) {
        return null;
      }
      year = r.today.getYear() + step;
      end = to - 3;
    }
    String name = String.join(" ", r.w.slice(from, end).list());
    if (!Calendar.isHoliday(name)) {
      return null;
    }
    if (year != null) {
      LocalDate d = Calendar.holiday(name, year);
      return Stretch.day(d.toString(), d);
    }
    LocalDate best = null;
    for (int y = r.today.getYear() - 1; y <= r.today.getYear() + 1; y++) {
      LocalDate c = Calendar.holiday(name, y);
      if (best == null || Math.abs(ChronoUnit.DAYS.between(r.today, c)) < Math.abs(ChronoUnit.DAYS.between(r.today, best))) {
        best = c;
      }
    }
    LocalDate fixed = Calendar.holiday(name, 2000);
    boolean moves = !Calendar.holiday(name, 2001).withYear(2000).equals(fixed);
    String timex = moves ? best.toString() : String.format("XXXX-%02d-%02d", best.getMonthValue(), best.getDayOfMonth());
    return Stretch.day(timex, best);
  }
  private static final java.util.Map<String, String> SPELLED_DECADES = java.util.Map.of("twenties", "20", "thirties", "30",
      "forties", "40", "fifties", "50", "sixties", "60", "seventies", "70", "eighties", "80", "nineties", "90");
  private static final java.util.regex.Pattern MONTH_TIMEX = java.util.regex.Pattern.compile("(\\d{4}|XXXX)-\\d\\d");
  private static final java.util.regex.Pattern FOUR_DIGITS = java.util.regex.Pattern.compile("\\d{4}");
  private static final java.util.regex.Pattern ERA_YEAR = java.util.regex.Pattern.compile("\\d{1,4}");
  private static final java.util.regex.Pattern QUARTER = java.util.regex.Pattern.compile("q([1-4])|([1-4])q|h([12])");
  private static final java.util.regex.Pattern QUARTER_NAME = java.util.regex.Pattern.compile("q[1-4]|h[12]");
}
