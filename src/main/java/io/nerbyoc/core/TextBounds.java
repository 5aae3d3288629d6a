package io.nerbyoc.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Bounds the work one document can cause before any tokenizer or model sees it, keeping every
 * offset valid for the original text.
 *
 * <ul>
 *   <li>{@link #mask}: a run of more than {@link #MAX_RUN} non-space code points (a 60,000-letter
 *       "word", emoji or zero-width characters without spaces, base64, a long URL, Chinese text)
 *       keeps its first {@code MAX_RUN} code points and the rest becomes spaces of the same UTF-16
 *       length. CoreNLP's tokenizer is quadratic on such runs (16,000 emoji: 11 s) and its CRF
 *       character n-gram features are quadratic in token length (60,000 letters: out of memory).
 *       Non-ASCII spaces become plain spaces: the tokenizer is quadratic on words joined by them.
 *   <li>{@link #segments}: long texts are tokenised in pieces so a deadline is checked at least
 *       every {@link #SEGMENT_CHARS} characters; pieces end at a line break where there is one.
 *   <li>{@link #MAX_SENTENCE_TOKENS}: longer sentences are tagged in windows, which bounds a CRF
 *       call's memory and time.
 * </ul>
 */
public final class TextBounds {
  /** Longest run of non-space code points passed on whole; English words and URLs are far shorter. */
  public static final int MAX_RUN = 64;
  /** Characters tokenised between two deadline checks (about 0.1 s of CoreNLP tokenisation). */
  public static final int SEGMENT_CHARS = 32_768;
  /** Tokens tagged in one CRF call; real sentences are far shorter. */
  public static final int MAX_SENTENCE_TOKENS = 256;

  private TextBounds() {}

  /**
   * The text with over-long runs blanked after their first {@link #MAX_RUN} code points, and every
   * space character other than the ASCII ones (no-break and typographic spaces, U+1680, U+001C–U+001F,
   * vertical tab, line and paragraph separators) replaced by a plain space (line breaks by
   * {@code '\n'}); same UTF-16 length. CoreNLP's tokenizer is quadratic in the length of a stretch of
   * words joined by those characters (32,768 characters of {@code "a\u2028"}: about a minute in one
   * call, past the stuck-worker limit under load), while plain spaces and newlines keep it linear.
   */
  public static String mask(String text) {
    char[] out = null;
    int run = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int n = Character.charCount(c);
      if (isSpace(c)) {
        run = 0;
        char plain = plainSpace(c);
        if (plain != c) {
          if (out == null) {
            out = text.toCharArray();
          }
          out[i] = plain;
        }
      } else if (++run > MAX_RUN) {
        if (out == null) {
          out = text.toCharArray();
        }
        for (int k = 0; k < n; k++) {
          out[i + k] = ' ';
        }
      }
      i += n;
    }
    return out == null ? text : new String(out);
  }

  /** What the tokenizer gets for a space character: itself when ASCII, else a space or a newline. */
  static char plainSpace(int c) {
    return switch (c) {
      case ' ', '\t', '\n', '\r', '\f' -> (char) c;
      case '\u000b', '\u2028', '\u2029' -> '\n'; // CoreNLP breaks lines (and sentences) at these too
      default -> ' ';
    };
  }

  /** Whether a code point separates runs: Java whitespace or a Unicode space (no-break spaces included). */
  public static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * Cuts {@code text} into consecutive [start, end) UTF-16 ranges of at most about {@link
   * #SEGMENT_CHARS}, each ending after a line break when there is one in its second half, else
   * after a space; never inside a surrogate pair. Short texts are one segment.
   */
  public static List<int[]> segments(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    while (text.length() - start > SEGMENT_CHARS) {
      int limit = start + SEGMENT_CHARS;
      int cut = text.lastIndexOf('\n', limit - 1) + 1;
      if (cut <= start + SEGMENT_CHARS / 2) {
        cut = lastSpace(text, start + SEGMENT_CHARS / 2, limit);
      }
      if (cut <= start) {
        cut = Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
      }
      out.add(new int[] {start, cut});
      start = cut;
    }
    out.add(new int[] {start, text.length()});
    return out;
  }

  private static int lastSpace(String text, int from, int limit) {
    for (int i = limit - 1; i >= from; i--) {
      if (isSpace(text.charAt(i))) {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * A token's text cut to its first {@link #MAX_RUN} code points. CoreNLP's tokenizer joins some
   * space-separated runs into one token ({@code ". . . ."} as an ellipsis, {@code "<a b c ... >"}
   * as an SGML tag, {@code "<!-- ... -->"}), up to a whole tokenizer piece; the CRFs' character
   * n-gram features are quadratic in token length (20,000 {@code ". "}: out of memory at 1 GiB).
   */
  public static String capToken(String word) {
    if (word == null || word.length() <= MAX_RUN) {
      return word;
    }
    int n = word.codePointCount(0, word.length());
    return n <= MAX_RUN ? word : word.substring(0, word.offsetByCodePoints(0, MAX_RUN));
  }

  /** How far before the full length a window may end to end where no entity crosses. */
  static final int CUT_SEARCH = 64;
  /** Tokens after which no entity continues: sentence punctuation the splitter did not split on. */
  private static final java.util.Set<String> ENDS_AFTER = java.util.Set.of(".", "!", "?", ";", ":", "...");
  /**
   * Lower-case words no entity of spaCy's types starts with or continues through: pronouns,
   * auxiliaries, reporting verbs and conjunctions that open a clause. ("the", "of", "and",
   * "last", "about" can all be inside one.)
   */
  private static final java.util.Set<String> STARTS_CLAUSE = io.nerbyoc.lists.WordLists.set(TextBounds.class, "clause-openers");

  /**
   * The sentence cut into consecutive windows of at most {@link #MAX_SENTENCE_TOKENS} tokens, each
   * cut where no entity can cross if there is such a place in the last {@link #CUT_SEARCH} tokens
   * of the window: after sentence punctuation, at a line break of {@code text}, or before a word
   * that opens a clause. Only text with none of those (a list of names 256 long) is cut blindly.
   *
   * @param text the text the tokens' offsets point into
   */
  public static List<List<Token>> windows(List<Token> sentence, String text) {
    if (sentence.size() <= MAX_SENTENCE_TOKENS) {
      return List.of(sentence);
    }
    List<List<Token>> out = new ArrayList<>();
    int from = 0;
    while (from < sentence.size()) {
      int to = Math.min(sentence.size(), from + MAX_SENTENCE_TOKENS);
      if (to < sentence.size()) {
        to = cut(sentence, text, from, to);
      }
      out.add(sentence.subList(from, to));
      from = to;
    }
    return out;
  }

  /** The best place in (from, max] to end a window: the last safe cut, else {@code max}. */
  private static int cut(List<Token> sentence, String text, int from, int max) {
    for (int k = max; k > from && k > max - CUT_SEARCH; k--) {
      Token before = sentence.get(k - 1);
      Token after = sentence.get(k);
      if (ENDS_AFTER.contains(before.word()) || STARTS_CLAUSE.contains(after.word())
          || text.substring(Math.min(before.end(), after.begin()), after.begin()).indexOf('\n') >= 0) {
        return k;
      }
    }
    return max;
  }
}
