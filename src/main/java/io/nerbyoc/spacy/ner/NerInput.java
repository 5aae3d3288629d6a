package io.nerbyoc.spacy.ner;

/**
 * What the transition system reads of a document besides the network's scores: per token whether
 * it is whitespace, whether it starts a sentence (1), cannot (-1) or is unknown (0), and entities
 * set before the NER ran (an entity ruler's), as spaCy's IOB codes (0 none, 1 I, 2 O, 3 B) and labels.
 */
public record NerInput(int length, boolean[] isSpace, int[] sentStart, int[] presetIob, String[] presetLabel) {

  /** A document of {@code n} tokens with no boundaries and no preset entities. */
  public static NerInput plain(boolean[] isSpace) {
    int n = isSpace.length;
    return new NerInput(n, isSpace, new int[n], new int[n], new String[n]);
  }

  int iob(int i) {
    return i >= 0 && i < length ? presetIob[i] : 0;
  }

  String label(int i) {
    return i >= 0 && i < length && presetLabel[i] != null ? presetLabel[i] : "";
  }

  int sentStart(int i) {
    return i >= 0 && i < length ? sentStart[i] : 0;
  }
}
