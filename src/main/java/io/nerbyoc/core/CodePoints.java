package io.nerbyoc.core;

/**
 * Converts UTF-16 offsets (what Java, CoreNLP and OpenNLP produce) into Unicode code point
 * offsets (what spaCy and Python slicing use). The only place this conversion happens.
 */
public final class CodePoints {
  private final int[] cpAt; // null when the text has no surrogate pairs: offsets are identical

  private CodePoints(int[] cpAt) {
    this.cpAt = cpAt;
  }

  public static CodePoints of(String text) {
    int n = text.length();
    boolean surrogates = false;
    for (int i = 0; i < n; i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        surrogates = true;
        break;
      }
    }
    if (!surrogates) {
      return new CodePoints(null);
    }
    int[] map = new int[n + 1];
    int cp = 0;
    for (int i = 0; i < n; i++) {
      map[i] = cp;
      if (!(Character.isHighSurrogate(text.charAt(i))
          && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1)))) {
        cp++;
      }
    }
    map[n] = cp;
    return new CodePoints(map);
  }

  /** Code point offset of the given UTF-16 offset (0..length inclusive). */
  public int toCodePoint(int utf16Offset) {
    return cpAt == null ? utf16Offset : cpAt[utf16Offset];
  }
}
