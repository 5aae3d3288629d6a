package io.nerbyoc.engine.rules;

import io.nerbyoc.core.TaggedSentence;
import io.nerbyoc.names.NationalityList;
import java.util.Locale;
import java.util.Set;

/**
 * Frozen: only for the entity tags that models trained with {@code pretrained_tags} take as
 * features, which must stay what they were trained on (serving uses {@link NumericRules} and
 * {@link NameRules}). Nationalities, religious and political groups (spaCy's NORP, native NATIONALITY) from a word
 * list. CoNLL-trained CRFs call these MISC or miss them; a single-token MISC or an unlabelled
 * token on the list becomes NATIONALITY.
 */
final class NationalityRules {
  static final String SOURCE = "rules:nationalities";
  private static final double SCORE = 0.9;

  /** The list as trained models saw it: {@link NationalityList#FROZEN}. */
  private static final Set<String> WORDS = NationalityList.FROZEN;

  private NationalityRules() {}

  static void apply(TaggedSentence t) {
    for (int i = 0; i < t.size(); i++) {
      if (!isMember(t.words[i])) {
        continue;
      }
      boolean free = t.isFree(i, i + 1);
      boolean singleMisc = "MISC".equals(t.labels[i]) && t.runEnd(i) == i + 1 && (i == 0 || !sameEntity(t, i - 1, i));
      if (free || singleMisc) {
        t.set(i, i + 1, "NATIONALITY", SCORE, SOURCE);
      }
    }
  }

  private static boolean sameEntity(TaggedSentence t, int a, int b) {
    return t.runEnd(a) > b;
  }

  /** Capitalised list word, singular or plural ("Americans", "Democrats"). */
  static boolean isMember(String word) {
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    String w = word.toLowerCase(Locale.ROOT);
    return WORDS.contains(w) || (w.endsWith("s") && WORDS.contains(w.substring(0, w.length() - 1)));
  }
}
