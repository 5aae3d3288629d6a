package io.nerbyoc.values;

import io.nerbyoc.lists.WordLists;
import io.nerbyoc.core.Value;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DATE and TIME entities to TIMEX3 values and their place against the reference date, by
 * Recognizers-Text's conventions (docs/VALUES.md): "last week" is the ISO week before the
 * reference date's, "next Friday" the Friday of the next week, "this past Wednesday" the latest
 * one before it, a date without a year the occurrence nearest the reference date, a range
 * "(start,end,duration)" with its end at the start of its second part.
 */
final class Temporals {
  private Temporals() {}

  static Value.Temporal resolve(Words w, LocalDateTime reference) {
    if (w.size() > MAX_WORDS) {
      return null;
    }
    Stretch s = new Reader(w, reference).whole();
    s = s != null ? s : ImpossibleDates.read(w); // "Feb 30": the timex as written, no value
    s = s != null ? s : countedBefore(w, reference);
    s = s != null ? s : beforeALink(w, reference);
    s = s != null ? s : recurring(w, reference);
    return s == null ? null : s.toValue();
  }

  /** Words that anchor a time to the reference date by themselves, so that it reads without a number before it. */
  private static final Set<String> ANCHORS = Set.of("this", "last", "next", "tonight", "today", "tomorrow", "yesterday");

  /**
   * A number the anchored time after it does not take, a label or a count kept in the span:
   * "building 34 this afternoon", "I counted 13 last minute". The time is read alone; with the
   * number it reads as nothing (had it been an hour, "at 4 this afternoon", the whole would have
   * read). Only after an anchor: "31 Feb 16" is no "Feb 16", "2 morning sessions" no morning.
   */
  private static Stretch countedBefore(Words w, LocalDateTime reference) {
    Numbers.Parsed n = w.size() > 1 ? Numbers.at(w, 0) : null;
    if (n == null || n.end() != 1 || !ANCHORS.contains(w.at(1))) {
      return null;
    }
    Stretch rest = new Reader(w.slice(1, w.size()), reference).whole();
    return rest == null || rest.timex().startsWith("P") ? null : rest; // "3 2 hours" is no time
  }

  /** Words that link a time to what follows it, never its last word: "meet at 2pm for 1 hr" cut as "2pm for". */
  private static final Set<String> TRAILING_LINKS = Set.of("for", "at", "in", "of", "with", "by", "and", "or", "to", "from");

  /** A time whose span ends in a link word the recognizer kept: the time without it. */
  private static Stretch beforeALink(Words w, LocalDateTime reference) {
    return w.size() > 1 && TRAILING_LINKS.contains(w.at(w.size() - 1))
        ? new Reader(w.slice(0, w.size() - 1), reference).whole() : null;
  }

  /** Words after a date that make it recur, which TIMEX3 writes as the date itself: "19 June every year". */
  private static final Set<String> RECURRING = Set.of("every year", "each year", "every week", "each week");

  /**
   * "19 June every year", "Monday every week": the date's timex, its year or week left open as the
   * text leaves it, and no resolved day (every one of them is meant, not the nearest).
   */
  private static Stretch recurring(Words w, LocalDateTime reference) {
    if (w.size() < 3 || !RECURRING.contains(w.at(w.size() - 2) + " " + w.at(w.size() - 1))) {
      return null;
    }
    Stretch date = new Reader(w.slice(0, w.size() - 2), reference).whole();
    boolean open = date != null && (w.at(w.size() - 1).equals("year") ? date.timex().startsWith("XXXX-")
        : date.timex().startsWith("XXXX-WXX-"));
    return open ? Stretch.timexOnly(date.timex()) : null;
  }

