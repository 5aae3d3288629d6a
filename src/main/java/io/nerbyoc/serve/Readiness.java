package io.nerbyoc.serve;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether /ping may say 200: only after a real inference worked, not while draining, and not
 * while the {@link Watchdog} sees the workers stalled (so SageMaker replaces the instance).
 */
public final class Readiness {
  public enum State {
    LOADING,
    READY,
    /** Loaded, but no worker has made progress for a while although work is waiting. */
    STALLED,
    DRAINING
  }

  private final AtomicReference<State> state = new AtomicReference<>(State.LOADING);
  private volatile boolean stalled;

  public boolean isReady() {
    return state() == State.READY;
  }

  public State state() {
    State s = state.get();
    return s == State.READY && stalled ? State.STALLED : s;
  }

  public void ready() {
    state.compareAndSet(State.LOADING, State.READY);
  }

  public void drain() {
    state.set(State.DRAINING);
  }

  void stalled(boolean value) {
    stalled = value;
  }
}
