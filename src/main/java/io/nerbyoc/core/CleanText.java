package io.nerbyoc.core;

import java.util.Map;

/**
 * The text as tokenizers and models should see it, with a map back to the original: real input
 * pasted from PDFs and web pages carries characters that split or hide words without changing what
 * a reader sees. One linear pass; a text without any of them is returned as is, with no map.
 *
 * <ul>
 *   <li>CRLF and lone CR become {@code '\n'}, so line-break rules see one break, not two.
 *   <li>HTML character references left in text ({@code &amp;}, {@code &#8364;}, {@code &#x2019;},
 *       {@code &nbsp;}) become their character.
 *   <li>A zero-width space (U+200B) separates words, as it does on screen: it becomes a space
 *       ("Angela\u200BMerkel" is two words). The joiners (U+200C, U+200D, U+2060, U+FEFF) and soft
 *       hyphens (U+00AD) are removed: "Mi\u00ADcrosoft" is one word.
 *   <li>Curly quotes and apostrophes become ASCII ones, as in the text the models were trained on.
 *   <li>Letters written in a compatibility form read as the plain letters they show: mathematical
 *       alphanumerics ("𝐀𝐧𝐠𝐞𝐥𝐚"), fullwidth ASCII ("ＩＢＭ"), Latin ligatures ("ﬁ") and letter-like
 *       symbols ("ℍ") by Unicode's compatibility normalisation (NFKC); "İ" (Turkish capital dotted
 *       I) reads as "I", the form English text and the models use ("İstanbul"). Other compatibility
 *       characters keep their meaning and stay ("™", "²", "½").
 *   <li>A word hyphenated at a line end is joined: "Massa-\nchusetts" → "Massachusetts"; before a
 *       capital the hyphen stays ("Franco-\nPrussian" → "Franco-Prussian").
 * </ul>
 *
 * Offsets: clean character {@code i} came from original characters {@code [begin(i), end(i))}, so
 * a token {@code [b, e)} of the clean text is {@code [begin(b), end(e - 1))} of the original.
 * Non-ASCII spaces and over-long runs are {@link TextBounds}' concern, which keeps lengths.
 */
public final class CleanText {
  private static final Map<String, Integer> NAMED = Map.ofEntries(
      Map.entry("amp", (int) '&'), Map.entry("lt", (int) '<'), Map.entry("gt", (int) '>'),
      Map.entry("quot", (int) '"'), Map.entry("apos", (int) '\''), Map.entry("nbsp", (int) ' '),
      Map.entry("ndash", 0x2013), Map.entry("mdash", 0x2014), Map.entry("lsquo", (int) '\''),
      Map.entry("rsquo", (int) '\''), Map.entry("ldquo", (int) '"'), Map.entry("rdquo", (int) '"'),
      Map.entry("hellip", 0x2026), Map.entry("euro", 0x20AC), Map.entry("pound", 0xA3),
      Map.entry("yen", 0xA5), Map.entry("cent", 0xA2), Map.entry("copy", 0xA9), Map.entry("reg", 0xAE),
      Map.entry("trade", 0x2122), Map.entry("deg", 0xB0), Map.entry("middot", 0xB7), Map.entry("bull", 0x2022),
      Map.entry("shy", 0xAD), Map.entry("eacute", 0xE9), Map.entry("egrave", 0xE8), Map.entry("aacute", 0xE1),
      Map.entry("oacute", 0xF3), Map.entry("iacute", 0xED), Map.entry("uacute", 0xFA), Map.entry("ntilde", 0xF1),
      Map.entry("uuml", 0xFC), Map.entry("ouml", 0xF6), Map.entry("auml", 0xE4), Map.entry("ccedil", 0xE7));

  private final String text;
  private final int[] begin; // null: the text was clean, offsets are the identity
  private final int[] end;

  private CleanText(String text, int[] begin, int[] end) {
    this.text = text;
    this.begin = begin;
    this.end = end;
  }

  public String text() {
    return text;
  }

  /** Original offset where clean character {@code i} starts ({@code i == length}: the original's end). */
  public int begin(int i) {
    return begin == null ? i : begin[i];
  }

  /** Original offset just after clean character {@code i}. */
  public int end(int i) {
    return end == null ? i + 1 : end[i];
  }

