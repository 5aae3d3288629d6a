package io.nerbyoc.core;

import java.util.List;

/**
 * Splits a text into sentences of tokens with UTF-16 offsets into it. A {@link Document} asks
 * each tokenizer at most once, so recognizers that share one (the CRFs, OpenNLP, feature layers)
 * share its tokens. Implementations are thread-safe and bound their work (see {@link TextBounds}).
 */
public interface Tokenizer {

  /**
   * Tokenizers with equal keys give equal tokens for every text, so a document keeps one
   * tokenisation per key (e.g. {@code "corenlp:two"} for CoreNLP with its newline mode).
   */
  String key();

  /** Sentences of tokens; checks {@code checkpoint} between pieces of a long text. */
  List<List<Token>> tokenize(String text, Checkpoint checkpoint);
}