  private static final List<List<String>> MODIFIERS =
      java.util.Arrays.stream(WordLists.phrases(Temporals.class, "period-modifiers")).map(List::of).toList();
  private static final Set<String> RANGE = WordLists.set(Temporals.class, "date-range-words");
  /** Words before a period that place it and say nothing more: "in 2015", "during the morning", "throughout 2015". */
  private static final Set<String> IN_WORDS = Set.of("in", "during", "throughout");
  /** Words after a date that open it to the future, its value kept as a bound's: "2015 onwards", "from 2015 on". */
  private static final Set<String> ONWARDS = Set.of("onwards", "onward", "on");
  /**
   * Words that bound a time on one side and keep its value, as "no later than" does (theirs mark the
   * bound apart): "until Friday" is Friday's, "since 2010" 2010's.
   */
  private static final Set<String> BOUNDS = WordLists.set(Temporals.class, "bound-words");
  /** Modifiers that bound an amount from above: what they count from a day is a stretch from it. */
  private static final Set<String> UPPER_BOUNDS = Set.of("less than", "no more than", "not more than", "up to");
  static final Set<String> LAST = CalendarPeriods.LAST;
  static final Set<String> NEXT = CalendarPeriods.NEXT;
  static final Set<String> THIS = WordLists.set(Temporals.class, "this-words");
  static final Set<String> EDGES = WordLists.set(Temporals.class, "period-edges");
  /** Edges that name a point of their period, so that they can bound a range. */
  private static final Set<String> POINT_EDGES = Set.of("start", "beginning", "end", "middle");
  static final Map<String, Integer> PERIOD_ORDINALS = Map.ofEntries(
      Map.entry("first", 1), Map.entry("1st", 1), Map.entry("second", 2), Map.entry("2nd", 2), Map.entry("third", 3),
      Map.entry("3rd", 3), Map.entry("fourth", 4), Map.entry("4th", 4));

  /** One entity's words against one reference date. */
  static final class Reader {
    final Words w;
    final LocalDateTime ref;
    final LocalDate today;

    Reader(Words w, LocalDateTime ref) {
      this.w = w;
      this.ref = ref;
      this.today = ref.toLocalDate();
    }

    Stretch whole() {
      int from = 0;
      int to = w.size();
      while (to > from && (w.at(to - 1).equals("'s") || w.at(to - 1).equals("'") || w.at(to - 1).equals("."))) {
        to--;
      }
      if (to - from > 3 && w.at(from).equals("in") && w.at(to - 1).equals("time")) {
        int unit = w.at(to - 2).equals("'") || w.at(to - 2).equals("'s") ? to - 3 : to - 2;
        to = Durations.UNITS.containsKey(w.at(unit)) ? unit + 1 : to; // "in two weeks' time" as "in two weeks"
      }
      for (int k = from + 1; k + 1 < to; k++) {
        if (w.at(k).equals("or") && (w.at(k + 1).equals("later") || w.at(k + 1).equals("earlier"))) {
          // "3 pm or later on Monday": the bound after a time keeps its value, as the bounds before it do
          List<String> rest = new java.util.ArrayList<>(w.list().subList(from, to));
          rest.subList(k - from, k - from + 2).clear();
          return new Reader(Words.of(String.join(" ", rest)), ref).whole();
        }
      }
      Stretch allOfOne = Shifts.wholeUnit(w, from, to); // "the whole day": before "the whole" is read as a modifier
      if (allOfOne != null) {
        return allOfOne;
      }
      int m = modifier(from);
      m = m == from + 1 && w.at(from).equals("at") ? modifier(m) : m; // "at around 6pm": the link, then the modifier
      if (m > from && UPPER_BOUNDS.contains(String.join(" ", w.list().subList(from, m)))) {
        Stretch bounded = Shifts.boundedFromDay(this, m, to); // "less than 3 days after tomorrow": the stretch
        if (bounded != null) {
          return bounded;
        }
      }
      Stretch read = any(m, to);
      if (read == null && m == from + 1 && DayTimes.HOUR_CUES.contains(w.at(from))) {
        read = any(from, to); // "at 8 tonight": the cue makes the bare number an hour
      }
      if (read == null && m == from && to - from > 1 && IN_WORDS.contains(w.at(from))) {
        Stretch within = any(from + 1, to); // "in the past three days", "in the year 2020", "during 2015": the stretch itself
        if (within != null && !within.timex().startsWith("P")) {
          return within; // but "in 3 business days" counts from a day: no reading here
        }
      }
      if (read == null && m == from && to - from > 1 && ONWARDS.contains(w.at(to - 1))) {
        Stretch since = new Reader(w.slice(from, to - 1), ref).whole(); // "2015 onwards", "from 2015 on": kept, as "since 2015"
        if (since != null && !since.timex().startsWith("P") && (!w.at(to - 1).equals("on") || w.at(from).equals("from"))) {
          return since;
        }
      }
      if (read == null && m == from && to - from > 1 && w.at(from).equals("for")) {
        return any(from + 1, to); // "for the next three days": how long, or which stretch
      }
      if (read == null && m == from && to - from > 1 && BOUNDS.contains(w.at(from))) {
        Stretch bounded = any(from + 1, to); // "until Friday", "since 2010", "by the end of the year", "before noon"
        return bounded == null || bounded.timex().startsWith("P") ? null : bounded; // "after 3 days" counts from a day not said
      }
      return read;
    }

