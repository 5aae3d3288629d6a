package io.nerbyoc.core;

import java.util.List;
import java.util.Set;

/**
 * Finds entities in text. Implementations are shared by all worker threads, so {@link
 * #recognize} must be thread-safe. Labels are the recognizer's native ones; {@link LabelScheme}
 * maps them for the caller.
 */
public interface Recognizer {

  /**
   * Entities sorted by start offset, with code point offsets. Long work calls {@code
   * checkpoint.reached()} at least between sentences, so a timed-out request stops within one.
   */
  List<Entity> recognize(String text, Checkpoint checkpoint);

  /** {@link #recognize(String, Checkpoint)} without a deadline (training, evaluation, tests). */
  default List<Entity> recognize(String text) {
    return recognize(text, Checkpoint.NONE);
  }

  /** Native labels this recognizer can return. */
  Set<String> labels();

  /** Short human-readable description for logs and /execution-parameters. */
  String describe();
}
