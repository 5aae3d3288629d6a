package io.nerbyoc.values;

import io.nerbyoc.lists.WordLists;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Parts of no particular day and the times in them, for {@link DayTimes}: "in the morning" (TMO,
 * its hours as Recognizers-Text gives them), "early morning", "ten past 9 in the evening",
 * "between 5 and 6 in the afternoon"; and bare hours after "between" or "from".
 */
final class NoDayParts {
  private NoDayParts() {}

  /** Words that narrow a part of a day without placing it: "early morning", "later in the afternoon". */
  private static final java.util.Set<String> PART_EDGES = WordLists.set(NoDayParts.class, "day-part-edges");

  /** "morning", "the morning", "in the morning", "mornings", "at night": a part of no particular day, or null. */
  static Calendar.DayPart partOfNoDay(Words w, int from, int to) {
    int i = w.at(from).equals("in") || atNight(w, from) ? from + 1 : from;
    i = w.at(i).equals("the") ? i + 1 : i;
    if (to - i != 1 || w.at(i).equals("tonight")) {
      return null; // "tonight" has its day
    }
    String p = w.at(i);
    Calendar.DayPart part = Calendar.DAY_PARTS.get(p);
    return part != null || !p.endsWith("s") ? part : Calendar.DAY_PARTS.get(p.substring(0, p.length() - 1));
  }

  /** "at night": the one part of a day said with "at". */
  private static boolean atNight(Words w, int k) {
    return w.at(k).equals("at") && w.at(k + 1).equals("night");
  }

  /**
   * A part of no day ("in the morning": TMO, its hours as theirs), its edge ("early morning": TMO
   * with no value, since where the edge lies is not said), or a time or hours in one ("ten past
   * 9 in the evening": T21:10; "between 5 and 6 in the afternoon": (T17,T18,PT1H)).
   */
  static Stretch inPartOfNoDay(Temporals.Reader r, int from, int to) {
    Calendar.DayPart whole = partOfNoDay(r.w, from, to);
    if (whole != null) {
      LocalDate d = r.today;
      return new Stretch("T" + whole.code(), d.atTime(whole.from(), 0),
          whole.to() == 24 ? d.plusDays(1).atStartOfDay() : d.atTime(whole.to(), 0), Stretch.Kind.CLOCK_PERIOD);
    }
    int e = r.w.at(from).equals("in") ? from + 1 : from;
    e = r.w.at(e).equals("the") ? e + 1 : e; // "in the early morning", as "early in the morning"
    if (to - e >= 2 && PART_EDGES.contains(r.w.at(e))) {
      Calendar.DayPart edged = partOfNoDay(r.w, e + 1, to);
      return edged == null ? null : Stretch.timexOnly("T" + edged.code());
    }
    Clock.Time after = timeAfterPart(r.w, from, to);
    if (after != null) {
      return new Stretch(after.timex(), r.today.atTime(after.hour(), Math.max(0, after.minute()), Math.max(0, after.second())), null,
          Stretch.Kind.CLOCK);
    }
    for (int k = from + 1; k < to; k++) {
      Calendar.DayPart part = partOfNoDay(r.w, k, to);
      if (part == null && PART_EDGES.contains(r.w.at(k))) {
        part = partOfNoDay(r.w, k + 1, to); // "8:00 early morning": the part's edge adds nothing to a time
      }
      if (part == null) {
        continue;
      }
      // a bare hour needs "in": "one in the morning", but "1 evening" and "2 morning sessions" count them
      Clock.Time c = r.w.at(k).equals("in") || atNight(r.w, k) || Clock.parse(r.w, from, k) != null ? hourIn(r.w, from, k, part) : null;
      if (c != null) {
        return new Stretch(c.timex(), r.today.atTime(c.hour(), Math.max(0, c.minute()), Math.max(0, c.second())), null,
            Stretch.Kind.CLOCK);
      }
      return hoursIn(r, from, k, part);
    }
    return null;
  }

