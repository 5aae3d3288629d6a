package io.nerbyoc.numbers;

import io.nerbyoc.core.TaggedSentence;
import io.nerbyoc.lists.WordLists;

/**
 * Named days are dates by the conventions: "Christmas", "New Year 's Day". Matched
 * case-sensitively, as names.
 */
final class Holidays {
  private Holidays() {}

  private static final String[][] NAMES = WordLists.phrases(Holidays.class, "holidays");

  static final java.util.Set<String> FIRST_WORDS = firstWords();

  private static java.util.Set<String> firstWords() {
    java.util.Set<String> s = new java.util.HashSet<>();
    for (String[] n : NAMES) {
      s.add(n[0]);
    }
    return java.util.Set.copyOf(s);
  }

  /**
   * End of the holiday name starting at {@code i} in any case ("last easter"), or {@code i}: for
   * a caller that has seen a word placing it in time, so that the name cannot be some other word.
   */
  static int endAnyCase(TaggedSentence w, int i) {
    int best = i;
    for (String[] name : NAMES) {
      boolean match = i + name.length > best;
      for (int k = 0; k < name.length && match; k++) {
        match = w.at(i + k).equalsIgnoreCase(name[k]);
      }
      best = match ? i + name.length : best;
    }
    return best;
  }

  /** End of the holiday name starting at {@code i}, or {@code i}. */
  static int end(TaggedSentence w, int i) {
    if (!FIRST_WORDS.contains(w.at(i))) {
      // "Armistice Day", "Nevruz Day": a named day (a person called Day is the CRFs' name and wins)
      String next = w.at(i + 1);
      boolean named = i > 0 && TaggedSentence.capitalised(w.at(i)) && Character.isLetter(w.at(i).charAt(0))
          && (next.equals("Day") || next.equals("Eve")) && !TaggedSentence.capitalised(w.at(i - 1));
      return named ? i + 2 : i;
    }
    int best = i;
    for (String[] name : NAMES) {
      if (i + name.length <= best) {
        continue;
      }
      boolean match = true;
      for (int k = 0; k < name.length && match; k++) {
        match = w.at(i + k).equals(name[k]);
      }
      if (match) {
        best = i + name.length;
      }
    }
    return best;
  }
}
