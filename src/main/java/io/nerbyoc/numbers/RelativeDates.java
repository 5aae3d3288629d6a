package io.nerbyoc.numbers;

import static io.nerbyoc.numbers.Spans.DATE;
import static io.nerbyoc.numbers.Spans.TIME;

import io.nerbyoc.core.TaggedSentence;
import io.nerbyoc.core.TokenSpan;
import io.nerbyoc.lists.WordLists;
import java.util.Set;

/**
 * Dates relative to the text's own time and durations: "last year", "this week 's", "the past
 * decade", "recent years", "three weeks ago", "two years", "the nine months ended June 30";
 * durations under a day are TIME ("two hours"). Rates ("twice a month") are {@link Context}'s.
 */
final class RelativeDates {
  private RelativeDates() {}

  private static final Set<String> DEICTIC = WordLists.set(RelativeDates.class, "deictic-words");
  private static final Set<String> WEEK_OF = WordLists.set(RelativeDates.class, "week-of");
  private static final Set<String> CURRENT_PERIODS = WordLists.set(RelativeDates.class, "current-periods");
  private static final Set<String> DEMONSTRATIVES = WordLists.set(RelativeDates.class, "demonstratives");
  private static final Set<String> BARE_AFTER = WordLists.set(RelativeDates.class, "bare-after");
  private static final Set<String> PART_OF = WordLists.set(RelativeDates.class, "part-of-period");
  private static final java.util.regex.Pattern GLUED_WEEKS_YEARS = java.util.regex.Pattern.compile("[1-9]\\d?[wy]");
  /** Words that order a holiday's years; "this"/"that" also point at things ("that easter egg", "this New Year's tax hike"). */
  private static final Set<String> SEQUENCE = Set.of("last", "next", "previous", "coming");
  /** Periods the calendar has one of at a time: "end of year" names the current one ("end of day" is an idiom too). */
  private static final Set<String> CALENDAR_UNITS = Set.of("year", "month", "week", "quarter");
  private static final Set<String> AFTER_DURATION = WordLists.set(RelativeDates.class, "after-duration");

