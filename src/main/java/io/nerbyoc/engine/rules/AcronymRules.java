package io.nerbyoc.engine.rules;

import io.nerbyoc.core.TaggedSentence;
import io.nerbyoc.lists.WordLists;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An unlabelled all-capitals token such as "BWF", "6PR" or "B&amp;SR" is usually an organisation
 * name that the CRFs, trained mostly on news, have not seen. Common non-name acronyms are listed
 * out. The rule reads capitals, so it fires only where they mean something: in a sentence with
 * informative case, on a token that is not a common word ("AT", "SOCCER", "PTS") and not part of
 * a run of capitalised words (a headline or table header inside a sentence).
 */
final class AcronymRules {
  static final String SOURCE = "rules:acronyms";
  private static final double SCORE = 0.6;
  private static final Pattern ACRONYM = Pattern.compile("(?=.*[A-Z].*[A-Z])[A-Z0-9&]{2,6}");
  private static final Set<String> NOT_NAMES = WordLists.set(AcronymRules.class, "frozen-non-name-acronyms");

  /**
   * More non-name acronyms, for serving only: the list above is frozen because trained models with
   * pretrained tags learned from it. Retweet markers, time zones, weapons and devices, statistics.
   */
  private static final Set<String> NOT_NAMES_SERVING = WordLists.set(AcronymRules.class, "serving-non-name-acronyms");

  private AcronymRules() {}

  /**
   * @param caseAware apply the casing and common-word limits; false is the rule as trained models
   *     with pretrained tags saw it
   */
  static void apply(TaggedSentence t, boolean caseAware) {
    if (caseAware && !t.casing.informative()) {
      return;
    }
    for (int i = 0; i < t.size(); i++) {
      String w = t.words[i];
      if (t.isFree(i, i + 1) && ACRONYM.matcher(w).matches() && !NOT_NAMES.contains(w)
          && (!caseAware || (!CommonWords.contains(w) && !NOT_NAMES_SERVING.contains(w) && !inCapitalRun(t, i)))) {
        t.set(i, i + 1, "ORGANIZATION", SCORE, SOURCE);
      }
    }
  }

  /** Whether a neighbouring token is also a word in capitals: "NEW YORK", "LEAGUE STANDINGS". */
  private static boolean inCapitalRun(TaggedSentence t, int i) {
    return (i > 0 && allCaps(t.words[i - 1])) || (i + 1 < t.size() && allCaps(t.words[i + 1]));
  }

  private static boolean allCaps(String w) {
    int letters = 0;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2;
  }
}
