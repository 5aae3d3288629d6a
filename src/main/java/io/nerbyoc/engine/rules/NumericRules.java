package io.nerbyoc.engine.rules;

import io.nerbyoc.core.TaggedSentence;
import io.nerbyoc.core.TokenSpan;
import io.nerbyoc.numbers.NumericGrammar;
import java.util.Set;

/**
 * Applies {@link NumericGrammar} to a sentence's {@link TaggedSentence}: the grammar's numeric and
 * temporal spans replace the CRFs' (the 7-class CRF cuts dates and amounts short), while the CRFs'
 * names stay where they overlap unless every word of the name is a number or calendar word.
 */
public final class NumericRules {
  static final String SOURCE = "rules:numbers";
  private static final double SCORE = 0.9;
  public static final Set<String> LABELS =
      Set.of("DATE", "TIME", "MONEY", "PERCENT", "NUMBER", "ORDINAL", "QUANTITY");
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
      }
    }
  }

  /** True when every name overlapping {@code s} lies inside it and is all numeric words. */
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
