package io.nerbyoc.core;

/**
 * Thrown at a {@link Checkpoint} when the request's deadline has passed. Expected control flow,
 * not a bug: one shared instance without a stack trace, so cancelling costs nothing.
 */
public final class WorkCancelled extends RuntimeException {
  public static final WorkCancelled INSTANCE = new WorkCancelled();

  private WorkCancelled() {
    super("the request's deadline passed", null, false, false);
  }
}
