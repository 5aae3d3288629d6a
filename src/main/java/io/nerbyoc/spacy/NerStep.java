package io.nerbyoc.spacy;

import io.nerbyoc.spacy.ner.GreedyNer;
import io.nerbyoc.spacy.ner.NerInput;
import io.nerbyoc.spacy.ner.NerSpan;
import io.nerbyoc.spacy.nn.Tok2Vec;
import java.util.List;

/**
 * An {@code ner} component: token vectors from its own tok2vec or from the upstream component it
 * listens to, then greedy BILUO decoding; entities already on the document (an entity ruler's)
 * are preset, so the NER keeps them, as spaCy's does.
 */
record NerStep(String name, GreedyNer decoder, Tok2Vec ownTok2Vec, String upstream) implements PipeStep {
  @Override
  public void process(SpacyDoc doc) {
    int n = doc.tokens.size();
    if (n == 0) {
      return;
    }
    float[] vectors = ownTok2Vec != null ? ownTok2Vec.forward(doc.features, doc.progress) : doc.tensors.get(upstream);
    int[] iob = new int[n];
    String[] labels = new String[n];
    for (NerSpan e : doc.ents) {
      for (int i = e.start(); i < e.end(); i++) {
        iob[i] = i == e.start() ? 3 : 1;
        labels[i] = e.label();
      }
    }
    List<NerSpan> found = decoder.decode(vectors, new NerInput(n, doc.isSpace(), doc.sentStart, iob, labels),
        doc.progress);
    doc.ents = found.stream().filter(e -> !e.label().isEmpty()).toList();
  }

  @Override
  public boolean readsTags() {
    return ownTok2Vec != null && ownTok2Vec.readsTags();
  }
}
