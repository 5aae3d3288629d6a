package io.nerbyoc.names;

import io.nerbyoc.core.TokenSpan;
import java.util.List;

/** Test notation for a sentence with spans: "[LABEL words ... ]" around each span, words split on spaces. */
final class Marked {
  private Marked() {}

  /** {@code words} with {@code spans} (sorted, not overlapping) written in the notation. */
  static String render(String[] words, List<TokenSpan> spans) {
    StringBuilder out = new StringBuilder();
    int k = 0;
    for (int i = 0; i < words.length; i++) {
      if (k < spans.size() && spans.get(k).start() == i) {
        out.append('[').append(spans.get(k).label()).append(' ');
      }
      out.append(words[i]);
      if (k < spans.size() && spans.get(k).end() == i + 1) {
        out.append(" ]");
        k++;
      }
      out.append(' ');
    }
    return out.toString().trim();
  }
}
