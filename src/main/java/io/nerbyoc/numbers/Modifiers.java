package io.nerbyoc.numbers;

import io.nerbyoc.core.TaggedSentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Approximators and comparatives before a number: "more than", "about", "nearly", "up to". */
final class Modifiers {
  private Modifiers() {}

  /** The modifiers by their first word: most tokens start none. */
  private static final Map<String, List<String[]>> BY_FIRST = new HashMap<>();

  static {
    for (String[] m : Lexicon.MODIFIERS) {
      BY_FIRST.computeIfAbsent(m[0], k -> new ArrayList<>()).add(m);
    }
  }

  /** End of the longest modifier starting at {@code i}, or {@code i} when there is none. */
  static int end(TaggedSentence w, int i) {
    int best = i;
    List<String[]> candidates = BY_FIRST.get(w.lower(i));
    if (candidates == null) {
      return i;
    }
    for (String[] m : candidates) {
      if (i + m.length > w.size() || i + m.length <= best) {
        continue;
      }
      boolean match = true;
      for (int k = 0; k < m.length && match; k++) {
        match = w.lower(i + k).equals(m[k]);
      }
      if (match) {
        best = i + m.length;
      }
    }
    return best;
  }

  /** A one-word modifier that is also an ordinary word ("some", "over"). */
  static boolean weak(TaggedSentence w, int i, int end) {
    return end == i + 1 && Lexicon.WEAK_MODIFIERS.contains(w.lower(i));
  }
}
