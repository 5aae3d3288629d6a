package io.nerbyoc.values;

import io.nerbyoc.lists.WordLists;
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
    t = t == null && HOUR_CUES.contains(r.w.at(from)) ? Clock.military(r.w, from + 1, to, true) : t; // "at 1630 hours"
    t = t == null && HOUR_CUES.contains(r.w.at(from)) ? Clock.dotted(r.w, from + 1, to) : t; // "at 6.45"
    if (t != null) {
      return new Stretch(t.timex(), r.today.atTime(t.hour(), Math.max(0, t.minute()), Math.max(0, t.second())), null,
          Stretch.Kind.CLOCK);
    }
    Stretch moment = withDay(r, from, to);
    if (moment != null) {
      return moment;
    }
    Stretch hours = hoursOfDay(r, from, to);
    if (hours != null) {
      return hours;
    }
    Stretch clockFirst = NoDayParts.hoursFromClock(r, from, to);
    if (clockFirst != null) {
      return clockFirst;
    }
    Stretch noDay = NoDayParts.inPartOfNoDay(r, from, to);
    if (noDay != null) {
      return noDay;
    }
    String last = r.w.at(to - 1);
    Calendar.DayPart part = Calendar.DAY_PARTS.get(last);
    if (part == null && to - from >= 2 && HALVES.containsKey(last)) {
      Stretch day = r.dayOf(from, to - 1); // "tomorrow am", "today pm"
      return day == null ? null : dayPart(r, day, HALVES.get(last));
    }
    if (part != null && to - from >= 3 && (r.w.at(to - 2).equals("early") || r.w.at(to - 2).equals("late"))) {
      Stretch day = r.dayOf(from, to - 2); // "Sunday early morning": the part, its edge not kept, as theirs
      return day == null ? null : dayPart(r, day, part);
    }
    if (part != null) {
      Stretch day = null;
      if (last.equals("tonight") && to - from == 1) {
        day = Stretch.day(r.today.toString(), r.today);
      } else if (to - from == 2 && r.w.at(from).equals("this")) {
        day = Stretch.day(r.today.toString(), r.today); // "this morning"
      } else if (to - from == 2 && Temporals.LAST.contains(r.w.at(from))) {
        day = Stretch.day(r.today.minusDays(1).toString(), r.today.minusDays(1)); // "last night", "last morning"
      } else if (to - from == 2 && Temporals.NEXT.contains(r.w.at(from))) {
        day = Stretch.day(r.today.plusDays(1).toString(), r.today.plusDays(1)); // "next evening"
      } else if (to - from >= 2 && (Temporals.EDGES.contains(r.w.at(from)))) {
        return null; // "late afternoon": an edge of a part of no day
      } else if (to - from >= 2) {
        int d = to - 1;
        d = d - 1 > from && r.w.at(d - 1).equals("the") ? d - 1 : d;
        d = d - 1 > from && r.w.at(d - 1).equals("in") ? d - 1 : d; // "Tuesday in the morning"
        day = r.dayOf(from, d);
      }
      return day == null ? null : dayPart(r, day, part);
    }
    Stretch inside = partInside(r, from, to);
    if (inside == null) {
      inside = clockInside(r, from, to);
    }
    if (inside != null) {
      return inside;
    }
    // "the evening of June 1"
    if (r.w.at(from).equals("the") && Calendar.DAY_PARTS.containsKey(r.w.at(from + 1)) && r.w.at(from + 2).equals("of")) {
      Stretch day = r.dayOf(from + 3, to);
      return day == null ? null : dayPart(r, day, Calendar.DAY_PARTS.get(r.w.at(from + 1)));
    }
    return null;
  }

  /** A clock time inside its day's words, as Unix's date writes it: "Wed Oct 26 15:50:06 2016". */
  private static Stretch clockInside(Temporals.Reader r, int from, int to) {
    for (int k = from + 2; k < to - 1; k++) {
      Clock.Time c = r.w.at(k).indexOf(':') > 0 ? Clock.parse(r.w, k, k + 1) : null;
      if (c == null) {
        continue;
      }
      java.util.List<String> rest = new java.util.ArrayList<>(r.w.list().subList(from, to));
      rest.remove(k - from);
      Stretch day = new Temporals.Reader(Words.of(String.join(" ", rest)), r.ref).dayOf(0, rest.size());
      if (day == null) {
        return null;
      }
      LocalDateTime at = day.start().toLocalDate().atTime(c.hour(), Math.max(0, c.minute()), Math.max(0, c.second()));
      return new Stretch(dayTimex(day) + c.timex(), at, null, Stretch.Kind.MOMENT);
    }
    return null;
  }

  /** A part of a day inside its day's words: "Wednesday evening next week" is the evening of "Wednesday next week". */
  private static Stretch partInside(Temporals.Reader r, int from, int to) {
    for (int k = from + 1; k < to - 1; k++) {
      Calendar.DayPart part = Calendar.DAY_PARTS.get(r.w.at(k));
      if (part == null || Calendar.weekday(r.w.at(from)) == null) {
        continue;
      }
      java.util.List<String> rest = new java.util.ArrayList<>(r.w.list().subList(from, to));
      rest.remove(k - from);
      Stretch day = new Temporals.Reader(Words.of(String.join(" ", rest)), r.ref).dayOf(0, rest.size());
      return day == null ? null : dayPart(r, day, part);
    }
    return null;
  }

  /** A range of hours with its day, either order: "3:00 to 4:00 tomorrow", "Monday 8 - 9 am". */
  static Stretch hoursOfDay(Temporals.Reader r, int from, int to) {
    if (!hasClock(r, from, to) && !r.w.list().subList(from, to).contains("between") && !r.w.list().subList(from, to).contains("from")
        && !bareHoursLast(r, from, to) && !bareHoursFirst(r, from, to)) {
      return null; // cheap test first: this rule splits the words every way
    }
    for (int k = from + 1; k < to; k++) {
      String before = r.w.at(k - 1);
      int end = before.equals(",") || before.equals("on") || before.equals("of") ? k - 1 : k;
      Stretch hours = hoursOrBareHours(r, from, end); // "3:00 to 4:00 tomorrow", "between 3 and 5 on 1/1/2015"
      if (hours == null && end - from == 3 && bareHoursFirst(r, from, to)) {
        hours = NoDayParts.hoursIn(r, from, end, null); // "6-8 next Monday": bare hours right before their day
      }
      Stretch day = clockPeriod(hours) ? dayOrPart(r, k, to) : null;
      if (day == null) {
        int start = r.w.at(k).equals(",") || r.w.at(k).equals("from") ? k + 1 : k;
        hours = r.w.at(k).equals("from") ? hoursOrBareHours(r, k, to) : r.range(start, to); // "Monday 8 - 9 am", "tonight from 7 to 9"
        if (hours == null && to - start == 3 && bareHoursLast(r, from, to)) {
          hours = NoDayParts.hoursIn(r, start, to, null); // "Monday 12-4": bare hours right after their day, 12 to 16
        }
        day = clockPeriod(hours) ? dayOrPart(r, from, k) : null;
      }
      if (day != null) {
        Calendar.DayPart part = partOf(day);
        String d = dayTimex(day);
        String[] p = hours.timex().substring(1, hours.timex().length() - 1).split(",");
        if (part != null && part.from() >= 12 && hours.start().getHour() < 12 && hours.end().getHour() <= 12) {
          p[0] = later(p[0]); // "this evening from 7 to 7:30"
          p[1] = later(p[1]);
          hours = new Stretch(hours.timex(), hours.start().plusHours(12), hours.end().plusHours(12), hours.kind());
        }
        LocalDateTime s = day.start().toLocalDate().atTime(hours.start().toLocalTime());
        LocalDateTime e = s.plus(java.time.Duration.between(hours.start(), hours.end()));
        String d2 = e.toLocalDate().isAfter(s.toLocalDate()) ? nextDay(d) : d; // "Wednesday 10pm-4am" ends on Thursday
        return d2 == null ? null : Stretch.period("(" + d + p[0] + "," + d2 + p[1] + "," + p[2] + ")", s, e);
      }
    }
    return null;
  }

  private static final java.util.regex.Pattern WEEKDAY_TIMEX = java.util.regex.Pattern.compile("(.*-WXX-)(\\d)");
  private static final java.util.regex.Pattern DAY_TIMEX = java.util.regex.Pattern.compile("(\\d{4}|XXXX)-(\\d\\d)-(\\d\\d)");

  /**
   * The day after a day's timex, as theirs write a range past midnight ("(XXXX-WXX-3T22,XXXX-WXX-4T04,PT6H)"); null
   * when the text does not settle it ("XXXX-02-28": the 29th or March 1st, by a year not given).
   */
  static String nextDay(String d) {
    java.util.regex.Matcher w = WEEKDAY_TIMEX.matcher(d);
    if (w.matches()) {
      return w.group(1) + ((w.group(2).charAt(0) - '0') % 7 + 1);
    }
    java.util.regex.Matcher m = DAY_TIMEX.matcher(d);
    if (!m.matches()) {
      return null;
    }
    int month = Integer.parseInt(m.group(2));
    int day = Integer.parseInt(m.group(3));
    try {
      if (!m.group(1).equals("XXXX")) {
        return LocalDate.of(Integer.parseInt(m.group(1)), month, day).plusDays(1).toString();
      }
      if (month == 2 && day >= 28) {
        return null;
      }
      LocalDate next = LocalDate.of(2001, month, day).plusDays(1); // a year without a February 29th, handled above
      return String.format("XXXX-%02d-%02d", next.getMonthValue(), next.getDayOfMonth());
    } catch (java.time.DateTimeException impossible) {
      return null; // "XXXX-04-31" is no day: no value rather than an exception
    }
  }

  /** Two bare hours joined by a dash, ending the words: "12-4" of "Monday 12-4". */
  private static boolean bareHoursLast(Temporals.Reader r, int from, int to) {
    return to - from >= 4 && DASHES.contains(r.w.at(to - 2)) && Clock.bareHour(r.w, to - 3, to - 2) != null
        && Clock.bareHour(r.w, to - 1, to) != null;
  }

  /** "6-8 next Monday": two bare hours joined by a dash, then the day they are of. */
  private static boolean bareHoursFirst(Temporals.Reader r, int from, int to) {
    return to - from >= 4 && DASHES.contains(r.w.at(from + 1)) && Clock.bareHour(r.w, from, from + 1) != null
        && Clock.bareHour(r.w, from + 2, from + 3) != null;
  }

  private static final java.util.Set<String> DASHES = java.util.Set.of("-", "\u2013", "~");

  /** A range of clock times, or of bare hours when "between" or "from" says so: "between 7 and 9", "from 10:30 to 3". */
  private static Stretch hoursOrBareHours(Temporals.Reader r, int from, int to) {
    Stretch hours = r.range(from, to);
    if (hours == null && (r.w.at(from).equals("between") || r.w.at(from).equals("from"))) {
      hours = NoDayParts.hoursIn(r, from, to, null);
    }
    return hours;
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

  private static final java.util.Map<String, Calendar.DayPart> HALVES = java.util.Map.of(
      "am", Calendar.DAY_PARTS.get("morning"), "a.m", Calendar.DAY_PARTS.get("morning"),
      "pm", Calendar.DAY_PARTS.get("afternoon"), "p.m", Calendar.DAY_PARTS.get("afternoon"));
  /** Words between a day and its time: "Saturday at 5", "tomorrow before 5pm", "tonight around 7". */
  private static final java.util.Set<String> BEFORE_TIME = WordLists.set(DayTimes.class, "time-links");
  /** Phrases between a day and its time that bound it, read as the time: "Feb 1st no later than 6:00". */
  private static final String[][] BOUNDS = WordLists.phrases(DayTimes.class, "time-link-phrases");

  /** The number of words of the bound at {@code k} ("later than"), or 0. */
  private static int boundLength(Words w, int k) {
    for (String[] b : BOUNDS) {
      if (k + b.length <= w.size() && java.util.Arrays.equals(b, w.list().subList(k, k + b.length).toArray())) {
        return b.length;
      }
    }
    return 0;
  }

  /** Words after which a bare hour is a time: "at 5", not "Monday 5". */
  static final java.util.Set<String> HOUR_CUES = WordLists.set(DayTimes.class, "hour-cues");
  private static final java.util.regex.Pattern PART = java.util.regex.Pattern.compile("(.*)T(MO|AF|EV|NI)");

  /**
   * A clock time with its day or part of a day, either order: "9 a.m. Monday", "6:30 pm on July
   * 30, 1896", "tomorrow 8am", "8am this morning", "Saturday at 5", "tonight around 7" (19:00:
   * a bare hour takes the half of the day its part has).
   */
  private static Stretch withDay(Temporals.Reader r, int from, int to) {
    boolean cued = HOUR_CUES.contains(r.w.at(from));
    for (int k = from + 1; k < to; k++) {
      Clock.Time c = Clock.parse(r.w, from, k);
      c = c == null && cued && k > from + 1 ? Clock.cued(r.w, from + 1, k) : c; // "at 8 tonight", "around 5 this afternoon"
      if (c == null && k - from >= 3) {
        Stretch inPart = NoDayParts.inPartOfNoDay(r, from, k); // "5 in the afternoon | tomorrow": the time in its part first
        if (inPart != null && inPart.kind() == Stretch.Kind.CLOCK) {
          java.time.LocalTime at = inPart.start().toLocalTime();
          c = new Clock.Time(at.getHour(), inPart.timex().length() > 3 ? at.getMinute() : -1, -1, true);
        }
      }
      int d = k;
      if (r.w.at(d).equals(",") || r.w.at(d).equals("on") || r.w.at(d).equals("of")) {
        d++;
      }
      Stretch day = c == null ? null : dayOrPart(r, d, to);
      boolean night = false; // a time in the night after its day: "Friday night at midnight"
      if (day == null) {
        String link = r.w.at(k);
        // a dash after a day is its time's link ("May 22 - 11:30 am"), not after a bare hour ("Monday 8-9am" is hours)
        boolean dash = link.equals("-") && Clock.bareHour(r.w, k - 1, k) == null;
        int t = BEFORE_TIME.contains(link) || dash ? k + 1 : k + boundLength(r.w, k);
        c = t < to ? Clock.parse(r.w, t, to) : null;
        Stretch inPart = c == null && t < to ? NoDayParts.inPartOfNoDay(r, t, to) : null;
        if (inPart != null && inPart.kind() == Stretch.Kind.CLOCK) { // "Sunday at 8:00 early morning"
          java.time.LocalTime at = inPart.start().toLocalTime();
          c = new Clock.Time(at.getHour(), inPart.timex().length() > 3 ? at.getMinute() : -1, -1, true);
          night = r.w.list().subList(k, to).stream().anyMatch(x -> Calendar.DAY_PARTS.containsKey(x) && Calendar.DAY_PARTS.get(x).to() == 24);
        }
        if (c == null && HOUR_CUES.contains(link)) {
          c = Clock.cued(r.w, t, to); // "at 5", "at 2.30"
        }
        day = c == null ? null : dayOrPart(r, from, k);
      }
      if (day != null) {
        Calendar.DayPart part = partOf(day);
        if (part != null && !c.meridiem() && c.hour() < 12 && (part.from() >= 12 && part.from() < 20 || part.from() >= 20 && c.hour() >= 4)) {
          c = c.withMeridiem(true);
        }
        LocalDateTime at = day.start().toLocalDate().atTime(c.hour(), Math.max(0, c.minute()), Math.max(0, c.second()));
        if ((night || part != null && part.to() == 24) && c.hour() == 0 && c.minute() <= 0 && c.meridiem()) {
          String next = nextDay(dayTimex(day)); // "midnight tonight": the night's end, the next day's first moment
          return next == null ? null : new Stretch(next + c.timex(), at.plusDays(1), null, Stretch.Kind.MOMENT);
        }
        return new Stretch(dayTimex(day) + c.timex(), at, null, Stretch.Kind.MOMENT);
      }
    }
    return null;
  }

  /** A day, or a part of one ("this morning", "tonight"), read whole from {@code [from, to)}. */
  private static Stretch dayOrPart(Temporals.Reader r, int from, int to) {
    Stretch s = from < to ? r.single(from, to) : null;
    if (s == null) {
      return dayOfSomeMonth(r, from, to);
    }
    return s.kind() == Stretch.Kind.DAY || s.kind() == Stretch.Kind.PERIOD && s.start() != null
        && PART.matcher(s.timex()).matches() ? s : null;
  }

  /**
   * "the 17" or "the 17th" before its hours: a day of a month not said, "XXXX-XX-17" as theirs, the
   * nearest such day; also after "the week of". Alone a day number stays no date (an ordinal, a count).
   */
  static Stretch dayOfSomeMonth(Temporals.Reader r, int from, int to) {
    Integer day = to - from == 2 && r.w.at(from).equals("the") ? DateParts.day(r.w.at(from + 1)) : null;
    if (day == null) {
      return null;
    }
    LocalDate best = null;
    for (int m = -1; m <= 1; m++) {
      java.time.YearMonth ym = java.time.YearMonth.from(r.today).plusMonths(m);
      LocalDate d = day <= ym.lengthOfMonth() ? ym.atDay(day) : null;
      if (d != null && (best == null || Math.abs(d.toEpochDay() - r.today.toEpochDay()) < Math.abs(best.toEpochDay() - r.today.toEpochDay()))) {
        best = d;
      }
    }
    return best == null ? null : Stretch.day(String.format("XXXX-XX-%02d", day), best);
  }

  private static Calendar.DayPart partOf(Stretch day) {
    java.util.regex.Matcher m = PART.matcher(day.timex());
    if (!m.matches()) {
      return null;
    }
    for (Calendar.DayPart p : Calendar.DAY_PARTS.values()) {
      if (p.code().equals(m.group(2))) {
        return p;
      }
    }
    return null;
  }

  private static String dayTimex(Stretch day) {
    java.util.regex.Matcher m = PART.matcher(day.timex());
    return m.matches() ? m.group(1) : day.timex();
  }

  /** "T07:30" twelve hours on: "T19:30". */
  private static String later(String timex) {
    int h = Integer.parseInt(timex.substring(1, 3));
    return String.format("T%02d", h % 12 + 12) + timex.substring(3);
  }
}