  public static CleanText of(String original) {
    if (!needsWork(original)) {
      return new CleanText(original, null, null);
    }
    int n = original.length();
    StringBuilder out = new StringBuilder(n);
    int[] from = new int[n + 1];
    int[] to = new int[n + 1];
    int i = 0;
    while (i < n) {
      char c = original.charAt(i);
      int skip = 1;
      int emit = c;
      if (c == '\r') {
        emit = '\n';
        skip = i + 1 < n && original.charAt(i + 1) == '\n' ? 2 : 1;
      } else if (c == '&') {
        int[] ref = reference(original, i);
        if (ref != null) {
          emit = ref[0];
          skip = ref[1];
        }
      } else if (isCompatibilityLetter(original, i)) {
        int cp = original.codePointAt(i);
        putAll(out, from, to, compatibilityForm(cp), i, i + Character.charCount(cp));
        i += Character.charCount(cp);
        continue;
      } else if (c == '\u200B') {
        emit = ' ';
      } else if (isInvisible(c)) {
        emit = -1;
      } else if (c == '\u2018' || c == '\u2019' || c == '\u201B' || c == '\u2032') {
        emit = '\'';
      } else if (c == '\u201C' || c == '\u201D' || c == '\u201F' || c == '\u2033') {
        emit = '"';
      } else if ((c == '-' || c == '\u2010') && i > 0 && Character.isLetter(original.charAt(i - 1))) {
        int next = lineEndJoin(original, i);
        if (next > 0) {
          boolean lower = Character.isLowerCase(original.charAt(next));
          if (!lower) {
            put(out, from, to, c, i, i + 1);
          }
          i = next; // the hyphen (before a lower-case letter) and the line break go
          continue;
        }
      }
      if (emit == 0xAD) {
        emit = -1; // &shy;
      }
      if (emit >= 0) {
        put(out, from, to, emit, i, i + skip);
      }
      i += skip;
    }
    int len = out.length();
    int[] b = java.util.Arrays.copyOf(from, len + 1);
    int[] e = java.util.Arrays.copyOf(to, len + 1);
    b[len] = n;
    e[len] = n;
    return new CleanText(out.toString(), b, e);
  }

  private static void put(StringBuilder out, int[] from, int[] to, int codePoint, int b, int e) {
    int at = out.length();
    out.appendCodePoint(codePoint);
    for (int k = at; k < out.length(); k++) {
      from[k] = b;
      to[k] = e;
    }
  }

  private static void putAll(StringBuilder out, int[] from, int[] to, String chars, int b, int e) {
    chars.codePoints().forEach(cp -> put(out, from, to, cp, b, e));
  }

  /** Whether the code point at {@code i} is a letter written in a compatibility form (see the class comment). */
  private static boolean isCompatibilityLetter(String s, int i) {
    char c = s.charAt(i);
    if (c == '\u0130') {
      return true;
    }
    if (c == '\uD835') { // mathematical alphanumerics, U+1D400–U+1D7FF
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return c >= '\uFF01' && c <= '\uFF5E' || c >= '\uFB00' && c <= '\uFB06'
        || c >= '\u2100' && c <= '\u214F' && Character.isLetter(c);
  }

  private static String compatibilityForm(int cp) {
    return cp == 0x130 ? "I" : java.text.Normalizer.normalize(new String(Character.toChars(cp)), java.text.Normalizer.Form.NFKC);
  }

  private static boolean needsWork(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r' || c == '&' && reference(s, i) != null || isInvisible(c) || isCompatibilityLetter(s, i) || (c >= '\u2018' && c <= '\u201F') || c == '\u2032' || c == '\u2033'
          || ((c == '-' || c == '\u2010') && i > 0 && Character.isLetter(s.charAt(i - 1)) && lineEndJoin(s, i) > 0)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isInvisible(char c) {
    return c == '\u00AD' || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
  }

  /**
   * For a hyphen at {@code i} followed by spaces or tabs, one line break, spaces or tabs and a
   * letter: the letter's offset; otherwise -1.
   */
  private static int lineEndJoin(String s, int i) {
    int j = i + 1;
    while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
      j++;
    }
    if (j < s.length() && s.charAt(j) == '\r') {
      j++;
    }
    if (j >= s.length() || s.charAt(j) != '\n') {
      return -1;
    }
    j++;
    while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
      j++;
    }
    return j < s.length() && Character.isLetter(s.charAt(j)) ? j : -1;
  }

  /** {code point, length} of a character reference starting at {@code i}, or null. */
  private static int[] reference(String s, int i) {
    // Look for the ';' only as far as the longest reference reaches: a text of many '&' and no ';'
    // must stay linear.
    int semi = -1;
    for (int j = i + 2, end = Math.min(s.length(), i + 11); j < end; j++) {
      if (s.charAt(j) == ';') {
        semi = j;
        break;
      }
    }
    if (semi < 0) {
      return null;
    }
    String body = s.substring(i + 1, semi);
    int cp;
    try {
      if (body.startsWith("#x") || body.startsWith("#X")) {
        cp = Integer.parseInt(body.substring(2), 16);
      } else if (body.startsWith("#")) {
        cp = Integer.parseInt(body.substring(1));
      } else {
        Integer named = NAMED.get(body);
        if (named == null) {
          return null;
        }
        cp = named;
      }
    } catch (NumberFormatException e) {
      return null;
    }
    boolean usable = cp >= 0x20 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF) && !(cp >= 0x7F && cp < 0xA0)
        || cp == '\n' || cp == '\t';
    if (!usable) {
      return null;
    }
    if (cp == '\u2018' || cp == '\u2019') {
      cp = '\'';
    } else if (cp == '\u201C' || cp == '\u201D') {
      cp = '"';
    } else if (cp == 0xA0 || cp == 0x200B) {
      cp = ' ';
    } else if (isInvisible((char) cp) && cp <= 0xFFFF) {
      cp = 0xAD; // dropped by the caller
    }
    return new int[] {cp, semi + 1 - i};
  }
}