    private int modifier(int i) {
      for (List<String> m : MODIFIERS) {
        if (i + m.size() <= w.size() && w.list().subList(i, i + m.size()).equals(m)) {
          return i + m.size();
        }
      }
      return i;
    }

    Stretch any(int from, int to) {
      if (from >= to) {
        return null;
      }
      Stretch r = range(from, to);
      return r != null ? r : single(from, to);
    }

    // ---- ranges: "from May to July 2004", "between 2001 and 2003", "9 - 10 a.m.", "May 5 - 7"

    Stretch range(int from, int to) {
      DateParts written = DateParts.parse(w, from, to, false, today.getYear());
      if (written != null && written.month() != null && written.day() != null) {
        return null; // one date whose separators are dashes: "2019-aug-1", "2018-7-6"
      }
      boolean between = w.at(from).equals("between");
      int s = between || w.at(from).equals("from") ? from + 1 : from;
      for (int k = s + 1; k < to - 1; k++) {
        String c = w.at(k);
        if (RANGE.contains(c) && (!between || !c.equals("to")) || between && c.equals("and")) { // "between 2014-2018"
          Stretch r = rangeAt(s, k, to);
          if (r != null) {
            return r;
          }
        }
      }
      return null;
    }

    private Stretch rangeAt(int s, int k, int to) {
      Clock.Time right = Clock.parse(w, k + 1, to);
      if (right != null) {
        Clock.Time left = Clock.parse(w, s, k);
        left = left == null ? Clock.dotted(w, s, k) : left; // "9.30-4.30pm": a time before a time
        Integer bare = left == null ? Clock.bareHour(w, s, k) : null;
        if (bare != null) {
          left = new Clock.Time(bare, -1, -1, false); // "9" in "9 - 10 a.m."
        }
        Stretch inPart = left == null ? single(s, k) : null;
        if (inPart != null && inPart.kind() == Stretch.Kind.CLOCK) { // "from 3 in the morning until 5pm"
          java.time.LocalTime at = inPart.start().toLocalTime();
          left = new Clock.Time(at.getHour(), inPart.timex().length() > 3 ? at.getMinute() : -1, -1, true);
        }
        // The first time shares the second's half of the day when that keeps it first:
        // "3 - 5 p.m." is 15 to 17, "2:30 to 2:15 pm" 2:30 to 14:15.
        if (left != null && !left.meridiem() && right.meridiem() && left.hour() <= 12) {
          int pm = (left.hour() % 12 + 12) * 60 + Math.max(0, left.minute());
          left = left.withMeridiem(right.hour() >= 12 && pm <= right.hour() * 60 + Math.max(0, right.minute()));
        }
        if (left != null) {
          return clockRange(left, right);
        }
      }
      int year = today.getYear();
      DateParts l = DateParts.parse(w, s, k, true, year);
      DateParts r = DateParts.parse(w, k + 1, to, true, year);
      if (l != null && l.year() != null && l.month() == null && r == null && k + 2 == to && w.at(k + 1).length() == 2
          && w.at(k + 1).chars().allMatch(Character::isDigit)) {
        r = new DateParts(l.year() / 100 * 100 + Integer.parseInt(w.at(k + 1)), null, null, null); // "1990 - 95"
      }
      if (l != null && r != null && l.month() != null && l.year() == null && l.day() == null && r.month() == null
          && r.day() == null && r.year() != null && k + 2 == to) {
        return null; // "Dec-2018" is a month of a year, not a range (DateParts reads it)
      }
      boolean weekdays = l != null && r != null && (l.weekday() != null && l.day() == null || r.weekday() != null && r.day() == null);
      if (l != null && r != null && !weekdays) { // a bare weekday is read below: the second after the first
        DateParts right2 = r.day() != null && r.month() == null ? r.completedBy(l) : r; // "May 5 - 7"
        if (r.month() == null && r.day() != null && l.month() != null && l.day() != null && r.day() <= l.day()) {
          // "from April 27th to the 3rd": the 3rd of the next month
          int m = l.month() % 12 + 1;
          Integer y = l.year() == null ? null : l.month() == 12 ? l.year() + 1 : l.year();
          right2 = new DateParts(y, m, r.day(), null);
        }
        DateParts left2 = l.completedBy(right2);
        right2 = right2.year() == null ? right2.completedBy(left2) : right2;
        Stretch a = left2.toStretch(ref);
        Stretch b = right2.toStretch(ref);
        if (a != null && b != null && l.year() == null && r.year() != null && l.month() != null && !b.start().isAfter(a.start())) {
          // "Nov - Feb 2017": a start that borrows the end's year and would fall after it is of the year before
          left2 = new DateParts(r.year() - 1, left2.month(), left2.day(), null);
          a = left2.toStretch(ref);
        }
        if (a != null && b != null && left2.year() == null && right2.year() == null && left2.day() == null
            && !b.start().isAfter(a.start())) {
          b = Stretch.period(b.timex(), b.start().plusYears(1), b.end().plusYears(1)); // "from Nov to March"
        }
        if (a != null && b != null && b.start().isAfter(a.start())) {
          if (left2.year() == null && right2.year() == null && a.kind() == Stretch.Kind.DAY && right2.month() != null
              && right2.day() != null) { // a calendar day; "next monday to friday" has none
            b = Stretch.day(b.timex(), sameYearAfter(a.start().toLocalDate(), right2));
          }
          Stretch span = between(a, b);
          if (left2.year() == null && right2.year() == null) { // "from March to May": which year is not said
            String y = String.valueOf(a.start().getYear());
            String y2 = String.valueOf(b.start().getYear());
            span = span.withTimex(span.timex().replace("(" + y + "-", "(XXXX-").replace("," + y2 + "-", ",XXXX-"));
          }
          return span;
        }
      }
      Stretch a = now(s, k) ? Stretch.day(today.toString(), today) : single(s, k);
      a = a == null && k == s + 1 && now(k + 1, to) ? CalendarPeriods.calendarUnit(w.at(s), 0, ref) : a; // "month to date": this month
      Stretch b = now(k + 1, to) ? Stretch.day(today.toString(), today) : single(k + 1, to);
      if (a != null && now(k + 1, to) && a.timex().startsWith("XXXX") && a.start() != null && a.start().toLocalDate().isAfter(today)) {
        a = Stretch.period(a.timex(), a.start().minusYears(1), a.end() == null ? null : a.end().minusYears(1)); // "from March to date": the last March
      }
      if (b != null && now(s, k) && b.timex().startsWith("XXXX") && b.start() != null && b.start().toLocalDate().isBefore(today)) {
        // "between now and November 15th": the next November 15th
        b = new Stretch(b.timex(), b.start().plusYears(1), b.end() == null ? null : b.end().plusYears(1), b.kind());
      }
      if (a != null && b != null && (a.kind() == Stretch.Kind.MOMENT || b.kind() == Stretch.Kind.MOMENT)) {
        // "from 2pm till tomorrow 4:30pm" starts today; "3:00 to 4:00 tomorrow" is hours of one day (DayTimes)
        if (a.kind() == Stretch.Kind.CLOCK && Clock.parse(w, k + 1, k + 2) != null) {
          return null;
        }
        if (a.kind() == Stretch.Kind.MOMENT && b.kind() == Stretch.Kind.CLOCK && !Clock.meridiemIn(w, s, k)) {
          a = sharedHalf(a, b); // "Tuesday at 2:00 - 2:30 pm": the first hour takes the second's p.m.
        }
        return moments(a, b);
      }
      if (a != null && now(k + 1, to) && a.kind() == Stretch.Kind.PERIOD && a.start() != null && a.end() != null
          && !a.start().toLocalDate().isAfter(today) && a.end().toLocalDate().isAfter(today)) {
        return Stretch.period(a.timex(), a.start().toLocalDate(), today); // "the year to date": this year so far
      }
      if (a == null || b == null || !calendar(a) || !calendar(b) || a.timex().contains("T") || b.timex().contains("T")) {
        return null; // parts of days ("today pm") do not bound a range of days
      }
      if (ISO_WEEK.matcher(a.timex()).matches() && b.timex().startsWith("XXXX-WXX-")) {
        return null; // "previous week - Monday": a day of that week (RelativeDates), not a range
      }
      boolean yearless = a.timex().startsWith("XXXX") && b.timex().startsWith("XXXX");
      // "between the end of 2007 and the end of 2008", "to the start of 2008": an edge bounds a range at its point
      Stretch pa = edgePoint(s, k);
      Stretch pb = edgePoint(k + 1, to);
      a = pa != null ? pa : a;
      b = pb != null ? pb : b;
      boolean weekdayA = a.timex().matches("XXXX-WXX-\\d");
      boolean weekdayB = b.timex().matches("XXXX-WXX-\\d");
      if (weekdayA && !weekdayB && b.kind() == Stretch.Kind.DAY && !b.timex().startsWith("XXXX") && Calendar.weekday(w.at(k + 1)) != null) {
        // "Monday to Friday next week": the week the second weekday names is the first's too
        LocalDate d = b.start().toLocalDate().with(java.time.DayOfWeek.of(a.timex().charAt(a.timex().length() - 1) - '0'));
        if (!d.isBefore(b.start().toLocalDate())) {
          return null; // "Friday to Monday next week": which Friday is not said
        }
        a = Stretch.day(d.toString(), d);
        weekdayA = false;
      }
      if (weekdayA != weekdayB && (weekdayA ? b : a).timex().startsWith("XXXX")) {
        return null; // "from May 5 to Friday": which Friday depends on a year the text does not give
      }
      if (a.kind() == Stretch.Kind.DAY && weekdayB) {
        // "from next Monday to Friday", "from Monday to Friday": the first such weekday after the first day
        LocalDate d = a.start().toLocalDate().with(java.time.temporal.TemporalAdjusters.next(
            java.time.DayOfWeek.of(b.timex().charAt(b.timex().length() - 1) - '0')));
        b = Stretch.day(a.timex().startsWith("XXXX-WXX") ? b.timex() : d.toString(), d);
      }
      if (yearless && !b.start().isAfter(a.start())) {
        b = new Stretch(b.timex(), b.start().plusYears(1), b.end() == null ? null : b.end().plusYears(1), b.kind()); // "from April until the end of June"
      }
      return b.start().isAfter(a.start()) ? unknownYears(between(a, b), yearless) : null;
    }

