package io.nerbyoc.numbers;

import static io.nerbyoc.numbers.Spans.DATE;
import static io.nerbyoc.numbers.Spans.NUMBER;
import static io.nerbyoc.numbers.Spans.TIME;

import io.nerbyoc.core.TaggedSentence;
import io.nerbyoc.core.TokenSpan;
import io.nerbyoc.lists.WordLists;
import java.util.Set;

/**
 * What the words around an expression change: ages ("aged 62" is a DATE), rates ("twice a
 * month", "$40,000 a year": the period is not tagged), a date's possessive ("this year's"), and
 * numbers that are no counts: list markers, identifiers ("Section 5", "Boeing 747"), the pronoun
 * "one".
 */
final class Context {
  private Context() {}

  private static final Set<String> AGE = WordLists.set(Context.class, "age-words");
  private static final Set<String> RATE = WordLists.set(Context.class, "rate-words");
  private static final Set<String> ID_NOUNS = WordLists.set(Context.class, "id-nouns");
  /** Words before "one" that make it a pronoun: "the red one", "this one", "no one". */
  private static final Set<String> PRONOUN_ONE = WordLists.set(Context.class, "pronoun-one-cues");
  // "one of the largest" stays CARDINAL: a count, by spaCy's conventions.
  private static final Set<String> LIST_OPENERS = Set.of("(", "-", "*", "•", "[");

  /** The span with its context applied, or null when the context says it is not an expression. */
  static TokenSpan relabel(TaggedSentence w, TokenSpan s) {
    String before = w.lower(s.start() - 1);
    if (s.label().equals(NUMBER) && (AGE.contains(before) || appositiveAge(w, s))) {
      return Spans.of(s.start(), s.end(), DATE);
    }
    if (s.label().equals(NUMBER) && YEAR_PREPOSITIONS.contains(before) && clauseEnds(w, s.end())
        && (spelledYear(w, s) || s.length() == 1 && FAR_YEAR.matcher(w.at(s.start())).matches())) {
      return Spans.of(s.start(), s.end(), DATE); // "came back in two thousand and fifteen", "will end in 2150", as "in 2015"
    }
    String first = w.lower(s.start());
    if ((s.label().equals(DATE) || s.label().equals(TIME)) && s.length() == 2 && (first.equals("a") || first.equals("an"))
        && (RATE.contains(before) || rateAfterAmount(w, s.start() - 1))) {
      return null;
    }
    return s; // a possessive "'s" stays outside, as for every type ("this year's")
  }

  /** A year of the next century, which Lexicon.YEAR leaves to counts unless a preposition says when. */
  private static final java.util.regex.Pattern FAR_YEAR = java.util.regex.Pattern.compile("21\\d\\d");
  /** Prepositions before which a spelled year ending its clause is the year ("for two thousand" may count). */
  private static final Set<String> YEAR_PREPOSITIONS = Set.of("in", "since", "until", "before", "after", "during");

  /**
   * A year in words as it is said: its two halves ("nineteen ninety six", "twenty twenty", "nineteen
   * fifteen") or "two thousand" and what follows ("two thousand and fifteen").
   */
  private static boolean spelledYear(TaggedSentence w, TokenSpan s) {
    java.util.List<String> t = new java.util.ArrayList<>();
    for (int k = s.start(); k < s.end(); k++) {
      t.add(w.lower(k));
    }
    Set<String> teens = NumberWords.TEENS;
    if (t.size() >= 2 && (teens.contains(t.get(0)) && !t.get(0).equals("ten") || t.get(0).equals("twenty"))) {
      boolean tens = NumberWords.TENS.contains(t.get(1));
      return t.size() == 2 && (tens || teens.contains(t.get(1))) || t.size() == 3 && tens && NumberWords.UNITS.contains(t.get(2));
    }
    if (t.size() >= 2 && t.get(0).equals("two") && t.get(1).equals("thousand")) {
      java.util.List<String> rest = t.subList(t.size() > 2 && t.get(2).equals("and") ? 3 : 2, t.size());
      return rest.isEmpty() || rest.size() == 1 && NumberWords.FROM_ONE.contains(rest.get(0))
          || rest.size() == 2 && NumberWords.TENS.contains(rest.get(0)) && NumberWords.UNITS.contains(rest.get(1));
    }
    return false;
  }

