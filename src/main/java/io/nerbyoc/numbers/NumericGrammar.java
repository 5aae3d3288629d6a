package io.nerbyoc.numbers;

import static io.nerbyoc.numbers.Spans.DATE;
import static io.nerbyoc.numbers.Spans.NUMBER;
import static io.nerbyoc.numbers.Spans.ORDINAL;
import static io.nerbyoc.numbers.Spans.TIME;

import io.nerbyoc.core.TaggedSentence;
import io.nerbyoc.core.TokenSpan;
import io.nerbyoc.lists.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Numeric and temporal expressions in one tokenised sentence, by spaCy's
 * conventions: DATE, TIME, MONEY, PERCENT, QUANTITY, ORDINAL and NUMBER (CARDINAL). Left to
 * right, the longest expression starting at each token wins, with its approximators ("about",
 * "more than"), ranges ("from May to July 2004", "$10 to $20") and, for dates, a possessive
 * "'s". Numbers inside a longer expression are never separate spans.
 */
public final class NumericGrammar {
  private NumericGrammar() {}

  private static final Set<String> THIRD_PARTY = WordLists.set(NumericGrammar.class, "third-party");

  /** Modifiers that compare counts: with them a bare four-digit number is a count. */
  private static final Set<String> COMPARATIVES = WordLists.set(NumericGrammar.class, "comparatives");

  /** Spans over {@code words}: sorted, non-overlapping, end-exclusive. */
  public static List<TokenSpan> find(List<String> words) {
    return find(new TaggedSentence(words));
  }

  /** Spans over the words of {@code w} (its labels play no part): sorted, non-overlapping, end-exclusive. */
  public static List<TokenSpan> find(TaggedSentence w) {
    List<TokenSpan> out = new ArrayList<>();
    int n = w.size();
    for (int i = 0; i < n; ) {
      TokenSpan s = Lexicon.mayStart(w.word(i), w.lower(i)) ? withModifier(w, i) : null;
      if (s == null) {
        i++;
        continue;
      }
      s = Ranges.extend(w, s);
      s = Dates.withEra(w, s);
      s = attachDate(w, s);
      s = Context.relabel(w, s);
      if (s != null && !Context.excluded(w, s)) {
        out.add(s);
        i = s.end();
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * True for a token that can only be part of a number, amount or date: digits, month and
   * weekday names, currency signs, codes and names ("EUR", "Euros"). Lets a caller decide that
   * another tagger's name over such tokens was a mistake.
   */
  public static boolean isNumericWord(String word) {
    return word.chars().anyMatch(Character::isDigit)
        || Lexicon.isMonth(word) && !Lexicon.AMBIGUOUS_MONTHS.contains(word)
        || Lexicon.isWeekday(word) || Lexicon.isOrdinalWord(Lexicon.lower(word)) || Dates.isEra(word)
        || Measures.isCurrencyPrefix(word) || Lexicon.CURRENCY_WORDS.contains(Lexicon.lower(word));
  }

  /** The expression at {@code i}, taking in a modifier before a number ("about 300"). */
  static TokenSpan withModifier(TaggedSentence w, int i) {
    int m = Modifiers.end(w, i);
    if (m > i) {
      TokenSpan core = core(w, m);
      boolean weak = Modifiers.weak(w, i, m);
      boolean clock = core != null && core.label().equals(TIME) && !weak; // "around noon"
      if (core != null && !core.label().equals(ORDINAL) && (clock || startsWithAmount(w, m, weak))) {
        if (core.label().equals(DATE) && core.length() == 1 && COMPARATIVES.contains(w.lower(i))) {
          return Spans.of(i, core.end(), NUMBER); // "more than 1000": a count, not a year
        }
        return Spans.of(i, core.end(), core.label());
      }
    }
    return core(w, i);
  }

  /** A modifier attaches to a number or currency, and strong ones also to "a year". */
  private static boolean startsWithAmount(TaggedSentence w, int m, boolean weak) {
    if (Measures.isCurrencyPrefix(w.at(m))) {
      return true;
    }
    NumberPhrase num = NumberPhrase.single(w, m);
    return num != null && !(weak && (num.article() || num.vague()));
  }

  /** The longest expression starting exactly at {@code i}; ties go to the more specific type. */
  static TokenSpan core(TaggedSentence w, int i) {
    TokenSpan best = Times.at(w, i);
    best = Dates.longer(best, Dates.at(w, i));
    best = Dates.longer(best, Measures.at(w, i));
    best = Dates.longer(best, ordinal(w, i));
    best = Dates.longer(best, cardinal(w, i));
    return best;
  }

  /** "first", "21st", "secondly", "twenty - first". */
  private static TokenSpan ordinal(TaggedSentence w, int i) {
    String lw = w.lower(i);
    if (lw.equals("third") && THIRD_PARTY.contains(w.lower(i + 1))) {
      return null; // "a third party": an outsider, not a rank
    }
    if (Lexicon.isOrdinalWord(lw) || Lexicon.digits(Lexicon.ORDINAL_DIGITS, w.at(i))) {
      return Spans.of(i, i + 1, ORDINAL);
    }
    if (lw.endsWith("ty") && Lexicon.NUMBER_WORDS.contains(lw) && Lexicon.DASHES.contains(w.lower(i + 1))
        && Lexicon.isOrdinalWord(w.lower(i + 2))) {
      return Spans.of(i, i + 3, ORDINAL);
    }
    // "one hundred twenty-fifth", "a hundred and first": a spelled count of hundreds or more before a rank is one rank
    NumberPhrase count = NumberPhrase.single(w, i);
    if (count != null && !count.digits() && !count.vague() && Lexicon.SCALES.contains(w.lower(count.end() - 1))) {
      int k = w.lower(count.end()).equals("and") ? count.end() + 1 : count.end();
      TokenSpan rank = ordinal(w, k);
      if (rank != null) {
        return Spans.of(i, rank.end(), ORDINAL);
      }
    }
    return null;
  }

  /** A count: "five", "1.2 million", "one - third", "hundreds", "tens of thousands". */
  private static TokenSpan cardinal(TaggedSentence w, int i) {
    if (Dates.slashDate(w, i)) {
      return null; // "from 10/1 to 11/7" are dates, so no count range
    }
    NumberPhrase num = NumberPhrase.at(w, i);
    if (num == null || num.article() || num.vague() && !Lexicon.VAGUE_COUNTS.contains(w.lower(i))) {
      return null;
    }
    return Spans.of(i, num.end(), NUMBER);
  }

  /** A time with its date is one TIME span: "9 a.m. Monday", "6:30 pm on July 30, 1896". */
  private static TokenSpan attachDate(TaggedSentence w, TokenSpan s) {
    if (!s.label().equals(TIME)) {
      return s;
    }
    int k = s.end();
    if (w.lower(k).equals(",") || w.lower(k).equals("on")) {
      k++;
    }
    TokenSpan d = Dates.absolute(w, k);
    if (d == null) {
      d = RelativeDates.at(w, k);
    }
    if (d != null && d.label().equals(DATE) && (Lexicon.isWeekday(w.at(k)) || Lexicon.isMonth(w.at(k))
        || w.lower(k).equals("yesterday") || w.lower(k).equals("today") || w.lower(k).equals("tomorrow"))) {
      return Spans.of(s.start(), d.end(), s.label());
    }
    return s;
  }
}