    /**
     * "the end of 2008" as a range's bound: the instant it ends (2009-01-01); "the start of" its
     * first day, "the middle of" the day halfway (2007-07-02), as theirs. Null for other words.
     */
    private Stretch edgePoint(int from, int to) {
      int i = w.at(from).equals("the") ? from + 1 : from;
      String e = w.at(i);
      if (!POINT_EDGES.contains(e) || !w.at(i + 1).equals("of")) {
        return null;
      }
      Stretch p = single(i + 2, to);
      if (p == null || p.start() == null || p.end() == null || p.kind() != Stretch.Kind.PERIOD && p.kind() != Stretch.Kind.DAY) {
        return null;
      }
      LocalDate d = e.equals("end") ? p.end().toLocalDate() : e.equals("middle")
          ? p.start().toLocalDate().plusDays(ChronoUnit.DAYS.between(p.start(), p.end()) / 2) : p.start().toLocalDate();
      String timex = p.timex().startsWith("XXXX") ? "XXXX" + d.toString().substring(4) : d.toString();
      return Stretch.day(timex, d);
    }

    /** A range between two parts that name no year keeps its years unknown in the timex: "(XXXX-04-01,XXXX-07-01,P3M)". */
    private static Stretch unknownYears(Stretch span, boolean yearless) {
      return yearless ? span.withTimex(span.timex().replaceAll("(?<=[(,])\\d{4}-", "XXXX-")) : span;
    }

