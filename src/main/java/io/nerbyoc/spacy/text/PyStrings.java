package io.nerbyoc.spacy.text;

/**
 * Python's {@code str} predicates and slices, per code point as Python counts characters, where
 * Java's differ: {@code isspace} includes no-break spaces and U+0085, {@code isdigit} includes
 * superscript and circled digits.
 */
public final class PyStrings {
  private PyStrings() {}

  public static boolean isSpace(int cp) {
    if (Character.isWhitespace(cp) || cp == 0x85) {
      return true;
    }
    int t = Character.getType(cp);
    return t == Character.SPACE_SEPARATOR || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR;
  }

  /** {@code s.isspace()}: non-empty and every character whitespace. */
  public static boolean isSpace(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (!isSpace(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  public static boolean isAlpha(int cp) {
    return Character.isLetter(cp);
  }

  /** Numeric_Type Decimal or Digit, as {@code str.isdigit}. */
  public static boolean isDigit(int cp) {
    if (Character.isDigit(cp)) {
      return true;
    }
    if (Character.getType(cp) != Character.OTHER_NUMBER) {
      return false;
    }
    int v = Character.getNumericValue(cp);
    return v >= 0 && v <= 9;
  }

  public static boolean isUpper(int cp) {
    return Character.isUpperCase(cp);
  }

  /** {@code s[:n]} in code points. */
  public static String head(String s, int n) {
    int cps = s.codePointCount(0, s.length());
    return n >= cps ? s : s.substring(0, s.offsetByCodePoints(0, n));
  }

  /** {@code s[-n:]} in code points. */
  public static String tail(String s, int n) {
    int cps = s.codePointCount(0, s.length());
    return n >= cps ? s : s.substring(s.offsetByCodePoints(0, cps - n));
  }
}
