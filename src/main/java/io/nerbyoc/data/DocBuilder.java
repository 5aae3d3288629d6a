package io.nerbyoc.data;

import io.nerbyoc.core.GoldSpan;
import io.nerbyoc.core.TokenSentence;
import io.nerbyoc.core.TokenSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns tokenised sentences back into the raw text a user would send (tokens joined by spaces,
 * one sentence per line) with gold spans in code point offsets, so that evaluation can run on
 * text through the same path as the server.
 */
final class DocBuilder {
  private final List<TokenSentence> sentences = new ArrayList<>();
  private final String origin;

  DocBuilder(String origin) {
    this.origin = origin;
  }

  void add(TokenSentence s) {
    if (s.size() > 0) {
      sentences.add(s);
    }
  }

  boolean isEmpty() {
    return sentences.isEmpty();
  }

  int size() {
    return sentences.size();
  }

  LabelledDoc build() {
    StringBuilder text = new StringBuilder();
    List<GoldSpan> spans = new ArrayList<>();
    int cp = 0;
    for (TokenSentence s : sentences) {
      if (text.length() > 0) {
        text.append('\n');
        cp++;
      }
      int[] starts = new int[s.size() + 1];
      int[] ends = new int[s.size()];
      for (int i = 0; i < s.size(); i++) {
        if (i > 0) {
          text.append(' ');
          cp++;
        }
        String w = s.words().get(i);
        starts[i] = cp;
        text.append(w);
        cp += w.codePointCount(0, w.length());
        ends[i] = cp;
      }
      for (TokenSpan n : s.names()) {
        spans.add(new GoldSpan(starts[n.start()], ends[n.end() - 1], n.label()));
      }
    }
    return new LabelledDoc(origin, text.toString(), spans, sentences);
  }
}