    /** "now", "today", "date" in "to date", "current date": the reference date as a range's end. */
    private boolean now(int from, int to) {
      return to - from == 1 && (w.at(from).equals("now") || w.at(from).equals("date") || w.at(from).equals("present"))
          || to - from == 2 && (w.at(from).equals("current") && w.at(from + 1).equals("date")
              || w.at(from).equals("the") && w.at(from + 1).equals("present")); // "2015 to present", "to the present"
    }

    /** A range between two moments, or a moment and a clock time on its day: "(2016-11-07T14,2016-11-08T16:30,PT26H30M)". */
    private Stretch moments(Stretch a, Stretch b) {
      LocalDateTime s = a.start();
      LocalDateTime e = b.start();
      String ta = a.timex();
      String tb = b.timex();
      if (a.kind() == Stretch.Kind.CLOCK) {
        s = today.atTime(s.toLocalTime());
        ta = today + ta;
      } else if (b.kind() == Stretch.Kind.CLOCK) {
        e = s.toLocalDate().atTime(e.toLocalTime());
        tb = ta.substring(0, ta.indexOf('T')) + tb; // the day as the first part writes it: "XXXX-WXX-4T21:00"
      } else if (a.kind() != Stretch.Kind.MOMENT || b.kind() != Stretch.Kind.MOMENT) {
        return null;
      }
      if (!e.isAfter(s) && tb.startsWith("XXXX-WXX-") && ChronoUnit.DAYS.between(e, s) < 7) {
        e = e.plusWeeks(1); // "from Monday 9am to Friday 5pm": a weekday ending a range is the first one after its start
      }
      if (!e.isAfter(s)) {
        return null;
      }
      long minutes = ChronoUnit.MINUTES.between(s, e);
      String d = "PT" + (minutes >= 60 ? minutes / 60 + "H" : "") + (minutes % 60 != 0 ? minutes % 60 + "M" : "");
      return Stretch.period("(" + ta + "," + tb + "," + d + ")", s, e);
    }

