package io.nerbyoc.numbers;

import io.nerbyoc.core.TokenSpan;

/**
 * The grammar's labels (DATE, TIME, MONEY, PERCENT, QUANTITY, ORDINAL and NUMBER, a cardinal)
 * and its spans over tokens, checked non-empty as they are made.
 */
final class Spans {
  static final String DATE = "DATE";
  static final String TIME = "TIME";
  static final String MONEY = "MONEY";
  static final String PERCENT = "PERCENT";
  static final String QUANTITY = "QUANTITY";
  static final String ORDINAL = "ORDINAL";
  static final String NUMBER = "NUMBER";

  private Spans() {}

  /** The expression {@code [start, end)} labelled {@code label}. */
  static TokenSpan of(int start, int end, String label) {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("empty span " + start + ".." + end);
    }
    return new TokenSpan(start, end, label);
  }
}