  /**
   * "last year", "this week's", "the past decade", "the last three years", "recent years",
   * "three weeks ago", "two years", "yesterday", "earlier this year", "the end of the year".
   */
  static TokenSpan at(TaggedSentence w, int i) {
    String lw = w.lower(i);
    if (GLUED_WEEKS_YEARS.matcher(lw).matches()) {
      return Dates.date(i, i + 1); // "grown for 3Y", "lasted 2W", as schedules write them ("3D" is a film's, "2h" a time's)
    }
    switch (lw) {
      case "early", "late", "earlier", "later" -> {
        String day = w.lower(i + 1);
        if (day.equals("yesterday") || day.equals("today") || day.equals("tomorrow")) {
          // "late yesterday" is a time of that day; "earlier today" just places the event on it
          return Spans.of(i, i + 2, lw.equals("earlier") || lw.equals("later") ? DATE : TIME);
        }
      }
      case "yesterday", "today", "tomorrow" -> {
        if (Lexicon.DAY_PARTS.contains(w.lower(i + 1))) {
          return Spans.of(i, i + 2, TIME);
        }
        return Dates.date(i, i + 1);
      }
      case "week" -> {
        // "week 10", "Week 23": an ISO week by its number (1 to 53), not a count of anything after it
        String n = w.at(i + 1);
        if (n.matches("[1-9]|[1-4]\\d|5[0-3]") && !Lexicon.isDateUnit(w.lower(i + 2)) && !Lexicon.isTimeUnit(w.lower(i + 2))) {
          return Dates.date(i, i + 2);
        }
      }
      case "recent" -> {
        if (Lexicon.isDateUnit(w.lower(i + 1)) && w.lower(i + 1).endsWith("s")) {
          return Dates.date(i, i + 2);
        }
      }
      default -> { }
    }
    int j = i;
    if (lw.equals("the")) {
      j++;
      // "the end of the year", "the beginning of 2004"
      if (PART_OF.contains(w.lower(j)) && w.lower(j + 1).equals("of")) {
        int k = j + 2;
        if (w.lower(k).equals("the") && Lexicon.isDateUnit(w.lower(k + 1))) {
          return Dates.date(i, k + 2);
        }
        if (CALENDAR_UNITS.contains(w.lower(k))) {
          return Dates.date(i, k + 1); // "the end of year"
        }
        TokenSpan inner = Dates.at(w, k);
        if (inner != null && inner.label().equals(DATE)) {
          return Dates.date(i, inner.end());
        }
        return null;
      }
      if (WEEK_OF.contains(w.lower(j)) && w.lower(j + 1).equals("of")) {
        TokenSpan d = Dates.absolute(w, j + 2);
        if (d != null) {
          return Dates.date(i, d.end()); // "the week of April 12 , 1969"
        }
      }
      if (w.lower(j).equals("weekend")) {
        return Dates.date(i, j + 1);
      }
      // "in the quarter", "earlier in the year": the period the text is about
      if (CURRENT_PERIODS.contains(w.lower(j)) && !w.lower(j + 1).equals("of") && !Lexicon.isDateUnit(w.lower(j + 1))) {
        return Dates.date(i, j + 1);
      }
      // "the nine months (ended June 30)": a counted period keeps its article
      TokenSpan counted = duration(w, j);
      if (counted != null && !w.lower(j).equals("a") && !w.lower(j).equals("an") && !hyphenated(w, counted)) {
        return Spans.of(i, ended(w, counted.end()), counted.label());
      }
    }
    // "end of year", "start of month", as business writes them: the period the text is in
    if (j == i && PART_OF.contains(lw) && w.lower(i + 1).equals("of") && CALENDAR_UNITS.contains(w.lower(i + 2))) {
      return Dates.date(i, i + 3);
    }
    // "(by) end of day", "end of the day" without the article before: the literal end ("at the end of the day" is also an idiom)
    if (j == i && lw.equals("end") && w.lower(i + 1).equals("of") && (w.lower(i + 2).equals("day")
        || w.lower(i + 2).equals("the") && (w.lower(i + 3).equals("day") || CALENDAR_UNITS.contains(w.lower(i + 3))))) {
      return Dates.date(i, w.lower(i + 2).equals("the") ? i + 4 : i + 3);
    }
    // "earlier this year", "late last month", "early next week"
    if (j == i && Lexicon.EDGE.contains(lw) && DEICTIC.contains(w.lower(i + 1))) {
      TokenSpan rest = at(w, i + 1);
      if (rest != null) {
        return Spans.of(i, rest.end(), rest.label());
      }
    }
    String rel = w.lower(j);
    if (Lexicon.RELATIVE.contains(rel) || DEICTIC.contains(rel)) {
      int k = j + 1;
      // "that two years ago" is "that" + a duration: only sequence words take a count.
      NumberPhrase num = DEMONSTRATIVES.contains(rel) ? null : NumberPhrase.at(w, k);
      if (num != null && !num.article()) {
        k = num.end();
      } else if (w.lower(k).equals("few") || w.lower(k).equals("several") || w.lower(k).equals("couple")) {
        k += w.lower(k + 1).equals("of") ? 2 : 1;
      }
      if ((w.lower(k).equals("working") || w.lower(k).equals("business"))
          && (w.lower(k + 1).equals("week") || w.lower(k + 1).equals("days") || w.lower(k + 1).equals("day"))
          || (w.lower(k).equals("school") || w.lower(k).equals("academic")) && w.lower(k + 1).equals("year")) {
        k++; // "this working week", as "this workweek"; "the next 4 business days"; "this school year"
      }
      String unit = w.lower(k);
      String label = Lexicon.isDateUnit(unit) ? DATE : Lexicon.isTimeUnit(unit) ? TIME : null;
      boolean ordinalSecond = unit.equals("second") && num == null; // "this second version"
      if (label != null && !ordinalSecond && !(rel.equals("first") && j == i && num == null)) {
        return Spans.of(i, k + 1, label);
      }
      if (k == j + 1 && (DEICTIC.contains(rel) || rel.equals("coming") || rel.equals("previous"))) {
        String u = w.at(k);
        if (Lexicon.SEASONS.contains(w.lower(k)) || Lexicon.isWeekday(u) || Lexicon.isMonth(u)) {
          return Dates.date(i, k + 1);
        }
        int holiday = SEQUENCE.contains(rel) ? Holidays.endAnyCase(w, k) : k;
        if (holiday > k) {
          return Dates.date(i, holiday); // "last Easter", "next new year day": the word before makes it the feast
        }
        if (Lexicon.DAY_PARTS.contains(w.lower(k)) && !rel.equals("past")) {
          return Spans.of(i, k + 1, TIME);
        }
      }
      return null;
    }
    if (j > i) {
      return null;
    }
    return duration(w, i);
  }