    /** {@code a} twelve hours on when that keeps it before {@code b}, a p.m. clock time on its day. */
    private static Stretch sharedHalf(Stretch a, Stretch b) {
      java.time.LocalTime t = a.start().toLocalTime();
      java.time.LocalTime u = b.start().toLocalTime();
      if (t.getHour() >= 12 || u.getHour() < 12 || !t.plusHours(12).isBefore(u) && !t.plusHours(12).equals(u)) {
        return a;
      }
      int at = a.timex().lastIndexOf('T');
      String later = String.format("T%02d", t.getHour() + 12) + a.timex().substring(at + 3);
      return new Stretch(a.timex().substring(0, at) + later, a.start().plusHours(12), null, a.kind());
    }

    /** Days, periods and moments can bound a range; clock times of no day and durations cannot. */
    private static boolean calendar(Stretch s) {
      return s.start() != null && (s.kind() == Stretch.Kind.DAY || s.kind() == Stretch.Kind.PERIOD || s.kind() == Stretch.Kind.MOMENT);
    }

    private LocalDate sameYearAfter(LocalDate start, DateParts p) {
      LocalDate d = LocalDate.of(start.getYear(), p.month(), p.day());
      return d.isAfter(start) ? d : d.plusYears(1);
    }

    private Stretch clockRange(Clock.Time a, Clock.Time b) {
      LocalDateTime s = today.atTime(a.hour(), Math.max(0, a.minute()));
      LocalDateTime e = today.atTime(b.hour(), Math.max(0, b.minute()));
      if (!e.isAfter(s)) {
        e = e.plusDays(1);
      }
      long minutes = ChronoUnit.MINUTES.between(s, e);
      String d = "PT" + (minutes >= 60 ? minutes / 60 + "H" : "") + (minutes % 60 != 0 ? minutes % 60 + "M" : "");
      return new Stretch("(" + a.timex() + "," + b.timex() + "," + d + ")", s, e, Stretch.Kind.CLOCK_PERIOD);
    }

