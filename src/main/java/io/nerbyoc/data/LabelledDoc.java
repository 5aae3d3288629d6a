package io.nerbyoc.data;

import io.nerbyoc.core.GoldSpan;

import io.nerbyoc.core.TokenSentence;
import java.util.List;

/**
 * One labelled document, however it was stored. Column and OpenNLP files bring their own tokens
 * ({@code sentences}); span files (JSON Lines) bring only text and spans and are tokenised later
 * with the server's tokenizer ({@code sentences} is null until then).
 *
 * @param origin file and line, for error messages
 * @param text the document as a user would send it (column tokens joined by spaces, one
 *     sentence per line)
 * @param spans gold entities in code point offsets
 */
public record LabelledDoc(String origin, String text, List<GoldSpan> spans, List<TokenSentence> sentences) {

  public LabelledDoc {
    spans = List.copyOf(spans);
    sentences = sentences == null ? null : List.copyOf(sentences);
  }

  public boolean tokenised() {
    return sentences != null;
  }

  public LabelledDoc withSentences(List<TokenSentence> s) {
    return new LabelledDoc(origin, text, spans, s);
  }
}
