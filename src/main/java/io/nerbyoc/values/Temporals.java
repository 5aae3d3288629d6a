package io.nerbyoc.values;

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
    return s == null ? null : s.toValue();
  }

  private static final List<List<String>> MODIFIERS = List.of(
      List.of("not", "less", "than"), List.of("not", "more", "than"), List.of("no", "less", "than"),
      List.of("no", "more", "than"), List.of("more", "than"), List.of("less", "than"), List.of("at", "least"), List.of("up", "to"),
      List.of("just", "over"), List.of("just", "under"), List.of("well", "over"), List.of("as", "long", "as"),
      List.of("as", "many", "as"), List.of("nearly"), List.of("almost"), List.of("about"), List.of("around"),
      List.of("approximately"), List.of("roughly"), List.of("some"), List.of("over"), List.of("under"),
      List.of("circa"), List.of("c"), List.of("only"), List.of("barely"), List.of("just"), List.of("exactly"));
  private static final Set<String> RANGE = Set.of("to", "-", "–", "—", "through", "thru", "until", "till", "~");
  private static final Set<String> LAST = CalendarPeriods.LAST;
  private static final Set<String> NEXT = CalendarPeriods.NEXT;
  private static final Set<String> THIS = Set.of("this", "current", "the");
  private static final Set<String> EDGES = Set.of("early", "mid", "middle", "late", "earlier", "later", "end",
      "beginning", "start", "rest", "remainder", "course", "close");
  private static final Map<String, Integer> PERIOD_ORDINALS = Map.ofEntries(
      Map.entry("first", 1), Map.entry("1st", 1), Map.entry("second", 2), Map.entry("2nd", 2), Map.entry("third", 3),
      Map.entry("3rd", 3), Map.entry("fourth", 4), Map.entry("4th", 4));

  /** One entity's words against one reference date. */
  private static final class Reader {
    private final Words w;
    private final LocalDateTime ref;
    private final LocalDate today;

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
      from = modifier(from);
      return any(from, to);
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

    private Stretch range(int from, int to) {
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
        Integer bare = left == null ? Clock.bareHour(w, s, k) : null;
        if (bare != null) {
          left = new Clock.Time(bare, -1, -1, false); // "9" in "9 - 10 a.m."
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
      if (l != null && r != null) {
        DateParts right2 = r.day() != null && r.month() == null ? r.completedBy(l) : r; // "May 5 - 7"
        DateParts left2 = l.completedBy(right2);
        right2 = right2.year() == null ? right2.completedBy(left2) : right2;
        Stretch a = left2.toStretch(ref);
        Stretch b = right2.toStretch(ref);
        if (a != null && b != null && left2.year() == null && right2.year() == null && left2.day() == null
            && !b.start().isAfter(a.start())) {
          b = Stretch.period(b.timex(), b.start().plusYears(1), b.end().plusYears(1)); // "from Nov to March"
        }
        if (a != null && b != null && b.start().isAfter(a.start())) {
          if (left2.year() == null && right2.year() == null && a.kind() == Stretch.Kind.DAY) {
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
      Stretch a = single(s, k);
      Stretch b = single(k + 1, to);
      if (a == null || b == null || !calendar(a) || !calendar(b)) {
        return null;
      }
      if (!endOf(k + 1)) {
        return b.start().isAfter(a.start()) ? between(a, b) : null;
      }
      // "to the end of 2008": up to its end, the duration in months, as theirs
      Stretch upTo = between(a, Stretch.period(b.timex(), b.end(), b.end()));
      long months = ChronoUnit.MONTHS.between(upTo.start(), upTo.end());
      boolean whole = upTo.start().plusMonths(months).equals(upTo.end());
      return whole ? upTo.withTimex(upTo.timex().replaceAll(",P\\d+Y\\)$", ",P" + months + "M)")) : upTo;
    }

    /** Days, periods and moments can bound a range; clock times of no day and durations cannot. */
    private static boolean calendar(Stretch s) {
      return s.start() != null && (s.kind() == Stretch.Kind.DAY || s.kind() == Stretch.Kind.PERIOD || s.kind() == Stretch.Kind.MOMENT);
    }

    private boolean endOf(int i) {
      int j = w.at(i).equals("the") ? i + 1 : i;
      return w.at(j).equals("end") && w.at(j + 1).equals("of");
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
        d = months % 12 == 0 ? "P" + months / 12 + "Y" : "P" + months + "M";
      } else {
        d = "P" + ChronoUnit.DAYS.between(s, e) + "D";
      }
      return Stretch.period("(" + point(a) + "," + point(b) + "," + d + ")", s, e);
    }

    private static String point(Stretch s) {
      return s.kind() == Stretch.Kind.DAY ? s.timex() : s.start().toLocalDate().toString();
    }

    // ---- one expression

    private Stretch single(int from, int to) {
      if (from >= to) {
        return null;
      }
      Stretch s = timeOfDay(from, to);
      if (s == null) {
        s = durationBased(from, to);
      }
      if (s == null) {
        s = relative(from, to);
      }
      if (s == null) {
        s = edge(from, to);
      }
      if (s == null) {
        s = named(from, to);
      }
      if (s == null) {
        DateParts p = DateParts.parse(w, from, to, false, today.getYear());
        s = p == null ? null : p.toStretch(ref);
      }
      return s;
    }

    // ---- times of day: "9:30 p.m.", "9 a.m. Monday", "this morning", "Monday night", "tonight"

    private Stretch timeOfDay(int from, int to) {
      Clock.Time t = Clock.parse(w, from, to);
      if (t != null) {
        return new Stretch(t.timex(), today.atTime(t.hour(), Math.max(0, t.minute()), Math.max(0, t.second())), null,
            Stretch.Kind.CLOCK);
      }
      // a clock time with its day, either order: "9 a.m. Monday", "6:30 pm on July 30, 1896", "tomorrow 8am"
      for (int k = from + 1; k < to; k++) {
        Clock.Time c = Clock.parse(w, from, k);
        int d = k;
        if (w.at(d).equals(",") || w.at(d).equals("on")) {
          d++;
        }
        Stretch day = c == null ? null : dayOf(d, to);
        if (day == null) {
          c = Clock.parse(w, k, to);
          d = w.at(k - 1).equals(",") || w.at(k - 1).equals("at") ? k - 1 : k;
          day = c == null ? null : dayOf(from, d);
        }
        if (day != null) {
          LocalDateTime at = day.start().toLocalDate().atTime(c.hour(), Math.max(0, c.minute()), Math.max(0, c.second()));
          return new Stretch(day.timex() + c.timex(), at, null, Stretch.Kind.MOMENT);
        }
      }
      Stretch hours = hoursOfDay(from, to);
      if (hours != null) {
        return hours;
      }
      String last = w.at(to - 1);
      Calendar.DayPart part = Calendar.DAY_PARTS.get(last);
      if (part != null) {
        Stretch day = null;
        if (last.equals("tonight") && to - from == 1) {
          day = Stretch.day(today.toString(), today);
        } else if (to - from == 2 && w.at(from).equals("this")) {
          day = Stretch.day(today.toString(), today); // "this morning"
        } else if (to - from == 2 && w.at(from).equals("last") && last.equals("night")) {
          day = Stretch.day(today.minusDays(1).toString(), today.minusDays(1)); // "last night"
        } else if (to - from >= 2 && (EDGES.contains(w.at(from)))) {
          return null; // "late afternoon": an edge of a part of no day
        } else if (to - from >= 2) {
          day = dayOf(from, to - 1);
        }
        return day == null ? null : dayPart(day, part);
      }
      // "the evening of June 1"
      if (w.at(from).equals("the") && Calendar.DAY_PARTS.containsKey(w.at(from + 1)) && w.at(from + 2).equals("of")) {
        Stretch day = dayOf(from + 3, to);
        return day == null ? null : dayPart(day, Calendar.DAY_PARTS.get(w.at(from + 1)));
      }
      return null;
    }

    /** A range of hours with its day, either order: "3:00 to 4:00 tomorrow", "Monday 8 - 9 am". */
    private Stretch hoursOfDay(int from, int to) {
      if (!hasClock(from, to)) {
        return null; // cheap test first: this rule splits the words every way
      }
      for (int k = from + 1; k < to; k++) {
        int end = w.at(k - 1).equals(",") || w.at(k - 1).equals("on") ? k - 1 : k;
        Stretch hours = range(from, end); // "3:00 to 4:00 tomorrow"
        Stretch day = clockPeriod(hours) ? dayOf(k, to) : null;
        if (day == null) {
          int start = w.at(k).equals(",") || w.at(k).equals("from") ? k + 1 : k;
          hours = range(start, to); // "Monday 8 - 9 am"
          day = clockPeriod(hours) ? dayOf(from, k) : null;
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

    private static boolean clockPeriod(Stretch s) {
      return s != null && s.kind() == Stretch.Kind.CLOCK_PERIOD;
    }

    private boolean hasClock(int from, int to) {
      for (int k = from; k < to; k++) {
        String t = w.at(k);
        if (Clock.parse(w, k, k + 1) != null || t.equals("am") || t.equals("pm") || t.equals("a.m") || t.equals("p.m")
            || t.equals("o'clock")) {
          return true;
        }
      }
      return false;
    }

    private Stretch dayOf(int from, int to) {
      Stretch s = from < to ? single(from, to) : null;
      return s != null && s.kind() == Stretch.Kind.DAY ? s : null;
    }

    private Stretch dayPart(Stretch day, Calendar.DayPart p) {
      LocalDate d = day.start().toLocalDate();
      return Stretch.period(day.timex() + "T" + p.code(), d.atTime(p.from(), 0), p.to() == 24 ? d.plusDays(1).atStartOfDay() : d.atTime(p.to(), 0));
    }

    // ---- amounts of time: "three weeks", "three weeks ago", "in two days", "62 years old"

    private Stretch durationBased(int from, int to) {
      String last = w.at(to - 1);
      if (last.equals("ago") || last.equals("hence") || last.equals("now") && w.at(to - 2).equals("from")) {
        int end = last.equals("now") ? to - 2 : to - 1;
        Durations.Amount a = Durations.parse(w, from, end);
        if (a == null || !a.whole() && !a.unit().clock()) {
          return null; // "a year and a half ago": which day is not said
        }
        int sign = last.equals("ago") ? -1 : 1;
        LocalDateTime t = a.whole() ? a.unit().add(ref, sign * a.count().longValue())
            : ref.plusSeconds(sign * a.seconds()); // "half an hour from now"
        if (a.unit().clock()) {
          return new Stretch(t.format(java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss")), t, null, Stretch.Kind.MOMENT);
        }
        return Stretch.day(t.toLocalDate().toString(), t.toLocalDate());
      }
      if (last.equals("age") && w.at(to - 2).equals("of")) {
        Durations.Amount a = Durations.parse(w, from, to - 2); // "95 years of age"
        return a == null ? null : Stretch.timexOnly(a.timex());
      }
      if (last.equals("old") || last.equals("later") || last.equals("earlier") || last.equals("long")) {
        Durations.Amount a = Durations.parse(w, from, to - 1);
        return a == null ? null : Stretch.timexOnly(a.timex()); // an age, or a span from a time the text names
      }
      int f = w.at(from).equals("the") || w.at(from).equals("for") ? from + 1 : from;
      Durations.Amount a = Durations.parse(w, f, to);
      return a == null ? null : Stretch.timexOnly(a.timex());
    }

    // ---- relative to the reference date: "yesterday", "last week", "the past two years", "next Friday"

    private Stretch relative(int from, int to) {
      int n = to - from;
      String first = w.at(from);
      if (n == 1) {
        switch (first) {
          case "today" -> {
            return Stretch.day(today.toString(), today);
          }
          case "yesterday" -> {
            return Stretch.day(today.minusDays(1).toString(), today.minusDays(1));
          }
          case "tomorrow" -> {
            return Stretch.day(today.plusDays(1).toString(), today.plusDays(1));
          }
          default -> { }
        }
      }
      if (n == 4 && first.equals("the") && w.at(from + 1).equals("day")) {
        if (w.at(from + 2).equals("before") && w.at(from + 3).equals("yesterday")) {
          return Stretch.day(today.minusDays(2).toString(), today.minusDays(2));
        }
        if (w.at(from + 2).equals("after") && w.at(from + 3).equals("tomorrow")) {
          return Stretch.day(today.plusDays(2).toString(), today.plusDays(2));
        }
      }
      int i = first.equals("the") && n > 2 ? from + 1 : from;
      String rel = w.at(i);
      // "this past Wednesday", "this coming Friday"
      if (rel.equals("this") && (w.at(i + 1).equals("past") || w.at(i + 1).equals("coming")) && i + 3 == to) {
        Integer wd = Calendar.weekday(w.at(i + 2));
        if (wd != null) {
          return CalendarPeriods.weekday(w.at(i + 1), wd, today);
        }
      }
      boolean last = LAST.contains(rel);
      boolean next = NEXT.contains(rel);
      boolean past = rel.equals("past");
      boolean current = THIS.contains(rel) && (i == from || !rel.equals("the"));
      if (!last && !next && !past && !current) {
        return null;
      }
      // a counted stretch up to or from the reference date: "the past two years", "the next five days"
      if ((past || last || next) && i + 2 < to) {
        Numbers.Parsed num = Numbers.at(w, i + 1);
        if (num != null && num.end() + 1 == to && Durations.UNITS.containsKey(w.at(num.end()))) {
          Durations.Amount a = new Durations.Amount(num.value(), Durations.UNITS.get(w.at(num.end())));
          return CalendarPeriods.counted(a, next, ref);
        }
        return null;
      }
      if (i + 2 != to) {
        return null;
      }
      String unit = w.at(i + 1);
      Integer wd = Calendar.weekday(unit);
      if (wd != null) {
        return CalendarPeriods.weekday(rel, wd, today);
      }
      int step = last || past ? -1 : next ? 1 : 0; // "the past quarter" is the last one, as theirs
      Integer month = Calendar.month(unit);
      if (month != null && !rel.equals("the")) {
        int y = today.getYear() + step;
        return new DateParts(y, month, null, null).toStretch(ref);
      }
      if (Calendar.SEASONS.containsKey(unit) && !rel.equals("the")) {
        return Stretch.timexOnly((today.getYear() + step) + "-" + Calendar.SEASONS.get(unit));
      }
      Stretch period = CalendarPeriods.calendarUnit(unit, step, ref);
      Durations.Unit counted = Durations.UNITS.get(unit);
      if (period == null && counted != null && step != 0) { // "the next hour", "the past fortnight"
        return CalendarPeriods.counted(new Durations.Amount(java.math.BigDecimal.ONE, counted), next, ref);
      }
      return period;
    }

    // ---- edges: "early 2010", "mid-1990s", "late last year", "the end of the year", "earlier this month"

    private Stretch edge(int from, int to) {
      int i = from;
      if (w.at(i).equals("the")) {
        i++;
      }
      String e = w.at(i);
      if (!EDGES.contains(e)) {
        return null;
      }
      int j = i + 1;
      boolean adjective = e.equals("early") || e.equals("mid") || e.equals("late") || e.equals("earlier") || e.equals("later");
      if (!adjective) { // "the end of", "the middle of"; but "the mid-1990s", "the early 1990s"
        if (!w.at(j).equals("of")) {
          return null;
        }
        j++;
      } else if (w.at(j).equals("-")) {
        j++;
      } else if (w.at(j).equals("in") && w.at(j + 1).equals("the")) {
        return null; // "early in the morning": a part of a day
      }
      Stretch base = any(j, to);
      if (base == null) {
        base = calendarUnitAfterThe(j, to);
      }
      if (base == null || base.start() == null || base.end() == null) {
        return null;
      }
      return CalendarPeriods.part(base, e, ref);
    }

    /** "the year", "the month": the reference date's, as in "the end of the year". */
    private Stretch calendarUnitAfterThe(int from, int to) {
      return to - from == 2 && w.at(from).equals("the") ? CalendarPeriods.calendarUnit(w.at(from + 1), 0, ref) : null;
    }

    // ---- named stretches: decades, centuries, quarters, halves, weeks, holidays, seasons, eras

    private Stretch named(int from, int to) {
      int i = w.at(from).equals("the") ? from + 1 : from;
      int n = to - i;
      String t = w.at(i);
      if (n == 1 || n == 2 && w.at(i + 1).equals("'s")) {
        Stretch d = CalendarPeriods.decade(n == 2 ? t + "s" : t, today.getYear());
        if (d != null) {
          return d;
        }
      }
      if (t.equals("fiscal") || t.equals("financial") || w.at(i + 1).equals("fiscal")) {
        return null; // fiscal calendars differ by company and country
      }
      // "the 19th century", "the twentieth century", "19th - century"
      if (n >= 2 && (w.at(to - 1).equals("century") || w.at(to - 1).equals("centuries"))) {
        java.math.BigDecimal c = Numbers.ordinal(w.slice(i, w.at(to - 2).equals("-") ? to - 2 : to - 1));
        if (c != null && c.intValue() >= 1 && c.intValue() <= 30) {
          int start = (c.intValue() - 1) * 100;
          return CalendarPeriods.rangeTimex(LocalDate.of(start, 1, 1), LocalDate.of(start + 100, 1, 1), "P100Y");
        }
        return null;
      }
      Stretch q = quarterOrHalf(i, to);
      if (q != null) {
        return q;
      }
      // "the 15th day of June", "the 15th day of next month"
      if (w.at(i + 1).equals("day") && w.at(i + 2).equals("of")) {
        java.math.BigDecimal d = Numbers.ordinal(w.slice(i, i + 1));
        Stretch m = any(i + 3, to);
        if (d != null && m != null && m.start() != null && m.kind() == Stretch.Kind.PERIOD
            && MONTH_TIMEX.matcher(m.timex()).matches() && d.intValue() >= 1
            && d.intValue() <= m.start().toLocalDate().lengthOfMonth()) {
          LocalDate day = m.start().toLocalDate().withDayOfMonth(d.intValue());
          return Stretch.day(m.timex() + String.format("-%02d", d.intValue()), day);
        }
      }
      // "the third month of 2021", "the 9th month of next year"
      if (w.at(i + 1).equals("month") && w.at(i + 2).equals("of")) {
        java.math.BigDecimal m = Numbers.ordinal(w.slice(i, i + 1));
        Stretch y = any(i + 3, to);
        if (m != null && m.intValue() >= 1 && m.intValue() <= 12 && y != null && y.start() != null
            && FOUR_DIGITS.matcher(y.timex()).matches()) {
          return new DateParts(y.start().getYear(), m.intValue(), null, null).toStretch(ref);
        }
      }
      // "the week of April 12, 1969", "the year 2000"
      if (t.equals("week") && w.at(i + 1).equals("of")) {
        Stretch d = dayOf(i + 2, to);
        return d == null ? null : CalendarPeriods.week(d.start().toLocalDate());
      }
      if (t.equals("year") && n == 2 && DateParts.isYear(w.at(i + 1))) {
        return new DateParts(Integer.parseInt(w.at(i + 1)), null, null, null).toStretch(ref);
      }
      // "the first week of 2021", "the last week of 2016"
      if (n == 4 && (PERIOD_ORDINALS.containsKey(t) || t.equals("last")) && w.at(i + 1).equals("week")
          && w.at(i + 2).equals("of") && DateParts.isYear(w.at(i + 3))) {
        int y = Integer.parseInt(w.at(i + 3));
        LocalDate d = t.equals("last") ? LocalDate.of(y, 12, 28) : LocalDate.of(y, 1, 4).plusWeeks(PERIOD_ORDINALS.get(t) - 1);
        return CalendarPeriods.week(d);
      }
      // seasons: "summer 2004", "the summer of 2004", "last winter" is relative()'s
      if (Calendar.SEASONS.containsKey(t)) {
        int k = w.at(i + 1).equals("of") ? i + 2 : i + 1;
        if (k + 1 == to && DateParts.isYear(w.at(k))) {
          return Stretch.timexOnly(w.at(k) + "-" + Calendar.SEASONS.get(t));
        }
        return n == 1 ? Stretch.timexOnly("XXXX-" + Calendar.SEASONS.get(t)) : null;
      }
      // eras: "AD 51" (years before Christ have no ISO value here)
      if ((t.equals("ad") || t.equals("a.d")) && n == 2 && ERA_YEAR.matcher(w.at(i + 1)).matches()) {
        int y = Integer.parseInt(w.at(i + 1));
        return y == 0 ? null : Stretch.period(String.format("%04d", y), LocalDate.of(y, 1, 1), LocalDate.of(y + 1, 1, 1));
      }
      return holiday(from, to);
    }

    /** "the third quarter of 2019", "Q3 2019", "2019 Q1", "the first half", "H1 2019". */
    private Stretch quarterOrHalf(int i, int to) {
      int months;
      int index;
      int j;
      String t = w.at(i);
      java.util.regex.Matcher m = QUARTER.matcher(t);
      if (m.matches()) {
        months = m.group(3) != null ? 6 : 3;
        index = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        j = w.at(i + 1).equals("-") ? i + 2 : i + 1; // "q1-2019"
      } else if (DateParts.isYear(t) && (to == i + 2 || to == i + 3 && w.at(i + 1).equals("-"))
          && QUARTER_NAME.matcher(w.at(to - 1)).matches()) { // "2019 Q1", "2019-H2"
        int y = Integer.parseInt(t);
        months = w.at(to - 1).startsWith("h") ? 6 : 3;
        index = w.at(to - 1).charAt(1) - '0';
        LocalDate s = LocalDate.of(y, 1, 1).plusMonths((long) (index - 1) * months);
        return CalendarPeriods.rangeTimex(s, s.plusMonths(months), "P" + months + "M");
      } else if (PERIOD_ORDINALS.containsKey(t) || t.equals("last") || t.equals("final")) {
        j = i + 1;
        if (w.at(j).equals("-")) {
          j++;
        }
        String unit = w.at(j);
        if (unit.equals("quarter")) {
          months = 3;
        } else if (unit.equals("half")) {
          months = 6;
        } else {
          return null;
        }
        index = PERIOD_ORDINALS.getOrDefault(t, 12 / months);
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
      if (w.at(j).equals("of")) {
        j++;
      }
      if (j + 1 == to && DateParts.isYear(w.at(j))) {
        year = Integer.parseInt(w.at(j));
      } else if (j + 2 == to && (w.at(j).equals("this") || LAST.contains(w.at(j)) || NEXT.contains(w.at(j)))
          && w.at(j + 1).equals("year")) {
        year = today.getYear() + (LAST.contains(w.at(j)) ? -1 : NEXT.contains(w.at(j)) ? 1 : 0);
      } else if (j + 2 == to && w.at(j).equals("the") && w.at(j + 1).equals("year")) {
        LocalDate s = LocalDate.of(today.getYear(), 1, 1).plusMonths((long) (index - 1) * months);
        Stretch q = CalendarPeriods.rangeTimex(s, s.plusMonths(months), "P" + months + "M"); // "the first quarter of the year"
        return q.withTimex(q.timex().replace(today.getYear() + "-", "XXXX-"));
      }
      if (year == null) {
        return null;
      }
      LocalDate s = LocalDate.of(year, 1, 1).plusMonths((long) (index - 1) * months);
      return CalendarPeriods.rangeTimex(s, s.plusMonths(months), "P" + months + "M");
    }

    /** "Christmas", "Easter 2018", "Thanksgiving Day", "New Year's Eve". */
    private Stretch holiday(int from, int to) {
      int end = to;
      Integer year = null;
      if (to - from >= 2 && DateParts.isYear(w.at(to - 1))) {
        year = Integer.parseInt(w.at(to - 1));
        end = to - 1;
      }
      String name = String.join(" ", w.slice(from, end).list());
      if (!Calendar.isHoliday(name)) {
        return null;
      }
      if (year != null) {
        LocalDate d = Calendar.holiday(name, year);
        return Stretch.day(d.toString(), d);
      }
      LocalDate best = null;
      for (int y = today.getYear() - 1; y <= today.getYear() + 1; y++) {
        LocalDate c = Calendar.holiday(name, y);
        if (best == null || Math.abs(ChronoUnit.DAYS.between(today, c)) < Math.abs(ChronoUnit.DAYS.between(today, best))) {
          best = c;
        }
      }
      LocalDate fixed = Calendar.holiday(name, 2000);
      boolean moves = !Calendar.holiday(name, 2001).withYear(2000).equals(fixed);
      String timex = moves ? best.toString() : String.format("XXXX-%02d-%02d", best.getMonthValue(), best.getDayOfMonth());
      return Stretch.day(timex, best);
    }
  }

  private static final java.util.regex.Pattern MONTH_TIMEX = java.util.regex.Pattern.compile("(\\d{4}|XXXX)-\\d\\d");
  private static final java.util.regex.Pattern FOUR_DIGITS = java.util.regex.Pattern.compile("\\d{4}");
  private static final java.util.regex.Pattern ERA_YEAR = java.util.regex.Pattern.compile("\\d{1,4}");
  private static final java.util.regex.Pattern QUARTER = java.util.regex.Pattern.compile("q([1-4])|([1-4])q|h([12])");
  private static final java.util.regex.Pattern QUARTER_NAME = java.util.regex.Pattern.compile("q[1-4]|h[12]");
  /** Longer entities are not read: the splits tried grow with length, and real dates are short. */
  static final int MAX_WORDS = 16;
}
