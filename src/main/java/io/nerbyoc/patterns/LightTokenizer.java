package io.nerbyoc.patterns;

import io.nerbyoc.core.Checkpoint;
import io.nerbyoc.core.CleanText;
import io.nerbyoc.core.TextBounds;
import io.nerbyoc.core.Token;
import io.nerbyoc.core.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokenizer patterns and texts share, so a phrase matches the text exactly as written. A token
 * is a run of letters and digits, which may contain . - ' &amp; _ between two of them ("U.S",
 * "AT&amp;T", "New-York"); any other non-space character is a token of its own. Linear, no
 * allocation beyond the tokens.
 *
 * <p>Patterns keep their own tokens rather than the CRFs' CoreNLP ones: users write token
 * patterns against spaCy-like words, and a pattern file must match the same words whatever model
 * it is served with. As a {@link Tokenizer} it gives one "sentence" of all the tokens, over the
 * text {@link CleanText cleaned} and {@link TextBounds#mask masked} like the models' input (a token of thousands of characters
 * matches no pattern, and user REGEX patterns never run over one).
 */
public final class LightTokenizer implements Tokenizer {
  public static final LightTokenizer INSTANCE = new LightTokenizer();

  private LightTokenizer() {}

  @Override
  public String key() {
    return "light";
  }

  @Override
  public List<List<Token>> tokenize(String text, Checkpoint checkpoint) {
    CleanText clean = CleanText.of(text);
    List<Token> tokens = tokenize(TextBounds.mask(clean.text()));
    if (clean.text() == text) {
      return List.of(tokens);
    }
    List<Token> original = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      original.add(new Token(t.word(), clean.begin(t.begin()), clean.end(t.end() - 1)));
    }
    return List.of(original);
  }

  public static List<Token> tokenize(String s) {
    List<Token> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      int c = s.codePointAt(i);
      int w = Character.charCount(c);
      if (TextBounds.isSpace(c)) {
        i += w;
        continue;
      }
      if (!isWordChar(c)) {
        out.add(new Token(s.substring(i, i + w), i, i + w));
        i += w;
        continue;
      }
      int start = i;
      i += w;
      while (i < n) {
        int d = s.codePointAt(i);
        if (isWordChar(d)) {
          i += Character.charCount(d);
        } else if (isJoiner(d) && i + 1 < n && isWordChar(s.codePointAt(i + 1))) {
          i += 1;
        } else {
          break;
        }
      }
      out.add(new Token(s.substring(start, i), start, i));
    }
    return out;
  }

  private static boolean isWordChar(int c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
        || Character.getType(c) == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isJoiner(int c) {
    return c == '.' || c == '-' || c == '\'' || c == '&' || c == '_' || c == '’';
  }
}
