package io.nerbyoc.core;

/**
 * Cooperative cancellation for one document's work. Recognizers call {@link #reached()} between
 * sentences and inside long loops: it records progress (for the stuck-worker watchdog) and throws
 * {@link WorkCancelled} once the request has timed out, so abandoned work stops within a sentence
 * instead of running on for minutes. Thread interrupts are not used: CoreNLP ignores them.
 */
@FunctionalInterface
public interface Checkpoint {
  /** For work outside a request (training, evaluation, warm-up): never cancels. */
  Checkpoint NONE = () -> {};

  /** Records progress; throws {@link WorkCancelled} when the work should stop. */
  void reached();
}
