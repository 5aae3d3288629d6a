package io.nerbyoc.values;

import io.nerbyoc.lists.WordLists;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * Amounts of time and the days they reach, for {@link Temporals}: "three weeks" (a duration),
 * "three weeks ago", "in two weeks" (a day), "within 9 months" (from the reference date to that
 * day), "three weeks from tomorrow", "2 weeks before Christmas" (a day counted from another),
 * "for 3 days from today" (a stretch from a day), "62 years old" (an age).
 */
final class Shifts {
  private Shifts() {}

  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
  /** Words that count an amount from the day after them, and which way. */
  private static final Set<String> AFTER = WordLists.set(Shifts.class, "shift-after-words");
  /** Units "all" makes a duration of: "all day" is P1D, "all month" P1M. */
  private static final Set<String> ALL_OF = Set.of("day", "week", "month", "year");
  /** Words before one unit that make a duration of all of it, as theirs read them: "whole day", "a full year", "the entire hour". */
  private static final Set<String> WHOLE = Set.of("whole", "full", "entire");
  /** Words that make days business days, Monday to Friday: "3 business days" is P3BD, as theirs write it. */
  private static final Set<String> BUSINESS = Set.of("business", "working");
  /**
   * Units counted whole, never added to a day: nights of a stay are days (as theirs), weekends
   * TIMEX3's "WE" ("three weekends" P3WE).
   */
  private static final java.util.Map<String, String> COUNTED_APART = java.util.Map.of("night", "D", "weekend", "WE");
  private static final Set<String> STARTING = WordLists.set(Shifts.class, "shift-starting-words");

  /**
   * "the whole day", "a full year", "for the entire hour": all of one unit, a duration of one, as theirs
   * read it (and as "all day"); null otherwise. Read before "the whole" and "entire" are taken for
   * modifiers of a period ("the whole of 2015" is 2015).
   */
  static Stretch wholeUnit(Words w, int from, int to) {
    int g = w.at(from).equals("for") ? from + 1 : from;
    g = w.at(g).equals("the") || w.at(g).equals("a") ? g + 1 : g;
    String last = w.at(to - 1);
    return to - g == 2 && WHOLE.contains(w.at(g)) && (ALL_OF.contains(last) || last.equals("hour"))
        ? Stretch.timexOnly(Durations.parse(Words.of("1 " + last), 0, 2).timex()) : null;
  }

  /** "yo", "y/o", "y.o.": years old, as clinical notes abbreviate it. */
  private static final Set<String> YEARS_OLD = Set.of("yo", "y/o", "y.o");

  /** An age of a whole number of years, "P87Y"; none for a fraction or zero. */
  private static Stretch years(Numbers.Parsed n) {
    return n.value().signum() <= 0 || n.value().scale() > 0 ? null : Stretch.timexOnly("P" + n.value().toPlainString() + "Y");
  }