    /** "(start,end,duration)" from the start of {@code a} to the start of {@code b}. */
    private Stretch between(Stretch a, Stretch b) {
      LocalDate s = a.start().toLocalDate();
      LocalDate e = b.start().toLocalDate();
      String d;
      if (s.getDayOfMonth() == 1 && e.getDayOfMonth() == 1) {
        long months = ChronoUnit.MONTHS.between(s, e);
        d = year(a) && year(b) ? "P" + months / 12 + "Y" : "P" + months + "M"; // years only between years, as theirs
      } else {
        d = "P" + ChronoUnit.DAYS.between(s, e) + "D";
      }
      return Stretch.period("(" + point(a) + "," + point(b) + "," + d + ")", s, e);
    }

    /** A whole calendar year ("2007", "1990"), not a part of one nor a day. */
    private static boolean year(Stretch s) {
      return s.kind() == Stretch.Kind.PERIOD && s.end() != null && s.start().getDayOfYear() == 1
          && s.start().toLocalTime().equals(java.time.LocalTime.MIDNIGHT) && s.start().plusYears(1).equals(s.end());
    }

    private static String point(Stretch s) {
      return s.kind() == Stretch.Kind.DAY ? s.timex() : s.start().toLocalDate().toString();
    }

    // ---- one expression

    Stretch single(int from, int to) {
      if (from >= to) {
        return null;
      }
      Stretch s = DayTimes.timeOfDay(this, from, to);
      if (s == null) {
        s = Shifts.durationBased(this, from, to);
      }
      if (s == null) {
        s = RelativeDates.relative(this, from, to);
      }
      if (s == null) {
        s = NamedPeriods.edge(this, from, to);
      }
      if (s == null) {
        s = NamedPeriods.named(this, from, to);
      }
      if (s == null) {
        DateParts p = DateParts.parse(w, from, to, false, today.getYear());
        s = p == null ? null : p.toStretch(ref);
      }
      s = s != null ? s : daysOfAMonth(from, to);
      s = s != null ? s : ordinalDay(from, to);
      s = s != null ? s : dateOfAYearNamed(from, to);
      return s != null ? s : possessive(from, to);
    }

