package io.nerbyoc.numbers;

/** Approximators and comparatives before a number: "more than", "about", "nearly", "up to". */
final class Modifiers {
  private Modifiers() {}

  /** End of the longest modifier starting at {@code i}, or {@code i} when there is none. */
  static int end(Words w, int i) {
    int best = i;
    for (String[] m : Lexicon.MODIFIERS) {
      if (i + m.length > w.size() || i + m.length <= best) {
        continue;
      }
      boolean match = true;
      for (int k = 0; k < m.length && match; k++) {
        match = w.low(i + k).equals(m[k]);
      }
      if (match) {
        best = i + m.length;
      }
    }
    return best;
  }

  /** A one-word modifier that is also an ordinary word ("some", "over"). */
  static boolean weak(Words w, int i, int end) {
    return end == i + 1 && Lexicon.WEAK_MODIFIERS.contains(w.low(i));
  }
}