  static Stretch durationBased(Temporals.Reader r, int from, int to) {
    Stretch weekday = weekdayOfReachedWeek(r, from, to);
    if (weekday != null) {
      return weekday;
    }
    String first = r.w.at(from);
    String last = r.w.at(to - 1);
    if (last.equals("ago") || last.equals("hence") || last.equals("now") && r.w.at(to - 2).equals("from")) {
      int end = last.equals("now") ? to - 2 : to - 1;
      Durations.Compound a = Durations.compound(r.w, from, end);
      return a == null ? null : reached(a, r.ref, last.equals("ago") ? -1 : 1);
    }
    if (first.equals("in") || first.equals("within")) {
      return ahead(r, from + 1, to, first.equals("within"));
    }
    int ageAt = first.equals("the") && r.w.at(from + 1).equals("age") && r.w.at(from + 2).equals("of") ? from + 3 // "the age of 24"
        : first.equals("age") && r.w.at(from + 1).equals("of") ? from + 2 : first.equals("age") ? from + 1 : -1;
    if (ageAt > 0 && to - ageAt == 1 && Numbers.at(r.w, ageAt) != null && Numbers.at(r.w, ageAt).end() == to) {
      return years(Numbers.at(r.w, ageAt)); // "a man of age 87": an age in years
    }
    Numbers.Parsed aged = Numbers.at(r.w, from);
    if (aged != null && aged.end() < to && YEARS_OLD.contains(String.join("", r.w.list().subList(aged.end(), to)))
        && aged.value().compareTo(java.math.BigDecimal.valueOf(150)) <= 0) {
      return years(aged); // "an 87 yo man", "45 y/o"; a person's age, so "2016 yo" (a year, then slang) is none
    }
    if (last.equals("age") && r.w.at(to - 2).equals("of")) {
      Durations.Amount a = Durations.parse(r.w, from, to - 2); // "95 years of age"
      return a == null ? null : Stretch.timexOnly(a.timex());
    }
    if (last.equals("old") || last.equals("later") || last.equals("earlier") || last.equals("long")) {
      Durations.Compound a = Durations.compound(r.w, from, to - 1);
      return a == null ? null : Stretch.timexOnly(a.timex()); // an age, or a span from a time the text names
    }
    Stretch hours = forHours(r, from, to);
    if (hours == null) {
      hours = dayForHours(r, from, to);
    }
    if (hours != null) {
      return hours;
    }
    Stretch counted = fromDay(r, from, to);
    if (counted != null) {
      return counted;
    }
    int f = first.equals("the") || first.equals("for") ? from + 1 : from;
    if (to - f == 2 && r.w.at(f).equals("all") && ALL_OF.contains(last)) { // "all day": the whole of one, as TimeML writes it
      return Stretch.timexOnly(Durations.parse(Words.of("1 " + last), 0, 2).timex());
    }
    if (to - f >= 3 && BUSINESS.contains(r.w.at(to - 2)) && (last.equals("day") || last.equals("days"))) { // "3 business days"
      Numbers.Parsed n = Numbers.at(r.w, f);
      boolean agrees = n != null && (n.value().compareTo(java.math.BigDecimal.ONE) == 0) == last.equals("day");
      return !agrees || n.end() != to - 2 || n.value().scale() > 0 || n.value().signum() <= 0 ? null
          : Stretch.timexOnly("P" + n.value().toPlainString() + "BD");
    }
    String apart = COUNTED_APART.get(last.endsWith("s") ? last.substring(0, last.length() - 1) : last);
    if (apart != null) { // "for 2 nights": a stay counted in days, as theirs (P2D); "three weekends" P3WE
      Numbers.Parsed n = Numbers.at(r.w, f);
      boolean agrees = n != null && (n.value().compareTo(java.math.BigDecimal.ONE) == 0) == !last.endsWith("s");
      return !agrees || n.end() != to - 1 || n.value().scale() > 0 || n.value().signum() <= 0 ? null // not "three night markets"
          : Stretch.timexOnly("P" + n.value().toPlainString() + apart);
    }
    Durations.Compound a = Durations.compound(r.w, f, to);
    return a == null ? null : Stretch.timexOnly(a.timex());
  }

  /**
   * A weekday and an amount that reaches a day, either order: "Monday two weeks from now", "in 3
   * days on Friday", "Thursday, two years from now": that weekday of the ISO week reached.
   */
  private static Stretch weekdayOfReachedWeek(Temporals.Reader r, int from, int to) {
    Integer first = Calendar.weekday(r.w.at(from));
    Integer last = to - from >= 3 ? Calendar.weekday(r.w.at(to - 1)) : null;
    if (first == null && last == null || to - from < 3) {
      return null;
    }
    int s = first != null ? (r.w.at(from + 1).equals(",") ? from + 2 : from + 1) : from;
    int e = first != null ? to : (r.w.at(to - 2).equals("on") || r.w.at(to - 2).equals(",") ? to - 2 : to - 1);
    Stretch day = s < e ? durationBased(r, s, e) : null;
    if (day == null || day.kind() != Stretch.Kind.DAY) {
      return null;
    }
    java.time.LocalDate d = day.start().toLocalDate().with(java.time.DayOfWeek.of(first != null ? first : last));
    return Stretch.day(d.toString(), d);
  }

