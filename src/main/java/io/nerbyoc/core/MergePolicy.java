package io.nerbyoc.core;

import java.util.Locale;

/** How overlapping entities from several recognizers become one answer. */
public enum MergePolicy {
  /** The earlier recognizer in the pipeline wins. */
  PRIORITY,
  /** The longer span wins; ties go to the earlier recognizer. */
  LONGEST,
  /** The higher score wins; ties go to the earlier recognizer. */
  SCORE;

  public static MergePolicy parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
