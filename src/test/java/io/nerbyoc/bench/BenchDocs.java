package io.nerbyoc.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Load-test inputs: news-like documents of about {@code targetTokens} whitespace tokens, made of
 * consecutive wikigold sentences (one per line) that never cross an article boundary.
 */
record BenchDocs(List<String> texts, List<Integer> tokens) {

  static BenchDocs load(Path conll, int targetTokens) throws IOException {
    List<String> texts = new ArrayList<>();
    List<Integer> tokens = new ArrayList<>();
    for (ConllCorpus.Document doc : ConllCorpus.read(conll)) {
      StringBuilder chunk = new StringBuilder();
      int n = 0;
      for (String sentence : doc.text().split("\n")) {
        if (chunk.length() > 0) {
          chunk.append('\n');
        }
        chunk.append(sentence);
        n += countTokens(sentence);
        if (n >= targetTokens) {
          texts.add(chunk.toString());
          tokens.add(n);
          chunk.setLength(0);
          n = 0;
        }
      }
      if (n >= targetTokens / 2) {
        texts.add(chunk.toString());
        tokens.add(n);
      }
    }
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("No document of " + targetTokens + " tokens in " + conll);
    }
    return new BenchDocs(List.copyOf(texts), List.copyOf(tokens));
  }

  /** Whitespace tokens: what the report calls a token, for every system alike. */
  static int countTokens(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  int size() {
    return texts.size();
  }

  double meanTokens() {
    return tokens.stream().mapToInt(Integer::intValue).average().orElse(0);
  }
}