  /** "in two weeks": the day it reaches; "within 9 months": the stretch up to it. */
  private static Stretch ahead(Temporals.Reader r, int from, int to, boolean within) {
    int f = from;
    if (within && r.w.at(f).equals("the")) {
      f++;
    }
    if (within && (r.w.at(f).equals("next") || r.w.at(f).equals("coming"))) {
      f++; // "within the next 10 months"
    }
    Durations.Compound a = Durations.compound(r.w, f, to);
    if (a == null) {
      return within ? null : fromDay(r, from, to); // "in two years since 2011": the day counted from 2011
    }
    if (!within) {
      return reached(a, r.ref, 1);
    }
    LocalDateTime e = a.add(r.ref, 1);
    if (e == null) {
      return null;
    }
    if (a.clock()) {
      return Stretch.period("(" + r.ref.format(SECONDS) + "," + e.format(SECONDS) + "," + a.timex() + ")", r.ref, e);
    }
    return CalendarPeriods.rangeTimex(r.today, e.toLocalDate(), a.timex());
  }

  /**
   * "three weeks from tomorrow", "3 days after January 12th", "2 weeks before Christmas": the day
   * reached from a day the text names; "for 3 days from today", "a week starting tomorrow": the
   * stretch from that day.
   */
  private static Stretch fromDay(Temporals.Reader r, int from, int to) {
    return fromDay(r, from, to, false);
  }

  /**
   * "less than 3 days after tomorrow", "up to a week from Monday": an amount bounded from above,
   * counted from a day, is the stretch from that day to the day it reaches, as theirs.
   */
  static Stretch boundedFromDay(Temporals.Reader r, int from, int to) {
    return fromDay(r, from, to, true);
  }

  private static Stretch fromDay(Temporals.Reader r, int from, int to, boolean bounded) {
    boolean stretch = bounded || r.w.at(from).equals("for");
    int f = r.w.at(from).equals("for") ? from + 1 : from;
    for (int k = f + 1; k < to - 1; k++) {
      String link = r.w.at(k);
      boolean starting = STARTING.contains(link);
      if (!AFTER.contains(link) && !link.equals("before") && !starting) {
        continue;
      }
      Durations.Compound a = Durations.compound(r.w, f, k > f && r.w.at(k - 1).equals(",") ? k - 1 : k);
      if (a == null) {
        continue;
      }
      int d = starting && r.w.at(k + 1).equals("from") ? k + 2 : k + 1; // "starting from next Monday"
      Stretch day = r.dayOf(d, to);
      if (day == null && link.equals("since")) {
        day = startOf(r.single(d, to)); // "two years since 2011": counted from the period's start, as theirs
      }
      if (day == null && (stretch || starting)) {
        return fromMoment(r, a, d, to); // "a day starting this Friday at 5 pm"
      }
      if (day == null) {
        return null;
      }
      if (stretch || starting) {
        LocalDateTime e = a.add(day.start(), 1);
        return e == null || a.clock() ? null : CalendarPeriods.rangeTimex(day.start().toLocalDate(), e.toLocalDate(), a.timex());
      }
      if (a.clock() && day.kind() != Stretch.Kind.MOMENT) {
        return null; // "3 minutes from today": from which moment of the day the text does not say (midnight would be a guess)
      }
      return reached(a, day.start(), link.equals("before") ? -1 : 1);
    }
    return null;
  }

  /** A stretch from a moment on a day: "(2019-10-11T17:00:00,2019-10-12T17:00:00,P1D)", as theirs. */
  private static Stretch fromMoment(Temporals.Reader r, Durations.Compound a, int from, int to) {
    Stretch m = r.single(from, to);
    LocalDateTime e = m == null || m.kind() != Stretch.Kind.MOMENT ? null : a.add(m.start(), 1);
    return e == null ? null : Stretch.period("(" + m.start().format(SECONDS) + "," + e.format(SECONDS) + "," + a.timex() + ")", m.start(), e);
  }

