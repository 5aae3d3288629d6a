package io.nerbyoc.numbers;

import static io.nerbyoc.numbers.Spans.DATE;
import static io.nerbyoc.numbers.Spans.NUMBER;
import static io.nerbyoc.numbers.Spans.TIME;

import io.nerbyoc.core.TaggedSentence;
import io.nerbyoc.core.TokenSpan;
import io.nerbyoc.lists.WordLists;
import java.util.Set;

/**
 * Two expressions of one type joined into a range are one span, with the "from" or "between"
 * that opens it: "from May to July 2004", "between 2001 and 2003", "$10 - $20", "10 % to 15 %".
 * Amounts after a verb of change ("rose 5 % to 10 %") are two values, not a range.
 */
final class Ranges {
  private Ranges() {}

  private static final Set<String> UNITS = Set.of("QUANTITY", "MONEY", "PERCENT");
  private static final Set<String> CHANGE = WordLists.set(Ranges.class, "change-verbs");

  static TokenSpan extend(TaggedSentence w, TokenSpan s) {
    int k = s.end();
    String conn = w.lower(k);
    String before = w.lower(s.start() - 1);
    if (before.equals("between") && s.label().equals(DATE) && joinsTwo(w, s)) {
      return Spans.of(s.start() - 1, s.end(), s.label()); // "between 1977 - 1979", "between the 9th and 17th of May"
    }
    if (s.label().equals(DATE) && s.length() == 2 && Lexicon.isMonth(w.at(s.start()))
        && conn.length() > 1 && conn.charAt(0) == '-' && Lexicon.isDayOfMonth(conn.substring(1))) {
      return Spans.of(s.start(), k + 1, s.label()); // "November 18 -19", the dash glued to the second day
    }
    boolean between = before.equals("between") && conn.equals("and");
    boolean range = Lexicon.RANGE_WORDS.contains(conn) && !conn.equals("or");
    if (!between && !range) {
      return s;
    }
    int days = dayRange(w, s, k);
    if (days > k) {
      return Spans.of(before.equals("from") ? s.start() - 1 : s.start(), days, DATE);
    }
    TokenSpan next = NumericGrammar.withModifier(w, k + 1);
    if (next != null && s.label().equals(NUMBER) && s.length() == 1 && next.label().equals(DATE)
        && next.length() == 2 && Dates.isEra(w.at(next.end() - 1))) {
      return Spans.of(between || before.equals("from") ? s.start() - 1 : s.start(), next.end(), DATE); // "between 29 and 19 BCE"
    }
    if (next != null && s.label().equals(NUMBER) && UNITS.contains(next.label())
        && (between || Lexicon.DASHES.contains(conn))) {
      // "between 13,000 and 13,999 feet": the unit of the second covers the first
      return Spans.of(between ? s.start() - 1 : s.start(), next.end(), next.label());
    }
    if (next == null || !next.label().equals(s.label())) {
      return s;
    }
    boolean temporal = s.label().equals(DATE) || s.label().equals(TIME);
    boolean dash = Lexicon.DASHES.contains(conn);
    if (dash && temporal && s.length() >= 3 && next.length() >= 3) {
      return s; // "27 April 1947 – 24 April 1975": two full dates, as in a life span
    }
    if (!temporal && !between && !dash && (before.equals("from") || changes(before))) {
      return s;
    }
    int start = between || before.equals("from") && (temporal || !dash) ? s.start() - 1 : s.start();
    return Spans.of(start, next.end(), s.label());
  }

  /**
   * End of "February 12 to 28 (, 2010)": a month and day, a range word and a second day of the
   * same month, with the year when one follows; or {@code k} when that is not what follows.
   */
  private static int dayRange(TaggedSentence w, TokenSpan s, int k) {
    if (!s.label().equals(DATE) || s.length() != 2 || !Lexicon.isMonth(w.at(s.start()))
        || !Lexicon.isDayOfMonth(w.at(s.start() + 1)) || Lexicon.isYear(w.at(s.start() + 1))) {
      return k;
    }
    String day = w.at(k + 1);
    if (!Lexicon.isDayOfMonth(day) || Lexicon.isYear(day) || Lexicon.isMonth(w.at(k + 2))) {
      return k;
    }
    if (w.at(k + 2).equals(",") && Lexicon.isYear(w.at(k + 3))) {
      return k + 4;
    }
    return Lexicon.isYear(w.at(k + 2)) ? k + 3 : k + 2;
  }

  /** A date span that already holds both ends of a range: "1977 - 1979", "the 9th and 17th of May". */
  private static boolean joinsTwo(TaggedSentence w, TokenSpan s) {
    if (s.length() == 3 && Lexicon.DASHES.contains(w.lower(s.start() + 1))) {
      return true;
    }
    for (int k = s.start() + 1; k < s.end() - 1; k++) {
      if (w.lower(k).equals("and")) {
        return true;
      }
    }
    return false;
  }

  /** "rose", "increased", "cut": a verb of change before an amount. */
  private static boolean changes(String w) {
    return CHANGE.contains(w) || w.endsWith("ed") || w.endsWith("ing")
        || w.endsWith("s") && CHANGE.contains(w.substring(0, w.length() - 1));
  }
}
