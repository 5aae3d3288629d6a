package io.nerbyoc.serve;

import java.util.concurrent.atomic.AtomicReference;

/** Whether /ping may say 200: only after a real inference worked, and not while draining. */
public final class Readiness {
  public enum State {
    LOADING,
    READY,
    DRAINING
  }

  private final AtomicReference<State> state = new AtomicReference<>(State.LOADING);

  public boolean isReady() {
    return state.get() == State.READY;
  }

  public State state() {
    return state.get();
  }

  public void ready() {
    state.compareAndSet(State.LOADING, State.READY);
  }

  public void drain() {
    state.set(State.DRAINING);
  }
}
