package io.nerbyoc.core;

import java.util.List;
import java.util.Set;

/**
 * Finds entities in text. Implementations are shared by all worker threads, so {@link
 * #recognize} must be thread-safe. Labels are the recognizer's native ones; {@link LabelScheme}
 * maps them for the caller.
 */
public interface Recognizer {

  /** Entities sorted by start offset, with code point offsets. */
  List<Entity> recognize(String text);

  /** Native labels this recognizer can return. */
  Set<String> labels();

  /** Short human-readable description for logs and /execution-parameters. */
  String describe();
}
