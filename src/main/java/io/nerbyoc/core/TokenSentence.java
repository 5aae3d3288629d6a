package io.nerbyoc.core;

import java.util.List;

/**
 * One tokenised, labelled sentence: what every trainer consumes, whatever format it was read
 * from. Names are token ranges, end exclusive, non-overlapping and sorted.
 */
public record TokenSentence(List<String> words, List<TokenSpan> names) {

  public TokenSentence {
    words = List.copyOf(words);
    names = List.copyOf(names);
  }

  public int size() {
    return words.size();
  }
}
