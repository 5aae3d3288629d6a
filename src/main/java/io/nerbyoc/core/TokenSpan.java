package io.nerbyoc.core;

/**
 * A labelled run of tokens {@code [start, end)} in one sentence: the one token-offset span every
 * reader, trainer, tagger, rule, name typer and numeric grammar uses ({@link GoldSpan} is the
 * character-offset one). Labels are whatever scheme the producer speaks.
 */
public record TokenSpan(int start, int end, String label) {

  /** The number of tokens. */
  public int length() {
    return end - start;
  }
}
