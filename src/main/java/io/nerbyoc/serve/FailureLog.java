package io.nerbyoc.serve;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;

/**
 * Logs failures of our own code without letting one bad input flood the log: the stack trace of a
 * cause (its exception class and where it was thrown) at most once per {@link #WINDOW_NANOS}, and
 * when that minute is over a one-line count of the repeats it did not log. A batch of 100,000 copies of a document that trips a
 * bug writes two stack traces a minute, not 1.6 million lines.
 */
public final class FailureLog {
  static final long WINDOW_NANOS = 60_000_000_000L;
  /** Causes remembered at once; past this the oldest are forgotten (a new cause logs its stack). */
  private static final int MAX_CAUSES = 256;

  private final Logger log;
  private final LongSupplier clock;
  private final Map<String, Window> windows = new HashMap<>();
  private ScheduledExecutorService reporter; // started on the first repeat

  public FailureLog(Logger log) {
    this(log, System::nanoTime);
  }

  FailureLog(Logger log, LongSupplier clock) {
    this.log = log;
    this.clock = clock;
  }

  private static final class Window {
    final long start;
    final String summary;
    long repeats;

    Window(long start, String summary) {
      this.start = start;
      this.summary = summary;
    }
  }

  /** Logs {@code message} (an SLF4J pattern over {@code args}) with the stack of {@code failure}, or counts it. */
  public void failed(Throwable failure, String message, Object... args) {
    String key = cause(failure);
    long now = clock.getAsLong();
    synchronized (this) {
      Window w = windows.get(key);
      if (w != null && now - w.start < WINDOW_NANOS) {
        w.repeats++;
        startReporter();
        return;
      }
      if (w != null) {
        report(w);
      }
      if (windows.size() >= MAX_CAUSES) {
        windows.values().forEach(this::report);
        windows.clear();
      }
      windows.put(key, new Window(now, failure.getClass().getSimpleName() + " at " + key.substring(key.indexOf('@') + 1)));
    }
    Object[] withStack = Arrays.copyOf(args, args.length + 1);
    withStack[args.length] = failure;
    log.error(message, withStack);
  }

  /** Writes the count of each cause whose minute is over, and forgets it. */
  synchronized void reportExpired() {
    long now = clock.getAsLong();
    for (Iterator<Window> it = windows.values().iterator(); it.hasNext(); ) {
      Window w = it.next();
      if (now - w.start >= WINDOW_NANOS) {
        report(w);
        it.remove();
      }
    }
  }

  private void report(Window w) {
    if (w.repeats > 0) {
      log.error("{} more failures with the same cause ({}) in the minute after its stack trace above, not logged one by one",
          w.repeats, w.summary);
    }
  }

  private void startReporter() {
    if (reporter == null) {
      reporter = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "failure-log");
        t.setDaemon(true);
        return t;
      });
      reporter.scheduleWithFixedDelay(this::reportExpired, 5, 5, TimeUnit.SECONDS);
    }
  }

  /** The exception's class and the frame that threw it: the same bug gives the same key. */
  static String cause(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    StackTraceElement[] frames = root.getStackTrace();
    return root.getClass().getName() + (frames.length > 0 ? "@" + frames[0] : "");
  }
}
