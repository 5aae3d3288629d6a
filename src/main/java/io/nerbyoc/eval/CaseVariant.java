package io.nerbyoc.eval;

import io.nerbyoc.core.TokenSentence;
import io.nerbyoc.data.LabelledDoc;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A labelled document re-cased as real inputs come (contracts in capitals, transcripts in lower
 * case, headlines in title case), or made noisy as text pasted from PDFs and web pages is, to
 * measure robustness. Re-casing maps each code point to one code point, so the gold spans (code
 * point offsets) stay valid; {@link #NOISY} moves them with the text.
 */
public enum CaseVariant {
  AS_WRITTEN, UPPER, LOWER, TITLE,
  /**
   * Deterministic noise, every kind issue "Robust to real text" lists: some spaces become
   * no-break spaces, tabs or runs of spaces; quotes and apostrophes become curly; "&amp;" becomes
   * "&amp;amp;"; line breaks become CRLF; some long words get a soft hyphen, a zero-width space or
   * a hyphenated line break inside.
   */
  NOISY;

  public static CaseVariant parse(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "as-written", "as_written", "none" -> AS_WRITTEN;
      case "upper" -> UPPER;
      case "lower" -> LOWER;
      case "title" -> TITLE;
      case "noisy" -> NOISY;
      default -> throw new IllegalArgumentException("--casing must be upper, lower, title, noisy or none, not " + s);
    };
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public String apply(String text) {
    if (this == AS_WRITTEN) {
      return text;
    }
    if (this == NOISY) {
      return noisy(text, null);
    }
    StringBuilder sb = new StringBuilder(text.length());
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      boolean upper = this == UPPER || (this == TITLE && !inWord);
      int m = upper ? Character.toUpperCase(c) : Character.toLowerCase(c);
      sb.appendCodePoint(m);
      // an apostrophe keeps the word going: "Don't", not "Don'T"
      inWord = Character.isLetterOrDigit(c) || (inWord && (c == '\'' || c == '’'));
    }
    return sb.toString();
  }

  public LabelledDoc apply(LabelledDoc d) {
    if (this == AS_WRITTEN) {
      return d;
    }
    if (this == NOISY) {
      int n = d.text().codePointCount(0, d.text().length());
      int[][] at = new int[2][n + 1];
      String text = noisy(d.text(), at);
      List<io.nerbyoc.core.GoldSpan> spans = d.spans().stream()
          .map(g -> new io.nerbyoc.core.GoldSpan(at[0][g.start()], g.end() > g.start() ? at[1][g.end() - 1] : at[0][g.start()], g.label()))
          .toList();
      return new LabelledDoc(d.origin(), text, spans, d.sentences());
    }
    List<TokenSentence> sentences = null;
    if (d.sentences() != null) {
      sentences = new ArrayList<>();
      for (TokenSentence s : d.sentences()) {
        sentences.add(new TokenSentence(s.words().stream().map(this::apply).toList(), s.names()));
      }
    }
    return new LabelledDoc(d.origin(), apply(d.text()), d.spans(), sentences);
  }

  /**
   * The noisy text; with {@code at}, records for each original code point where its replacement
   * starts ({@code at[0]}) and ends ({@code at[1]}) in code points of the result.
   */
  private static String noisy(String text, int[][] at) {
    StringBuilder sb = new StringBuilder(text.length() + text.length() / 8);
    int cps = 0; // code points written
    int spaces = 0;
    int words = 0;
    int wordLen = 0;
    boolean doubleOpen = true;
    int k = 0;
    for (int i = 0; i < text.length(); k++) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      int next = i < text.length() ? text.codePointAt(i) : ' ';
      String rep;
      if (c == ' ') {
        spaces++;
        rep = spaces % 7 == 0 ? "\t" : spaces % 5 == 0 ? "  " : spaces % 3 == 0 ? "\u00a0" : " ";
      } else if (c == '\n') {
        rep = "\r\n";
      } else if (c == '\'') {
        rep = "\u2019";
      } else if (c == '"') {
        rep = doubleOpen ? "\u201c" : "\u201d";
        doubleOpen = !doubleOpen;
      } else if (c == '&') {
        rep = "&amp;";
      } else {
        rep = new String(Character.toChars(c));
        if (Character.isLetter(c)) {
          wordLen++;
          if (wordLen == 4 && Character.isLowerCase(next)) { // inside a word of five letters or more
            words++;
            rep += words % 11 == 0 ? "-\n" : words % 7 == 0 ? "\u2060" : words % 4 == 0 ? "\u00ad" : "";
          }
        } else {
          wordLen = 0;
        }
      }
      if (c == ' ' || c == '\n') {
        wordLen = 0;
      }
      if (at != null) {
        at[0][k] = cps;
      }
      sb.append(rep);
      cps += rep.codePointCount(0, rep.length());
      if (at != null) {
        at[1][k] = cps;
      }
    }
    if (at != null) {
      at[0][k] = cps;
      at[1][k] = cps;
    }
    return sb.toString();
  }
}
