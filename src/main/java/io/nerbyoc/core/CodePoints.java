package io.nerbyoc.core;

/**
 * Converts UTF-16 offsets (what Java, CoreNLP and OpenNLP produce) into Unicode code point
 * offsets (what spaCy and Python slicing use). The only place this conversion happens.
 */
public final class CodePoints {
  private final int[] cpAt; // null when the text has no surrogate pairs: offsets are identical
  private final int[] utf16At; // the inverse, also null then
  private final int length; // in UTF-16 units

  private CodePoints(int[] cpAt, int[] utf16At, int length) {
    this.cpAt = cpAt;
    this.utf16At = utf16At;
    this.length = length;
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
      return new CodePoints(null, null, n);
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
    int[] back = new int[cp + 1];
    for (int i = n; i >= 0; i--) {
      back[map[i]] = i; // the first UTF-16 offset of each code point: a low surrogate never starts one
    }
    return new CodePoints(map, back, n);
  }

  /** Code point offset of the given UTF-16 offset (0..length inclusive). */
  public int toCodePoint(int utf16Offset) {
    return cpAt == null ? utf16Offset : cpAt[utf16Offset];
  }

  /**
   * UTF-16 offset of the given code point offset, or -1 when it is outside the text; constant
   * time, so converting every entity of a long document stays linear.
   */
  public int toUtf16(int codePointOffset) {
    if (utf16At == null) {
      return codePointOffset < 0 || codePointOffset > length ? -1 : codePointOffset;
    }
    return codePointOffset < 0 || codePointOffset >= utf16At.length ? -1 : utf16At[codePointOffset];
  }
}
