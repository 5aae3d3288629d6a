package io.nerbyoc.config;

import java.util.Locale;

/** Whether a newline ends a sentence (CoreNLP's ssplit.newlineIsSentenceBreak). */
public enum NewlineMode {
  ALWAYS,
  TWO,
  NEVER;

  public static NewlineMode parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
