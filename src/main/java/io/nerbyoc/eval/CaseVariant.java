package io.nerbyoc.eval;

import io.nerbyoc.core.TokenSentence;
import io.nerbyoc.data.LabelledDoc;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A labelled document re-cased as real inputs come (contracts in capitals, transcripts in lower
 * case, headlines in title case) to measure robustness to casing. Each code point maps to one
 * code point, so the gold spans (code point offsets) stay valid.
 */
public enum CaseVariant {
  AS_WRITTEN, UPPER, LOWER, TITLE;

  public static CaseVariant parse(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "as-written", "as_written", "none" -> AS_WRITTEN;
      case "upper" -> UPPER;
      case "lower" -> LOWER;
      case "title" -> TITLE;
      default -> throw new IllegalArgumentException("--casing must be upper, lower, title or none, not " + s);
    };
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public String apply(String text) {
    if (this == AS_WRITTEN) {
      return text;
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
    List<TokenSentence> sentences = null;
    if (d.sentences() != null) {
      sentences = new ArrayList<>();
      for (TokenSentence s : d.sentences()) {
        sentences.add(new TokenSentence(s.words().stream().map(this::apply).toList(), s.names()));
      }
    }
    return new LabelledDoc(d.origin(), apply(d.text()), d.spans(), sentences);
  }
}
