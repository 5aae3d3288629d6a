package io.nerbyoc.spacy;

import io.nerbyoc.spacy.nn.Tok2Vec;

/** A {@code tok2vec} component: computes token vectors once for every listener after it. */
record Tok2VecStep(String name, Tok2Vec model) implements PipeStep {
  @Override
  public void process(SpacyDoc doc) {
    doc.tensors.put(name, model.forward(doc.features, doc.progress));
  }

  @Override
  public boolean readsTags() {
    return model.readsTags();
  }
}
