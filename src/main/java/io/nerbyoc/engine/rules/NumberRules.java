package io.nerbyoc.engine.rules;

import io.nerbyoc.core.TaggedSentence;
import io.nerbyoc.lists.WordLists;
import io.nerbyoc.numbers.NumberWords;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Frozen: only for the entity tags that models trained with {@code pretrained_tags} take as
 * features, which must stay what they were trained on (serving uses {@link NumericRules} and
 * {@link NameRules}). Cheap token rules for numeric types, in place of CoreNLP's POS-dependent numeric classifiers
 * and SUTime: CARDINAL (native NUMBER), ORDINAL, PERCENT, MONEY and bare years as DATE. They only
 * label tokens no statistical model labelled.
 */
final class NumberRules {
  static final String SOURCE = "rules:numbers";
  private static final double SCORE = 0.9;

  private static final Pattern DIGITS =
      Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)([.,]\\d+)?");
  private static final Pattern YEAR = Pattern.compile("(1[5-9]|20)\\d\\d|(1[5-9]|20)\\d0'?s");
  private static final Pattern ORDINAL_DIGITS = Pattern.compile("\\d+(st|nd|rd|th)");
  /** "one" to "ninety" (the shared numbers.NumberWords), and the frozen counts: "hundred", "dozens". */
  private static final Set<String> NUMBER_WORDS = numberWords();
  private static final Set<String> SCALE_WORDS = WordLists.set(NumberRules.class, "frozen-scale-words");
  private static final Set<String> ORDINAL_WORDS = WordLists.set(NumberRules.class, "frozen-ordinal-words");
  private static final Set<String> CURRENCY_SYMBOLS = WordLists.set(NumberRules.class, "frozen-currency-symbols");
  private static final Set<String> CURRENCY_WORDS = WordLists.set(NumberRules.class, "frozen-currency-words");
  private static final Set<String> PERCENT_WORDS = WordLists.set(NumberRules.class, "frozen-percent-words");

  private NumberRules() {}

  private static Set<String> numberWords() {
    Set<String> words = new HashSet<>(NumberWords.FROM_ONE); // "zero" was never on this list
    words.addAll(WordLists.set(NumberRules.class, "frozen-count-words"));
    return Set.copyOf(words);
  }

  static void apply(TaggedSentence t) {
    int n = t.size();
    for (int i = 0; i < n; ) {
      if (!t.isFree(i, i + 1)) {
        i++;
        continue;
      }
      String w = lower(t.words[i]);
      if (isOrdinal(w)) {
        t.set(i, i + 1, "ORDINAL", SCORE, SOURCE);
        i++;
        continue;
      }
      boolean currencyBefore = CURRENCY_SYMBOLS.contains(w) && i + 1 < n && isNumber(lower(t.words[i + 1]));
      int start = currencyBefore ? i + 1 : i;
      if (!isNumber(lower(t.words[start]))) {
        i++;
        continue;
      }
      if (!currencyBefore && YEAR.matcher(w).matches()) {
        t.set(i, i + 1, "DATE", SCORE, SOURCE);
        i++;
        continue;
      }
      int end = start + 1;
      while (end < n && t.isFree(end, end + 1) && isNumberContinuation(lower(t.words[end]))) {
        end++;
      }
      String label = "NUMBER";
      if (currencyBefore) {
        label = "MONEY";
      } else if (end < n && t.isFree(end, end + 1) && PERCENT_WORDS.contains(lower(t.words[end]))) {
        label = "PERCENT";
        end++;
      } else if (end < n && t.isFree(end, end + 1) && CURRENCY_WORDS.contains(lower(t.words[end]))) {
        label = "MONEY";
        end++;
      }
      t.set(i, end, label, SCORE, SOURCE);
      i = end;
    }
  }

  private static boolean isNumber(String w) {
    return DIGITS.matcher(w).matches() || NUMBER_WORDS.contains(w);
  }

  private static boolean isNumberContinuation(String w) {
    return SCALE_WORDS.contains(w) || NUMBER_WORDS.contains(w);
  }

  private static boolean isOrdinal(String w) {
    return ORDINAL_WORDS.contains(w) || ORDINAL_DIGITS.matcher(w).matches();
  }

  private static String lower(String w) {
    return w.toLowerCase(Locale.ROOT);
  }
}
