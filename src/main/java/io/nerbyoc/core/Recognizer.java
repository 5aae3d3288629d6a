package io.nerbyoc.core;

import java.util.List;
import java.util.Set;

/**
 * Finds entities in a {@link Document}. Implementations are shared by all worker threads, so
 * {@link #recognize} must be thread-safe (the document itself is the request's own). Labels are
 * the recognizer's native ones; {@link LabelScheme} maps them for the caller.
 */
public interface Recognizer {

  /**
   * Entities sorted by start offset, with code point offsets. Tokens come from {@link
   * Document#sentences}, so recognizers sharing a tokenizer share its work. Long work calls
   * {@code checkpoint.reached()} at least between sentences, so a timed-out request stops within
   * one.
   */
  List<Entity> recognize(Document doc, Checkpoint checkpoint);

  /** {@link #recognize(Document, Checkpoint)} on a new document of {@code text}. */
  default List<Entity> recognize(String text, Checkpoint checkpoint) {
    return recognize(new Document(text), checkpoint);
  }

  /** {@link #recognize(String, Checkpoint)} without a deadline (training, evaluation, tests). */
  default List<Entity> recognize(String text) {
    return recognize(text, Checkpoint.NONE);
  }

  /** Native labels this recognizer can return. */
  Set<String> labels();

  /** Short human-readable description for logs and /execution-parameters. */
  String describe();

  /**
   * The label names answered when neither the request nor NER_LABEL_SCHEME chooses a scheme:
   * spaCy's for the embedded models, a trained model's own ({@link LabelScheme#CORENLP}, the
   * manifest's {@code default_label_scheme}).
   */
  default LabelScheme defaultScheme() {
    return LabelScheme.SPACY;
  }

  /** This recognizer answering in {@code scheme} by default (itself when that is already so). */
  default Recognizer withDefaultScheme(LabelScheme scheme) {
    return scheme == defaultScheme() ? this : new DefaultSchemeRecognizer(this, scheme);
  }
}
