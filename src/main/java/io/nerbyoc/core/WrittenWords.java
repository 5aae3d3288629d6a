package io.nerbyoc.core;

/**
 * Where written words begin and end, as a reader sees them: an entity boundary never falls between
 * two letters or digits of one word. Tokenizers split some words on purpose ("10km" into "10" and
 * "km", so the numeric grammar can read the unit), and a rule that reads one of the pieces alone
 * must not hand out half a word ("Super Bowl 10" of "Super Bowl 10km").
 *
 * <p>Scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar, Tibetan) have no such
 * words: every boundary between their characters is allowed. Combining marks and the joiners
 * U+00AD (soft hyphen), U+200C and U+200D belong to the word they sit in; U+200B (zero-width space)
 * separates.
 */
public final class WrittenWords {
  private WrittenWords() {}

  /**
   * Tokens [from, to) of a span, of {@code size} tokens at UTF-16 offsets {@code begin(i)} to
   * {@code end(i)}, trimmed to whole written words: a name drops a piece of a word the tokenizer
   * split ("Super Bowl 10" of "10km" → "Super Bowl"); a number or date ({@code numeric}) that is
   * only such a piece takes its whole word when the tokens around it are {@code free}. Null when
   * nothing whole is left.
   */
  public static int[] wholeWords(CharSequence text, int from, int to, int size, java.util.function.IntUnaryOperator begin,
      java.util.function.IntUnaryOperator end, boolean numeric, java.util.function.IntPredicate free) {
    int b = from;
    int e = to;
    while (b < e && inside(text, begin.applyAsInt(b))) {
      b++;
    }
    while (e > b && inside(text, end.applyAsInt(e - 1))) {
      e--;
    }
    if (b < e) {
      return new int[] {b, e};
    }
    if (!numeric) {
      return null;
    }
    b = from;
    e = to;
    while (b > 0 && inside(text, begin.applyAsInt(b)) && free.test(b - 1)) {
      b--;
    }
    while (e < size && inside(text, end.applyAsInt(e - 1)) && free.test(e)) {
      e++;
    }
    boolean whole = !inside(text, begin.applyAsInt(b)) && !inside(text, end.applyAsInt(e - 1));
    return whole ? new int[] {b, e} : null;
  }

  /** Whether UTF-16 offset {@code at} of {@code text} falls inside a written word. */
  public static boolean inside(CharSequence text, int at) {
    if (at <= 0 || at >= text.length()) {
      return false;
    }
    return isWordChar(Character.codePointBefore(text, at)) && isWordChar(Character.codePointAt(text, at));
  }

  static boolean isWordChar(int cp) {
    if (cp == 0xAD || cp == 0x200C || cp == 0x200D) {
      return true;
    }
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK) {
      return true;
    }
    if (!Character.isLetterOrDigit(cp)) {
      return false;
    }
    return switch (Character.UnicodeScript.of(cp)) {
      case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> false;
      default -> true;
    };
  }
}
