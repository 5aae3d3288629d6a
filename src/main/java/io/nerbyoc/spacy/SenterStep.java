package io.nerbyoc.spacy;

import io.nerbyoc.spacy.nn.Linear;
import io.nerbyoc.spacy.nn.Tok2Vec;

/**
 * A {@code senter} component ({@code spacy.Tagger.v2} over two classes): a token starts a
 * sentence when class 1 scores highest, otherwise it cannot; tokens whose start is already set are
 * left alone unless the component overwrites. The NER then never lets an entity cross a start.
 */
record SenterStep(String name, Linear output, Tok2Vec ownTok2Vec, String upstream, boolean overwrite)
    implements PipeStep {
  @Override
  public void process(SpacyDoc doc) {
    int n = doc.tokens.size();
    if (n == 0) {
      return;
    }
    float[] vectors = ownTok2Vec != null ? ownTok2Vec.forward(doc.features, doc.progress) : doc.tensors.get(upstream);
    int width = output.nI();
    float[] scores = new float[output.nO()];
    for (int t = 0; t < n; t++) {
      output.apply(vectors, t * width, scores, 0);
      int best = 0;
      for (int c = 1; c < scores.length; c++) {
        if (scores[c] > scores[best]) {
          best = c;
        }
      }
      if (doc.sentStart[t] == 0 || overwrite) {
        doc.sentStart[t] = best == 1 ? 1 : -1;
      }
    }
  }
}