    /** "from 4-23 in next month", "between 4 and 23 of May", "between 4 and 22 this month": days of the month named after them. */
    private Stretch daysOfAMonth(int from, int to) {
      boolean between = w.at(from).equals("between");
      int s = between || w.at(from).equals("from") ? from + 1 : from;
      if (s == from || to - s < 4) {
        return null;
      }
      int named = w.at(s + 3).equals("in") || w.at(s + 3).equals("of") ? s + 4 : s + 3; // "between 4 and 22 this month"
      Integer a = DateParts.day(w.at(s));
      Integer b = DateParts.day(w.at(s + 2));
      String link = w.at(s + 1);
      Stretch m = a == null || b == null || b <= a || !(RANGE.contains(link) || between && link.equals("and")) ? null : single(named, to);
      if (m == null || m.kind() != Stretch.Kind.PERIOD || m.start() == null || m.end() == null || m.start().getDayOfMonth() != 1
          || !m.start().plusMonths(1).equals(m.end()) || b > m.start().toLocalDate().lengthOfMonth()) {
        return null;
      }
      LocalDate first = m.start().toLocalDate().withDayOfMonth(a);
      LocalDate last = first.withDayOfMonth(b);
      String month = m.timex().startsWith("XXXX") ? "XXXX" + first.toString().substring(4, 7) : first.toString().substring(0, 7);
      return Stretch.period("(" + month + first.toString().substring(7) + "," + month + last.toString().substring(7) + ",P"
          + (b - a) + "D)", first, last);
    }

    /**
     * "on the 18th": a day written as an ordinal after its article is a day of a month not said, the
     * nearest such day, as after "the week of" (DayTimes); "the 17" alone may count anything and stays unread.
     */
    private Stretch ordinalDay(int from, int to) {
      return to - from == 2 && ORDINAL_DAY.matcher(w.at(from + 1)).matches() ? DayTimes.dayOfSomeMonth(this, from, to) : null;
    }

    /**
     * A month, or a month and day, of a year named relatively: "September last year", "May 5 of
     * next year", "the September of this year" (so "last year's September"). Null unless the rest is one calendar year.
     */
    private Stretch dateOfAYearNamed(int from, int to) {
      int i = w.at(from).equals("the") ? from + 1 : from;
      if (Calendar.month(w.at(i)) == null && Calendar.month(w.at(i + 1)) == null || to - i < 3) {
        return null; // cheap test first: a month leads
      }
      for (int j = i + 1; j <= i + 2 && j < to; j++) {
        DateParts d = DateParts.parse(w, i, j, false, today.getYear());
        int k = w.at(j).equals("of") || w.at(j).equals("in") || w.at(j).equals(",") ? j + 1 : j;
        Stretch y = d == null || d.year() != null || d.month() == null || d.weekday() != null || k >= to ? null : single(k, to);
        if (y != null && y.kind() == Stretch.Kind.PERIOD && YEAR.matcher(y.timex()).matches()) {
          return new DateParts(Integer.valueOf(y.timex()), d.month(), d.day(), null).toStretch(ref);
        }
      }
      return null;
    }

    /** "next year's first quarter" read as "the first quarter of next year". */
    private Stretch possessive(int from, int to) {
      for (int k = from + 1; k < to - 1; k++) {
        if (w.at(k).equals("'s")) {
          List<String> words = new java.util.ArrayList<>(List.of("the"));
          words.addAll(w.list().subList(k + 1, to));
          words.add("of");
          words.addAll(w.list().subList(from, k));
          return words.contains("'s") ? null : new Reader(Words.of(String.join(" ", words)), ref).single(0, words.size());
        }
      }
      return null;
    }

    Stretch dayOf(int from, int to) {
      Stretch s = from < to ? single(from, to) : null;
      return s != null && s.kind() == Stretch.Kind.DAY ? s : null;
    }
  }

  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}");
  private static final java.util.regex.Pattern ORDINAL_DAY = java.util.regex.Pattern.compile("\\d{1,2}(st|nd|rd|th)");
  private static final java.util.regex.Pattern ISO_WEEK = java.util.regex.Pattern.compile("\\d{4}-W\\d\\d");

  /** Longer entities are not read: the splits tried grow with length, and real dates are short. */
  static final int MAX_WORDS = 16;
}