  /** Nothing a number could count follows: the end, punctuation, or a conjunction. */
  private static boolean clauseEnds(TaggedSentence w, int k) {
    String next = w.lower(k);
    return k >= w.size() || !Character.isLetterOrDigit(next.charAt(0)) || next.equals("and") || next.equals("or") || next.equals("but");
  }

  /** Types whose words can be a name's words; an amount with its unit never is. */
  private static final Set<String> NAMEABLE = Set.of(NUMBER, Spans.ORDINAL, DATE, TIME);
  private static final java.util.regex.Pattern CLAUSE_NUMBER = java.util.regex.Pattern.compile("\\d+(\\.\\d+)+\\.?");
  private static final Set<String> LAW_HEADS = WordLists.set(Context.class, "law-heads");
  private static final Set<String> PREPOSITIONS = WordLists.set(Context.class, "date-prepositions");
  private static final Set<String> EVENT_HEADS = WordLists.set(Context.class, "event-heads");
  private static final Set<String> QUOTES = Set.of("\"", "``", "“", "'", "‘");

  /**
   * Capitalised number or calendar words inside a capitalised phrase belong to a name or title:
   * "My Three Sons", "\" Two Doors Down \"", "the June List", "Henrik August Angell", and a year
   * before one ("the 2002 Winter Olympics").
   */
  private static boolean inName(TaggedSentence w, TokenSpan s) {
    int i = s.start();
    int e = s.end();
    boolean nameAfter = capitalisedWord(w.at(e)) && !Lexicon.isMonth(w.at(e)) && !Lexicon.isWeekday(w.at(e));
    if (s.length() == 1 && Lexicon.isYear(w.at(i))) {
      if (nameAfter && eventAhead(w, e)) {
        return true; // "the 2002 Winter Olympics", "1958 Worlds"
      }
      String prev = w.at(i - 1);
      if (i > 1 && capitalisedWord(prev) && !Lexicon.isMonth(prev) && !Lexicon.isWeekday(prev)
          && !PREPOSITIONS.contains(w.lower(i - 1)) && !Holidays.FIRST_WORDS.contains(prev)) {
        return true; // "Eurovision 2009", "Atlanta 1996"
      }
      if (w.lower(i - 1).equals("of") && LAW_HEADS.contains(w.at(i - 2))) {
        return true; // "the Jones Act of 1916"
      }
    }
    String last = w.at(e - 1);
    if (i > 0 && e - i > 1 && capitalisedWord(last) && (Lexicon.isDateUnit(w.lower(e - 1)) || Lexicon.isTimeUnit(w.lower(e - 1)))) {
      return true; // "30 Seconds to Mars", "the Seven Years ' War"
    }
    boolean count = s.label().equals(NUMBER) || s.label().equals(Spans.ORDINAL);
    if (count && Lexicon.digitish(w.at(i)) && nameAfter && capitalisedWord(w.at(e + 1))
        && (i > 0 || s.label().equals(Spans.ORDINAL))) {
      return true; // "Redesignated 65 Air Division", "the 65th Air Division"
    }
    int from = w.lower(i).equals("the") ? i + 1 : i;
    if (!capitalisedWord(w.at(from))) {
      return false;
    }
    for (int k = from + 1; k < e; k++) {
      boolean joined = Lexicon.DASHES.contains(w.lower(k)) || Lexicon.isOrdinalWord(w.lower(k)); // "Twenty - fourth"
      if (!capitalisedWord(w.at(k)) && !joined) {
        return false;
      }
    }
    boolean nameBefore = from > 1 && capitalisedWord(w.at(from - 1)) || from > 0 && QUOTES.contains(w.at(from - 1));
    return nameBefore || from > 0 && nameAfter && !PREPOSITIONS.contains(w.lower(from - 1));
  }

