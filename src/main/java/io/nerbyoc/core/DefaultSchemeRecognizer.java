package io.nerbyoc.core;

import java.util.List;
import java.util.Set;

/**
 * Another recognizer with the label scheme its answers use when neither the request nor
 * NER_LABEL_SCHEME chooses one: a trained model's is {@link LabelScheme#CORENLP}, its own names.
 */
final class DefaultSchemeRecognizer implements Recognizer {
  private final Recognizer inner;
  private final LabelScheme scheme;

  DefaultSchemeRecognizer(Recognizer inner, LabelScheme scheme) {
    this.inner = inner;
    this.scheme = scheme;
  }

  @Override
  public List<Entity> recognize(Document doc, Checkpoint checkpoint) {
    return inner.recognize(doc, checkpoint);
  }

  @Override
  public Set<String> labels() {
    return inner.labels();
  }

  @Override
  public String describe() {
    return inner.describe();
  }

  @Override
  public LabelScheme defaultScheme() {
    return scheme;
  }
}
