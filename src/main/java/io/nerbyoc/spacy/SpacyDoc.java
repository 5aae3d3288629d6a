package io.nerbyoc.spacy;

import io.nerbyoc.spacy.ner.NerSpan;
import io.nerbyoc.spacy.text.SpacyToken;
import io.nerbyoc.spacy.vocab.LexemeFeatures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One text going through a spaCy pipeline: its tokens and their lexical attributes, the tensors
 * tok2vec components share with their listeners, sentence starts, and the entities so far.
 */
public final class SpacyDoc {
  final String text;
  final List<SpacyToken> tokens;
  final List<LexemeFeatures> features;
  final Map<String, float[]> tensors = new HashMap<>(2);
  /** spaCy's sent_start per token: 1 starts a sentence, -1 does not, 0 unknown. */
  final int[] sentStart;
  List<NerSpan> ents = new ArrayList<>();
  /** Called every few hundred tokens of work, so a request's deadline can stop a long document. */
  final Runnable progress;

  SpacyDoc(String text, List<SpacyToken> tokens, List<LexemeFeatures> features, Runnable progress) {
    this.text = text;
    this.progress = progress;
    this.tokens = tokens;
    this.features = features;
    this.sentStart = new int[tokens.size()];
    if (!tokens.isEmpty()) {
      sentStart[0] = 1; // spaCy's first token always starts a sentence
    }
  }

  public String text() {
    return text;
  }

  public List<SpacyToken> tokens() {
    return tokens;
  }

  /** The entities, as spaCy's {@code doc.ents}: token spans, sorted, not overlapping. */
  public List<NerSpan> ents() {
    return ents;
  }

  /** Token indices that start a sentence (spaCy's {@code is_sent_start} true), empty when unset. */
  public List<Integer> sentenceStarts() {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < sentStart.length; i++) {
      if (sentStart[i] == 1) {
        out.add(i);
      }
    }
    return out;
  }

  boolean[] isSpace() {
    boolean[] s = new boolean[features.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = features.get(i).isSpace();
    }
    return s;
  }
}
