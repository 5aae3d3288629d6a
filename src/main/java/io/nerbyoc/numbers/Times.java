package io.nerbyoc.numbers;

import static io.nerbyoc.numbers.Spans.DATE;
import static io.nerbyoc.numbers.Spans.TIME;

import io.nerbyoc.core.TaggedSentence;
import io.nerbyoc.core.TokenSpan;
import io.nerbyoc.lists.WordLists;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Times of day: clock times ("9:30 p.m. EST", "3 pm", "five o'clock"), "noon", "midnight",
 * parts of a day with their day ("this morning", "tonight", "Monday night", "the evening of
 * June 1"). Durations under a day ("two hours") are {@link RelativeDates#duration}'s.
 */
final class Times {
  private Times() {}

  private static final Pattern HOUR = Pattern.compile("1[0-2]|0?\\d|([01]?\\d|2[0-3])[:.][0-5]\\d");
  private static final Set<String> MERIDIEM = WordLists.set(Times.class, "meridiem");
  private static final Set<String> ZONES = WordLists.set(Times.class, "time-zones");
  private static final Set<String> DAY_WORDS = WordLists.set(Times.class, "day-words");
  /** An hour with "ish" glued: about that hour ("11ish"), as the values read it. */
  private static final java.util.regex.Pattern ISH = java.util.regex.Pattern.compile("([01]?\\d|2[0-3])ish");

  static TokenSpan at(TaggedSentence w, int i) {
    int c = clock(w, i);
    if (c > i) {
      return Spans.of(i, c, TIME);
    }
    String lw = w.lower(i);
    if (DAY_WORDS.contains(lw)) {
      return Spans.of(i, i + 1, TIME);
    }
    // "Monday night", "Friday morning"
    if (Lexicon.isWeekday(w.at(i)) && Lexicon.DAY_PARTS.contains(w.lower(i + 1))) {
      return Spans.of(i, i + 2, TIME);
    }
    // "the evening of June 1", "the night of the 5th"
    if (lw.equals("the") && Lexicon.DAY_PARTS.contains(w.lower(i + 1)) && w.lower(i + 2).equals("of")) {
      TokenSpan d = Dates.absolute(w, i + 3);
      if (d != null && d.label().equals(DATE)) {
        return Spans.of(i, d.end(), TIME);
      }
    }
    return null;
  }

  /** "9:30", "9:30 p.m.", "9 a.m. EST", "3pm", "five o'clock", "12 noon". End, or {@code i}. */
  private static int clock(TaggedSentence w, int i) {
    String t = w.at(i);
    int j;
    if (Lexicon.digits(Lexicon.CLOCK_AMPM, t) || Lexicon.digits(ISH, t)) {
      j = i + 1; // "3pm", "11ish"
    } else if (hour(w, i) && spacedMeridiem(w, i + 1)) {
      j = w.at(i + 4).equals(".") ? i + 5 : i + 4; // "3 p . m .", as some transcripts write it
    } else if (Lexicon.digits(Lexicon.CLOCK, t) && t.indexOf(':') > 0) {
      j = i + 1;
      if (MERIDIEM.contains(w.lower(j))) {
        j++;
      }
    } else if (hour(w, i) && (Lexicon.DASHES.contains(w.lower(i + 1)) || w.lower(i + 1).equals("to"))
        && hour(w, i + 2) && MERIDIEM.contains(w.lower(i + 3))) {
      j = i + 4; // "9 - 10 a.m."
    } else if (hour(w, i) && (MERIDIEM.contains(w.lower(i + 1)) || w.lower(i + 1).equals("o'clock")
        || w.lower(i + 1).equals("noon"))) {
      j = i + 2;
    } else {
      return i;
    }
    if (ZONES.contains(w.lower(j))) {
      j++;
    } else if (w.lower(j).equals("local") && w.lower(j + 1).equals("time")) {
      j += 2;
    }
    return j;
  }

  /** "p . m" or "a . m", a.m. or p.m. written letter by letter. */
  private static boolean spacedMeridiem(TaggedSentence w, int j) {
    String ap = w.lower(j);
    return (ap.equals("a") || ap.equals("p")) && w.at(j + 1).equals(".") && w.lower(j + 2).equals("m");
  }

  private static boolean hour(TaggedSentence w, int i) {
    String t = w.at(i);
    if (Lexicon.digits(HOUR, t)) {
      return true;
    }
    return Lexicon.NUMBER_WORDS.contains(w.lower(i));
  }
}