  /** The part first, then its time: "in the afternoon at 7" (19:00), "in the morning 9 o'clock". */
  private static Clock.Time timeAfterPart(Words w, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      Calendar.DayPart part = partOfNoDay(w, from, k);
      if (part == null) {
        continue;
      }
      boolean cue = DayTimes.HOUR_CUES.contains(w.at(k));
      Clock.Time c = cue ? Clock.cued(w, k + 1, to) : Clock.parse(w, k, to);
      return c == null ? null : inHalfOf(c, part);
    }
    return null;
  }

  /** A clock time or a bare hour in a part of a day, in that part's half: "one" in the morning, "9" in the evening. */
  private static Clock.Time hourIn(Words w, int from, int to, Calendar.DayPart part) {
    Clock.Time c = Clock.parse(w, from, to);
    if (c == null) {
      Integer h = Clock.bareHour(w, from, to);
      c = h == null ? null : new Clock.Time(h, -1, -1, false);
    }
    return c == null ? null : inHalfOf(c, part);
  }

  /**
   * Hours of no day that start at a written clock time, so that a bare hour after it is one too:
   * "between 6:30 to 9 PST" (T06:30 to T09), "from 10:30 to 3" (to 15:00). Bare hours alone
   * ("between 3 and 5") may count anything and are not read.
   */
  static Stretch hoursFromClock(Temporals.Reader r, int from, int to) {
    String first = r.w.at(from);
    if (!first.equals("between") && !first.equals("from") || Clock.parse(r.w, from + 1, from + 2) == null
        || Clock.meridiemIn(r.w, from, to)) {
      return null; // with "p.m." the range reader shares it: "between 2:20 to 3pm" is 14:20 to 15:00
    }
    int end = to - 1 > from && Clock.isZone(r.w.at(to - 1)) ? to - 1 : to; // the zone is read past
    return hoursIn(r, from, end, null);
  }

  /** "5 to seven", "between 5 and 6", "from 3 until 5" in a part of a day (or, {@code part} null, of no part). */
  static Stretch hoursIn(Temporals.Reader r, int from, int to, Calendar.DayPart part) {
    int s = r.w.at(from).equals("between") || r.w.at(from).equals("from") ? from + 1 : from;
    for (int k = s + 1; k < to - 1; k++) {
      String link = r.w.at(k);
      if (!(link.equals("and") && r.w.at(from).equals("between") || RANGE.contains(link))) { // also "between 6:30 to 9"
        continue;
      }
      Clock.Time a = hourIn(r.w, s, k, part);
      Clock.Time b = hourIn(r.w, k + 1, to, part);
      if (part == null && a != null && b != null && !b.meridiem() && b.hour() < 12 && minutes(b) <= minutes(a)
          && minutes(b) + 720 > minutes(a)) {
        b = b.withMeridiem(true); // "from 10:30 to 3": 3 p.m., the first hour after 10:30
      }
      if (a != null && b != null && minutes(b) > minutes(a)) {
        LocalDateTime st = r.today.atTime(a.hour(), Math.max(0, a.minute()));
        LocalDateTime en = r.today.atTime(b.hour(), Math.max(0, b.minute()));
        long minutes = java.time.Duration.between(st, en).toMinutes();
        String d = "PT" + (minutes >= 60 ? minutes / 60 + "H" : "") + (minutes % 60 != 0 ? minutes % 60 + "M" : "");
        return new Stretch("(" + a.timex() + "," + b.timex() + "," + d + ")", st, en, Stretch.Kind.CLOCK_PERIOD);
      }
    }
    return null;
  }

  private static final java.util.Set<String> RANGE = WordLists.set(NoDayParts.class, "date-range-words");

  private static int minutes(Clock.Time c) {
    return c.hour() * 60 + Math.max(0, c.minute());
  }

  /** An hour not marked a.m. or p.m. takes the half of the day its part has: 9 in the evening is 21. */
  private static Clock.Time inHalfOf(Clock.Time c, Calendar.DayPart part) {
    if (part == null) {
      return c;
    }
    boolean afternoonOrEvening = part.from() >= 12 && part.from() < 20;
    boolean night = part.from() >= 20 && c.hour() >= 4;
    return !c.meridiem() && c.hour() < 12 && (afternoonOrEvening || night) ? c.withMeridiem(true) : c;
  }
}