  /** An event name within a few tokens: "the 2002 Winter Olympics" is one EVENT, year included. */
  private static boolean eventAhead(TaggedSentence w, int from) {
    for (int k = from; k < from + 4 && capitalisedWord(w.at(k)); k++) {
      if (EVENT_HEADS.contains(w.at(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean capitalisedWord(String t) {
    return TaggedSentence.capitalised(t) && Character.isLetter(t.charAt(0)) && !t.equals("I");
  }

  /** "Mr. Smith , 45 , said": a two-digit number set off by commas after a name is an age. */
  private static boolean appositiveAge(TaggedSentence w, TokenSpan s) {
    int i = s.start();
    String t = w.at(i);
    return s.length() == 1 && t.length() == 2 && Character.isDigit(t.charAt(0)) && Character.isDigit(t.charAt(1))
        && w.at(i - 1).equals(",") && (w.at(i + 1).equals(",") || w.at(i + 1).equals("."))
        && capitalisedWord(w.at(i - 2));
  }

  /** Only upper-case heading words before {@code i}: "NOTICES 14.1 Any notice". */
  private static boolean clauseStart(TaggedSentence w, int i) {
    for (int k = 0; k < i; k++) {
      String t = w.at(k);
      if (!t.equals(t.toUpperCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** "$40,000 a year", "5 % a year": the token before is the end of an amount. */
  private static boolean rateAfterAmount(TaggedSentence w, int k) {
    String t = w.lower(k);
    return Lexicon.isDigitNumber(t) || Lexicon.SCALES.contains(t) || Lexicon.PERCENT_WORDS.contains(t)
        || Lexicon.CURRENCY_WORDS.contains(t) || Lexicon.MEASURE_UNITS.contains(t) || t.equals("dollars");
  }

  /** True for expressions the conventions leave out, or that are part of a name. */
  static boolean excluded(TaggedSentence w, TokenSpan s) {
    if (NAMEABLE.contains(s.label()) && inName(w, s)) {
      return true;
    }
    if (s.label().equals(TIME) && s.length() == 1 && TaggedSentence.capitalised(w.at(s.start() - 1))
        && Lexicon.digitish(w.at(s.start()))) {
      return true; // "John 4:23": a verse, not a time
    }
    if (!s.label().equals(NUMBER)) {
      return false;
    }
    int i = s.start();
    String t = w.at(i);
    String before = w.lower(i - 1);
    boolean digits = !t.isEmpty() && Character.isDigit(t.charAt(t.length() - 1));
    if (s.length() == 1 && digits && t.length() <= 2) {
      String after = w.lower(i + 1);
      boolean opensSentence = i == 0 || i == 1 && LIST_OPENERS.contains(before);
      if (opensSentence && (after.equals(".") || after.equals(")"))) {
        return true; // list marker "1." or "(1)"
      }
      if (before.equals("(") && after.equals(")") && (i < 2 || !TaggedSentence.capitalised(w.at(i - 2)))) {
        return true;
      }
      if ((before.equals("[") || before.equals("-lsb-")) && (after.equals("]") || after.equals("-rsb-"))) {
        return true; // footnote marker "[2]"
      }
    }
    if (CLAUSE_NUMBER.matcher(t).matches() && clauseStart(w, i)) {
      return true; // "14.1 Any notice ...": a clause number
    }
    if (digits && Lexicon.DASHES.contains(before) && i > 1 && TaggedSentence.capitalised(w.at(i - 2))
        && w.at(i - 2).length() <= 3) {
      return true; // "F - 86", "EF - 111": a model
    }
    if (digits && (ID_NOUNS.contains(before) || i > 1 && TaggedSentence.capitalised(w.at(i - 1))
        && !Lexicon.isMonth(w.at(i - 1)) && !Lexicon.isWeekday(w.at(i - 1)) && Character.isLetter(w.at(i - 1).charAt(0))
        && !w.at(i - 1).equals("I") && !w.lower(i - 1).equals("top"))) {
      return true; // "Section 5", "Boeing 747", "Apollo 11"
    }
    if (s.length() == 1 && w.lower(i).equals("one")) {
      String after = w.lower(i + 1);
      boolean adjectiveBefore = Set.of("the", "a", "this", "that").contains(w.lower(i - 2)) && !after.equals("of");
      return PRONOUN_ONE.contains(before) || adjectiveBefore || after.equals("another") || after.equals("that")
          || after.equals("who") || after.equals("which") || after.equals("and") && w.lower(i + 2).equals("the")
          || after.equals("'s")
          || after.equals("day") && before.isEmpty();
    }
    return false;
  }
}
