package io.nerbyoc.serve;

import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps /ping honest. Every document's work reaches a checkpoint at least between sentences
 * (well under a second), so silence means something is wrong:
 *
 * <ul>
 *   <li>no worker has made progress for {@code stallSeconds} while documents wait or run: /ping
 *       answers 503 (and /invocations too) until progress resumes, so SageMaker stops routing to
 *       the instance and replaces it if the stall persists;
 *   <li>one worker has been silent for {@code exitSeconds} (0 = never): a Java thread cannot be
 *       killed, so the process exits with {@link #EXIT_STUCK} and the platform restarts the
 *       container.
 * </ul>
 */
public final class Watchdog {
  private static final Logger LOG = LoggerFactory.getLogger(Watchdog.class);
  /** Exit code of `serve` when a worker is stuck past the hard limit. */
  public static final int EXIT_STUCK = 6;

  private final WorkerPool pool;
  private final Readiness readiness;
  private final long stallNanos;
  private final long exitNanos;
  private final IntConsumer exit;
  private boolean stalled;

  public Watchdog(WorkerPool pool, Readiness readiness, int stallSeconds, int exitSeconds, IntConsumer exit) {
    this.pool = pool;
    this.readiness = readiness;
    this.stallNanos = TimeUnit.SECONDS.toNanos(stallSeconds);
    this.exitNanos = TimeUnit.SECONDS.toNanos(exitSeconds);
    this.exit = exit;
  }

  /** Checks twice a second on a daemon thread. */
  public void start() {
    Thread t = new Thread(() -> {
      while (true) {
        check();
        try {
          Thread.sleep(500);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "ner-watchdog");
    t.setDaemon(true);
    t.start();
  }

  /** One look at the pool (package-private: tests step it by hand). */
  void check() {
    long stall = pool.stalledForNanos();
    boolean now = stall > stallNanos;
    if (now != stalled) {
      stalled = now;
      readiness.stalled(now);
      if (now) {
        LOG.warn("No worker has made progress for {} s while documents wait: /ping answers 503 until one does",
            TimeUnit.NANOSECONDS.toSeconds(stall));
      } else {
        LOG.info("Workers are making progress again: /ping answers 200");
      }
    }
    long silent = pool.longestSilentWorkerNanos();
    if (exitNanos > 0 && silent > exitNanos) {
      LOG.error("A worker has been stuck on one document for {} s (limit NER_STUCK_EXIT_S={}): exiting with code {} "
          + "so the platform restarts the container", TimeUnit.NANOSECONDS.toSeconds(silent),
          TimeUnit.NANOSECONDS.toSeconds(exitNanos), EXIT_STUCK);
      exit.accept(EXIT_STUCK);
    }
  }
}