  /** The first day of a calendar period ("2011"), or null. */
  private static Stretch startOf(Stretch p) {
    if (p == null || p.kind() != Stretch.Kind.PERIOD || p.start() == null || p.end() == null || p.timex().startsWith("XXXX")) {
      return null;
    }
    java.time.LocalDate d = p.start().toLocalDate();
    return Stretch.day(d.toString(), d);
  }

  /** "from 2pm for 2 hours", "for 3 hours from 10 am": the hours from that time, "(T14,T16:00:00,PT2H)" as theirs. */
  private static Stretch forHours(Temporals.Reader r, int from, int to) {
    int f = r.w.at(from).equals("from") ? from + 1 : from;
    for (int k = f + 1; k < to - 1; k++) {
      Clock.Time start = null;
      Durations.Compound a = null;
      if (r.w.at(k).equals("for")) { // "from 2pm for 2 hours"
        start = Clock.parse(r.w, f, k);
        if (start == null && f > from) {
          Integer h = Clock.bareHour(r.w, f, k); // "from 9 for 2.5 hrs"
          start = h == null ? null : new Clock.Time(h, -1, -1, false);
        }
        a = start == null ? null : Durations.compound(r.w, k + 1, to);
      } else if (r.w.at(k).equals("from") && r.w.at(from).equals("for")) { // "for 3 hours from 10 am"
        a = Durations.compound(r.w, from + 1, k);
        start = a == null ? null : Clock.parse(r.w, k + 1, to);
        Integer h = a != null && start == null ? Clock.bareHour(r.w, k + 1, to) : null;
        start = h == null || h == 0 ? start : new Clock.Time(h, -1, -1, false); // "for 2.5 hours from 9"
      }
      if (start != null && a != null && a.clock()) {
        LocalDateTime s = r.today.atTime(start.hour(), Math.max(0, start.minute()));
        LocalDateTime e = a.add(s, 1);
        if (e == null || !e.toLocalDate().equals(s.toLocalDate())) {
          return null;
        }
        String end = String.format("T%02d:%02d:%02d", e.getHour(), e.getMinute(), e.getSecond());
        long minutes = java.time.temporal.ChronoUnit.MINUTES.between(s, e);
        String d = "PT" + (minutes >= 60 ? minutes / 60 + "H" : "") + (minutes % 60 != 0 ? minutes % 60 + "M" : "");
        return new Stretch("(" + start.timex() + "," + end + "," + d + ")", s, e, Stretch.Kind.CLOCK_PERIOD);
      }
    }
    return null;
  }

  /** "14th Feb from 9:30am for 7 hours": those hours on that day, "(XXXX-02-14T09:30,XXXX-02-14T16:30:00,PT7H)". */
  private static Stretch dayForHours(Temporals.Reader r, int from, int to) {
    for (int k = from + 1; k < to - 2; k++) {
      String w = r.w.at(k);
      if (!w.equals("for") && !w.equals("from")) {
        continue;
      }
      Stretch day = r.dayOf(from, k);
      Stretch hours = day == null ? null : forHours(r, k, to);
      if (hours == null) {
        continue;
      }
      String d = day.timex();
      String[] p = hours.timex().substring(1, hours.timex().length() - 1).split(",");
      LocalDateTime s = day.start().toLocalDate().atTime(hours.start().toLocalTime());
      LocalDateTime e = s.plus(java.time.Duration.between(hours.start(), hours.end()));
      return Stretch.period("(" + d + p[0] + "," + d + p[1] + "," + p[2] + ")", s, e);
    }
    return null;
  }

  /** The day (or, for hours and minutes, the moment) {@code a} reaches from {@code t}. */
  private static Stretch reached(Durations.Compound a, LocalDateTime t, int sign) {
    LocalDateTime at = a.add(t, sign);
    if (at == null) {
      return null;
    }
    if (a.clock()) {
      return new Stretch(at.format(SECONDS), at, null, Stretch.Kind.MOMENT);
    }
    return Stretch.day(at.toLocalDate().toString(), at.toLocalDate());
  }
}
