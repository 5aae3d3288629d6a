package io.nerbyoc.patterns;

import java.util.Locale;

/** The token attributes spaCy-style token patterns can test, computed once per token. */
public record TokenView(String text, String lower, String shape, boolean digit, boolean title, boolean upper) {

  public static TokenView of(String text) {
    boolean hasLetter = false;
    boolean allUpper = true;
    boolean allDigit = !text.isEmpty();
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isLetter(c)) {
        hasLetter = true;
        allUpper &= Character.isUpperCase(c);
      }
      allDigit &= Character.isDigit(c);
      i += Character.charCount(c);
    }
    return new TokenView(text, text.toLowerCase(Locale.ROOT), shape(text), allDigit, isTitle(text),
        hasLetter && allUpper);
  }

  /** "Xxxxx"-style shape as spaCy writes it: runs longer than four characters are cut to four. */
  static String shape(String text) {
    StringBuilder sb = new StringBuilder(Math.min(text.length(), 16));
    char last = 0;
    int run = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      char s = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : 0;
      if (s == 0) {
        sb.appendCodePoint(c);
        last = 0;
        run = 0;
        continue;
      }
      run = s == last ? run + 1 : 1;
      last = s;
      if (run <= 4) {
        sb.append(s);
      }
    }
    return sb.toString();
  }

  private static boolean isTitle(String text) {
    if (text.isEmpty() || !Character.isUpperCase(text.codePointAt(0))) {
      return false;
    }
    for (int i = Character.charCount(text.codePointAt(0)); i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isUpperCase(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }
}
