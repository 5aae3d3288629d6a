package io.nerbyoc.values;

import io.nerbyoc.lists.WordLists;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clock times over a whole slice of words: "9:30", "9:30 p.m. EST", "3pm", "10 a.m.", "five
 * o'clock", "noon", "midnight", "12 noon". A time zone is read past, not kept: the value is the
 * time as written. Without "a.m."/"p.m." an hour stays as written (Recognizers-Text lists that
 * reading first).
 */
final class Clock {
  private Clock() {}

  /** A time of day; {@code minute}/{@code second} -1 when not written (TIMEX3 "T09"). */
  record Time(int hour, int minute, int second, boolean meridiem) {
    String timex() {
      String t = String.format("T%02d", hour);
      if (minute >= 0) {
        t += String.format(":%02d", minute);
      }
      if (second >= 0) {
        t += String.format(":%02d", second);
      }
      return t;
    }

    Time withMeridiem(boolean pm) {
      return new Time(pm ? hour % 12 + 12 : hour % 12, minute, second, true);
    }
  }

  /** An hour with "ish" glued: "11ish". */
  private static final Pattern ISH = Pattern.compile("(\\d{1,2})ish");
  private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})[:.](\\d\\d)(?:[:.](\\d\\d))?");
  private static final Pattern GLUED = Pattern.compile("(\\d{1,2})(?:[:.](\\d\\d))?(?::(\\d\\d))?(am|pm|a\\.m|p\\.m|a|p)");
  /** Four digits led by a zero are hours and minutes as the 24-hour clock writes them ("0730"); no year or count is written so. */
  private static final Pattern ZERO_HOURS = Pattern.compile("0(\\d)(\\d\\d)");
  private static final Pattern HOURS_MINUTES = Pattern.compile("(\\d{1,2})(\\d\\d)(\\d\\d)?"); // group 3 as CLOCK's, seconds
  /** An "h" between or after hours and minutes, as French and German write the 24-hour clock: "10h30", "22:30h". */
  private static final Pattern H_CLOCK = Pattern.compile("(\\d{1,2})(?:[:.](\\d\\d)h|h(\\d\\d))");
  /** Four digits the 24-hour clock writes, as armies and police say them before "hours": "1630 hours". */
  private static final Pattern MILITARY = Pattern.compile("([01]\\d|2[0-3])([0-5]\\d)");
  private static final Set<String> MILITARY_HOURS = Set.of("hours", "hrs");
  private static final Set<String> AM = WordLists.set(Clock.class, "am-words");
  private static final Set<String> PM = WordLists.set(Clock.class, "pm-words");
  private static final Set<String> ZONES = WordLists.set(Clock.class, "time-zones");
  /** An offset after a zone: "1" of "GMT+1", "05:30" of "UTC+05:30". */
  private static final Pattern ZONE_OFFSET = Pattern.compile("\\d{1,2}(:\\d\\d)?");

  static boolean isZone(String w) {
    return ZONES.contains(w);
  }

  /** The time the whole slice {@code [from, to)} writes, or null. */
  static Time parse(Words w, int from, int to) {
    int end = to;
    if (end - from >= 2 && w.at(end - 2).equals("local") && w.at(end - 1).equals("time")) {
      end -= 2;
    } else if (end - from >= 2 && ZONES.contains(w.at(end - 1))) {
      end -= 1;
    } else if (end - from >= 4 && (w.at(end - 1).equals(")") && w.at(end - 3).equals("(") && ZONES.contains(w.at(end - 2))
        || ZONE_OFFSET.matcher(w.at(end - 1)).matches() && (w.at(end - 2).equals("+") || w.at(end - 2).equals("-"))
        && ZONES.contains(w.at(end - 3)))) {
      end -= 3; // "6pm (GMT)", "6pm GMT+1": the zone read past as ever
    }
    if (end - from >= 3 && w.at(end - 3).equals("past") && (w.at(end - 1).equals("o'clock") || w.at(end - 1).equals("oclock"))) {
      end -= 1; // "half past seven o'clock"
    }
    if (end - from == 3 && (w.at(from + 1).equals("o'clock") || w.at(from + 1).equals("oclock"))
        && (AM.contains(w.at(from + 2)) || PM.contains(w.at(from + 2)))) {
      Integer h = hourWord(w.at(from)); // "seven o'clock p.m."
      return h == null ? null : meridiem(h, null, w.at(from + 2));
    }
    int n = end - from;
    String t = w.at(from);
    if (n == 1) {
      Matcher ish = ISH.matcher(t);
      if (ish.matches() && Integer.parseInt(ish.group(1)) <= 23) {
        return new Time(Integer.parseInt(ish.group(1)), -1, -1, false); // "11ish": about that hour, as theirs read it
      }
      switch (t) {
        case "noon", "midday", "noonish" -> { // "noonish": about noon, as theirs read it
          return new Time(12, -1, -1, true);
        }
        case "midnight" -> {
          return new Time(0, -1, -1, true);
        }
        default -> { }
      }
      Matcher g = GLUED.matcher(t);
      if (g.matches()) {
        Time m = meridiem(hour(g.group(1), 12), g.group(2), g.group(4));
        return m == null || g.group(3) == null ? m : new Time(m.hour(), m.minute(), Integer.parseInt(g.group(3)), true); // "8:00:31am"
      }
      Matcher c = CLOCK.matcher(t);
      if (c.matches() && t.contains(":")) { // "9.30" alone may be a number; with "p.m." it is a time
        return time(c);
      }
      Matcher h = H_CLOCK.matcher(t);
      if (h.matches()) {
        int m = Integer.parseInt(h.group(2) != null ? h.group(2) : h.group(3));
        return Integer.parseInt(h.group(1)) > 23 || m > 59 ? null : new Time(Integer.parseInt(h.group(1)), m, -1, false);
      }
      Matcher z = ZERO_HOURS.matcher(t);
      return z.matches() && Integer.parseInt(z.group(2)) < 60 ? new Time(Integer.parseInt(z.group(1)), Integer.parseInt(z.group(2)), -1, false)
          : null;
    }
    if (n >= 2 && w.at(end - 2).equals("past")) {
      return past(w, from, end);
    }
    if (n >= 4 && w.at(end - 3).equals("past") && (AM.contains(w.at(end - 1)) || PM.contains(w.at(end - 1)))) {
      Time t0 = past(w, from, end - 1); // "twenty minutes past three pm"
      return t0 == null || t0.hour() < 1 || t0.hour() > 12 || hourWord(w.at(end - 2)) == null ? null
          : t0.withMeridiem(PM.contains(w.at(end - 1)));
    }
    if (n >= 3 && (w.at(end - 2).equals("to") || w.at(end - 3).equals("to"))) {
      Time before = minutesTo(w, from, end);
      if (before != null) {
        return before;
      }
    }
    if (n >= 2 && Numbers.isNumberWord(t)) {
      Time spelled = spelledMinutes(w, from, end);
      if (spelled != null) {
        return spelled;
      }
    }
    if (n == 3 && w.at(from + 1).equals(".") && (AM.contains(w.at(from + 2)) || PM.contains(w.at(from + 2)))) {
      Integer h = hourWord(t); // "9.am": the dot of "a.m." misplaced
      return h == null ? null : meridiem(h, null, w.at(from + 2));
    }
    if (n == 2) {
      Time military = military(w, from, end, false);
      if (military != null) {
        return military;
      }
      String u = w.at(from + 1);
      if (t.equals("mid") && u.equals("night")) {
        return new Time(0, -1, -1, true); // "mid night"
      }
      if ((u.equals("noon") || u.equals("midnight")) && (t.equals("12") || t.equals("12:00"))) {
        return new Time(u.equals("noon") ? 12 : 0, t.length() > 2 ? 0 : -1, -1, true); // "12:00 noon", "12 midnight"
      }
      if (u.equals("o'clock") || u.equals("oclock")) {
        Integer h = hourWord(t);
        return h == null ? null : new Time(h, -1, -1, false);
      }
      if (AM.contains(u) || PM.contains(u)) {
        Matcher c = CLOCK.matcher(t);
        if (!c.matches()) {
          c = HOURS_MINUTES.matcher(t); // "1140 a.m.": with its half of the day, four digits are hours and minutes
        }
        if (c.matches()) {
          Time time = time(c);
          return time == null || time.hour() > 12 || time.hour() == 0 ? null : time.withMeridiem(PM.contains(u));
        }
        Integer h = hourWord(t);
        return h == null ? null : meridiem(h, null, u);
      }
    }
    return null;
  }

  /**
   * An hour and its minutes in words, with its half of the day when written: "seven twenty-seven",
   * "one thirty p.m.", "six forty-three minutes" (minutes of ten or more, so that "five six" is no time).
   */
  private static Time spelledMinutes(Words w, int from, int end) {
    Integer h = hourWord(w.at(from));
    int i = w.at(from + 1).equals("-") ? from + 2 : from + 1; // "five-thirty"
    if (h == null || h == 0 || !Numbers.isNumberWord(w.at(i))) {
      return null;
    }
    Numbers.Parsed m = Numbers.at(w, i);
    if (m == null || m.value().scale() > 0) {
      return null;
    }
    int j = m.end();
    Durations.Unit u = Durations.UNITS.get(w.at(j));
    j = u != null && u.clock() && u.letter().equals("M") ? j + 1 : j;
    String half = w.at(j);
    boolean meridiem = (AM.contains(half) || PM.contains(half)) && h <= 12;
    j = meridiem ? j + 1 : j; // "one thirty p.m."
    int minutes = m.value().intValue();
    if (j != end || minutes < 10 || minutes > 59) {
      return null;
    }
    Time t = new Time(h, minutes, -1, false);
    return meridiem ? t.withMeridiem(PM.contains(half)) : t;
  }

  /** Minutes past an hour: "ten past 9", "20 min past eight", "a quarter past 3", "half past 7" (no half of the day). */
  private static Time past(Words w, int from, int end) {
    String hour = w.at(end - 1);
    Integer h = hour.equals("noon") || hour.equals("midday") ? Integer.valueOf(12) : hour.equals("midnight") ? Integer.valueOf(0) : hourWord(hour);
    int i = w.at(from).equals("a") ? from + 1 : from;
    int last = end - 2;
    if (h == null || i >= last) {
      return null;
    }
    int m;
    if (last - i == 1 && (w.at(i).equals("quarter") || w.at(i).equals("half"))) {
      m = w.at(i).equals("half") ? 30 : 15;
    } else {
      Numbers.Parsed p = Numbers.at(w, i);
      int j = p == null ? i : p.end();
      Durations.Unit u = Durations.UNITS.get(w.at(j));
      j = j < last && u != null && u.clock() && u.letter().equals("M") ? j + 1 : j; // "20 min past"
      if (p == null || j != last || p.value().scale() > 0 || p.value().intValue() < 1 || p.value().intValue() > 59) {
        return null;
      }
      m = p.value().intValue();
    }
    return new Time(h % 12 == 0 && h > 0 ? 12 : h, m, -1, false);
  }

  /**
   * Minutes before an hour: "a quarter to 8" (7:45), "20 minutes to nine", "a quarter to eight p.m."
   * (19:45). A bare count needs its unit: "five to seven" may be a range of hours, as theirs read it.
   */
  private static Time minutesTo(Words w, int from, int end) {
    String half = w.at(end - 1);
    boolean meridiem = AM.contains(half) || PM.contains(half);
    int hourAt = meridiem ? end - 2 : end - 1;
    Integer h = hourWord(w.at(hourAt));
    int i = w.at(from).equals("a") ? from + 1 : from;
    int last = hourAt - 1; // the "to"
    if (h == null || h == 0 || h > 12 || !w.at(last).equals("to") || i >= last) {
      return null;
    }
    int m;
    if (last - i == 1 && w.at(i).equals("quarter")) {
      m = 15;
    } else {
      Numbers.Parsed p = Numbers.at(w, i);
      Durations.Unit u = p == null ? null : Durations.UNITS.get(w.at(p.end()));
      if (p == null || p.end() + 1 != last || u == null || !u.clock() || !u.letter().equals("M") || p.value().scale() > 0
          || p.value().intValue() < 1 || p.value().intValue() > 59) {
        return null;
      }
      m = p.value().intValue();
    }
    int hour = meridiem ? (PM.contains(half) ? h % 12 + 12 : h % 12) : h;
    java.time.LocalTime t = java.time.LocalTime.of(hour % 24, 0).minusMinutes(m);
    return new Time(t.getHour(), t.getMinute(), -1, meridiem);
  }

  /**
   * "0800 hours", "at 1630 hours": four digits of the 24-hour clock before "hours" are a time when led
   * by a zero (no count is written so) or after a word that announces a time ({@code cued}); otherwise
   * they may as well count hours ("2000 hours of service"), and are neither ({@link #countOrClock}).
   */
  static Time military(Words w, int from, int to, boolean cued) {
    String t = w.at(from);
    // "19:00 hrs", "07:30 hours": with a colon, a time when no count of hours and minutes reads so ("1:30 hours" may be a length)
    boolean colon = t.length() == 5 && t.charAt(2) == ':' && (t.charAt(0) == '0' || t.compareTo("13") >= 0);
    return to - from == 2 && MILITARY_HOURS.contains(w.at(from + 1)) && (cued || t.startsWith("0") || colon)
        ? clockDigits(t.replace(":", "")) : null;
  }

  /** Four digits as the 24-hour clock writes them ("1630"), for callers that know a time is meant; else null. */
  static Time clockDigits(String t) {
    Matcher m = MILITARY.matcher(t);
    return m.matches() ? new Time(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), -1, false) : null;
  }

  /** "1630 hours": four digits that may be a time on the 24-hour clock or a count of hours. */
  static boolean countOrClock(Words w, int from, int to) {
    return military(w, from, to, true) != null;
  }

  /** True when a word of {@code [from, to)} says a.m. or p.m. ("2pm", "p.m."). */
  static boolean meridiemIn(Words w, int from, int to) {
    for (int k = from; k < to; k++) {
      if (AM.contains(w.at(k)) || PM.contains(w.at(k)) || GLUED.matcher(w.at(k)).matches()) {
        return true;
      }
    }
    return false;
  }

  /** True when the slice names its half of the day ("p.m."), so a range's first hour can borrow it. */
  static boolean hasMeridiem(Words w, int from, int to) {
    Time t = parse(w, from, to);
    return t != null && t.meridiem();
  }

  /**
   * A time after a word that announces one ("at 2.30", "around 7"): a clock time, one written with
   * a dot (alone "2.30" may be a number), or a bare hour from 1 to 12; null otherwise.
   */
  static Time cued(Words w, int from, int to) {
    Time c = parse(w, from, to);
    c = c != null ? c : military(w, from, to, true); // "at 1630 hours"
    if (c != null) {
      return c;
    }
    Matcher dotted = to - from == 1 ? CLOCK.matcher(w.at(from)) : null;
    if (dotted != null && dotted.matches()) {
      return time(dotted);
    }
    Integer h = bareHour(w, from, to);
    return h == null || h == 0 ? null : new Time(h, -1, -1, false);
  }

  /** A dotted time ("9.30"), which alone may be a number: for callers that know a time is meant. */
  static Time dotted(Words w, int from, int to) {
    Matcher dotted = to - from == 1 ? CLOCK.matcher(w.at(from)) : null;
    return dotted != null && dotted.matches() ? time(dotted) : null;
  }

  /** A bare hour ("9" in "9 - 10 a.m."), or null. */
  static Integer bareHour(Words w, int from, int to) {
    return to - from == 1 ? hourWord(w.at(from)) : null;
  }

  private static Time time(Matcher c) {
    int h = Integer.parseInt(c.group(1));
    int m = Integer.parseInt(c.group(2));
    int s = c.group(3) == null ? -1 : Integer.parseInt(c.group(3));
    return h > 23 || m > 59 || s > 59 ? null : new Time(h, m, s, false);
  }

  private static Time meridiem(Integer h, String minutes, String half) {
    if (h == null || h < 1 || h > 12) {
      return null;
    }
    int m = minutes == null ? -1 : Integer.parseInt(minutes);
    return m > 59 ? null : new Time(h, m, -1, false).withMeridiem(PM.contains(half));
  }

  private static Integer hourWord(String t) {
    if (Numbers.isNumberWord(t)) {
      java.math.BigDecimal v = Numbers.at(Words.of(t), 0).value();
      return v.intValue() >= 0 && v.intValue() <= 12 ? v.intValue() : null;
    }
    return hour(t, 12);
  }

  private static Integer hour(String t, int max) {
    if (t.isEmpty() || t.length() > 2 || !t.chars().allMatch(Character::isDigit)) {
      return null;
    }
    int h = Integer.parseInt(t);
    return h <= max ? h : null;
  }
}