  /**
   * "three weeks", "a decade", "10 years ago", "two hours", "62 years old", "10 - year",
   * "years ago". Rates ("twice a month") are the caller's concern.
   */
  static TokenSpan duration(TaggedSentence w, int i) {
    int k;
    NumberPhrase num = NumberPhrase.at(w, i);
    if (num != null) {
      k = num.end();
      if (num.vague() && Lexicon.VAGUE_COUNTS.contains(w.lower(i)) && w.lower(k).equals("of")) {
        k++; // "hundreds of years"
      }
    } else if ((Lexicon.isDateUnit(w.lower(i)) || Lexicon.isTimeUnit(w.lower(i))) && w.lower(i).endsWith("s")
        && BARE_AFTER.contains(w.lower(i + 1))) {
      // "years ago", "minutes later"
      return Spans.of(i, i + 2, Lexicon.isDateUnit(w.lower(i)) ? DATE : TIME);
    } else {
      return null;
    }
    if (num.end() == i + 1 && Lexicon.isYear(w.at(i)) && !w.lower(k).endsWith("s")) {
      return null; // "the 2011 season" is the year 2011
    }
    boolean hyphen = false;
    if (Lexicon.DASHES.contains(w.lower(k)) && !num.article()) {
      hyphen = true;
      k++; // "10 - year", "62 - year - old"
    }
    String unit = w.lower(k);
    String label = Lexicon.isDateUnit(unit) ? DATE : Lexicon.isTimeUnit(unit) ? TIME : null;
    if (label == null || unit.equals("quarter") && !hyphen && num.article()) {
      return null;
    }
    if (num.article() && (unit.equals("second") || unit.equals("quarter"))) {
      return null; // "a second term", "a quarter of"
    }
    if (hyphen && unit.endsWith("s") && !unit.equals("hours")) {
      return null;
    }
    int end = k + 1;
    String after = w.lower(end);
    if (hyphen) {
      if (Lexicon.DASHES.contains(after) && w.lower(end + 1).equals("old")) {
        end += 2;
      }
    } else if (AFTER_DURATION.contains(after)) {
      end++;
    } else if (after.equals("from") && w.lower(end + 1).equals("now")) {
      end += 2;
    } else if (after.equals("of") && w.lower(end + 1).equals("age")) {
      end += 2;
    }
    return Spans.of(i, end, label);
  }

  /** "30 - year": an adjective, which leaves the article to its noun ("the 30 - year bond"). */
  private static boolean hyphenated(TaggedSentence w, TokenSpan s) {
    for (int k = s.start(); k < s.end(); k++) {
      if (Lexicon.DASHES.contains(w.lower(k))) {
        return true;
      }
    }
    return false;
  }

  /** After a period, "ended June 30" or "ending in March" belongs to it. End, or {@code k}. */
  static int ended(TaggedSentence w, int k) {
    String t = w.lower(k);
    if (!t.equals("ended") && !t.equals("ending")) {
      return k;
    }
    int j = w.lower(k + 1).equals("in") ? k + 2 : k + 1;
    TokenSpan d = Dates.absolute(w, j);
    return d != null ? d.end() : k;
  }
}
