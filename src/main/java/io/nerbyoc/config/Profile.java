package io.nerbyoc.config;

import java.util.Locale;

/** Which embedded pipeline serves when no model directory is mounted. */
public enum Profile {
  /** Two CoreNLP CRFs combined, rules, and a learned decider: spaCy's 18 types. */
  ACCURATE,
  /** One CoreNLP CRF (CoNLL 4-class): PER/ORG/LOC/MISC. */
  FAST;

  public static Profile parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
