package io.nerbyoc.training;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs the elapsed time every few seconds while a trainer runs. OpenNLP 2.5's progress monitor
 * holds its per-iteration lines until training ends, so without this a long maxent run looks hung
 * in CloudWatch. (The CRF's optimiser logs each iteration itself.)
 */
final class Heartbeat implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Heartbeat.class);
  static final long PERIOD_SECONDS = 10;
  private final ScheduledExecutorService timer;

  private Heartbeat(ScheduledExecutorService timer) {
    this.timer = timer;
  }

  static Heartbeat start(String what) {
    long t0 = System.nanoTime();
    ScheduledExecutorService t = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread th = new Thread(r, "heartbeat");
      th.setDaemon(true);
      return th;
    });
    t.scheduleAtFixedRate(() -> LOG.info("{}: {} s elapsed", what, (System.nanoTime() - t0) / 1_000_000_000L),
        PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    return new Heartbeat(t);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
