package io.nerbyoc.numbers;

import java.util.List;

/** A sentence's tokens with their lower-case forms computed once (the grammar asks often). */
final class Words {
  private final String[] raw;
  private final String[] low;
  private final boolean[] mayStart;

  Words(List<String> words) {
    raw = words.toArray(new String[0]);
    low = new String[raw.length];
    mayStart = new boolean[raw.length];
    for (int i = 0; i < raw.length; i++) {
      low[i] = Lexicon.lower(raw[i]);
      mayStart[i] = Lexicon.mayStart(raw[i], low[i]);
    }
  }

  /** False for tokens that start no expression: the grammar skips them without trying rules. */
  boolean mayStart(int i) {
    return mayStart[i];
  }

  int size() {
    return raw.length;
  }

  /** The token at {@code i}, or "" outside the sentence (rules look ahead freely). */
  String get(int i) {
    return at(i);
  }

  /** The lower-case token at {@code i}, or "" outside the sentence. */
  String low(int i) {
    return lowAt(i);
  }

  /** The lower-case token at {@code i}, or "" outside the sentence. */
  String lowAt(int i) {
    return i >= 0 && i < raw.length ? low[i] : "";
  }

  /** The token at {@code i}, or "" outside the sentence. */
  String at(int i) {
    return i >= 0 && i < raw.length ? raw[i] : "";
  }
}
