package io.nerbyoc.engine.rules;

import io.nerbyoc.core.TaggedSentence;
import io.nerbyoc.core.TokenSpan;
import io.nerbyoc.numbers.NumericGrammar;
import java.util.Set;

/**
 * Applies {@link NumericGrammar} to a sentence's {@link TaggedSentence}: the grammar's numeric and
 * temporal spans replace the CRFs' (the 7-class CRF cuts dates and amounts short), while the CRFs'
 * names stay where they overlap unless every word of the name is a number or calendar word, or the
 * name lies after the number inside an amount with its unit: the grammar reads a name there only as
 * the unit or its country ("10,000 Swiss francs", "10 Hong Kong dollars", "20.3 Celsius"), one
 * MONEY or QUANTITY span by spaCy's conventions.
 */
public final class NumericRules {
  static final String SOURCE = "rules:numbers";
  private static final double SCORE = 0.9;
  public static final Set<String> LABELS =
      Set.of("DATE", "TIME", "MONEY", "PERCENT", "NUMBER", "ORDINAL", "QUANTITY");
  /** Amounts whose span may hold a name after their number: the unit's country or the unit itself. */
  private static final Set<String> UNIT_AMOUNTS = Set.of("MONEY", "QUANTITY");
  private static final Set<String> CRF_NUMERIC = Set.of("DATE", "TIME", "MONEY", "PERCENT", "NUMBER", "ORDINAL",
      "QUANTITY", "DURATION", "SET");

  private NumericRules() {}

  static void apply(TaggedSentence t) {
    for (int i = 0; i < t.size(); i++) {
      if (CRF_NUMERIC.contains(t.labels[i])) {
        t.clear(i, i + 1);
      }
    }
    for (TokenSpan s : NumericGrammar.find(t)) {
      if (t.isFree(s.start(), s.end()) || namesYield(t, s)) {
        t.clear(s.start(), s.end());
        t.set(s.start(), s.end(), s.label(), SCORE, SOURCE);
      } else if (unitOpensName(t, s)) {
        t.clearOverlapping(s.start(), s.end());
        t.set(s.start(), s.end(), s.label(), SCORE, SOURCE);
      }
    }
  }

  /**
   * True when the only name over an amount starts at its unit after a hyphen ("four-mile drive",
   * where a CRF read "mile drive" as a name): a hyphen joins the unit to its number as one
   * modifier, so the name is a cut through it and goes.
   */
  private static boolean unitOpensName(TaggedSentence t, TokenSpan s) {
    int unit = s.end() - 1;
    return UNIT_AMOUNTS.contains(s.label()) && s.end() - s.start() >= 3 && t.words[unit - 1].equals("-")
        && t.isFree(s.start(), unit) && t.runStart(unit) == unit;
  }

  /**
   * True when every name overlapping {@code s} lies inside it and is all numeric words, or, in an
   * amount with its unit, comes after its first word.
   */
  private static boolean namesYield(TaggedSentence t, TokenSpan s) {
    for (int i = s.start(); i < s.end(); i++) {
      if (TaggedSentence.OUTSIDE.equals(t.labels[i])) {
        continue;
      }
      int from = t.runStart(i);
      int to = t.runEnd(from);
      if (from < s.start() || to > s.end()) {
        return false;
      }
      if (from > s.start() && UNIT_AMOUNTS.contains(s.label())) {
        i = to - 1; // "Swiss" in "10,000 Swiss francs"
        continue;
      }
      for (int k = from; k < to; k++) {
        if (!NumericGrammar.isNumericWord(t.words[k])) {
          return false;
        }
      }
      i = to - 1;
    }
    return true;
  }
}
