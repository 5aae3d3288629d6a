package io.nerbyoc.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load run: {@code concurrency} threads each send one document, wait for the
 * answer, and send the next, first for a warm-up that is not measured, then for a timed phase.
 * Bounded by time and by a request count, so it always stops by itself.
 */
final class ClosedLoop {

  /** One caller's channel to the system under test (a connection, or the in-process model). */
  interface Call extends AutoCloseable {
    /** Processes document {@code doc}; false when the answer was an error. */
    boolean run(int doc) throws Exception;

    @Override
    default void close() {}
  }

  interface CallFactory {
    Call open() throws Exception;
  }

  /** {@code issued} counts every request sent, warm-up included. */
  record Result(int concurrency, long ok, long errors, long tokens, double seconds, long[] latencyNanos, long issued) {
    double tokensPerSecond() {
      return seconds > 0 ? tokens / seconds : 0;
    }

    double docsPerSecond() {
      return seconds > 0 ? ok / seconds : 0;
    }

    /** Nearest-rank percentile of the measured latencies, in milliseconds. */
    double percentileMillis(double q) {
      if (latencyNanos.length == 0) {
        return Double.NaN;
      }
      int rank = (int) Math.ceil(q * latencyNanos.length);
      return latencyNanos[Math.max(0, rank - 1)] / 1e6;
    }

    /** One table row; the last column is the 1-minute load average, to show a disturbed run. */
    String markdownRow(String system) {
      return String.format(Locale.ROOT, "| %s | %d | %,.0f | %,.1f | %.1f | %.1f | %d | %d | %s |",
          system, concurrency, tokensPerSecond(), docsPerSecond(), percentileMillis(0.50),
          percentileMillis(0.99), ok, errors, loadAverage());
    }

    static String markdownHeader() {
      return "| system | C | tokens/s | docs/s | p50 ms | p99 ms | requests | errors | load 1 min |\n"
          + "|---|---|---|---|---|---|---|---|---|";
    }

    private static String loadAverage() {
      try {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
      } catch (IOException | RuntimeException e) {
        return "n/a";
      }
    }
  }

  private ClosedLoop() {}

  static Result run(BenchDocs docs, int concurrency, CallFactory calls, double warmupSeconds,
      double durationSeconds, long maxRequests) throws InterruptedException {
    long t0 = System.nanoTime();
    long measureFrom = t0 + (long) (warmupSeconds * 1e9);
    long stopAt = measureFrom + (long) (durationSeconds * 1e9);
    AtomicLong issued = new AtomicLong();
    List<Caller> callers = new ArrayList<>();
    for (int i = 0; i < concurrency; i++) {
      Caller c = new Caller(i, concurrency, docs, calls, measureFrom, stopAt, issued, maxRequests);
      c.setDaemon(true);
      callers.add(c);
      c.start();
    }
    long joinBy = stopAt + 120_000_000_000L; // a request in flight at the deadline gets 2 min
    for (Caller c : callers) {
      c.join(Math.max(1, (joinBy - System.nanoTime()) / 1_000_000));
      if (c.isAlive()) {
        c.interrupt();
        c.errors++;
      }
    }
    long ok = 0;
    long errors = 0;
    long tokens = 0;
    long lastEnd = measureFrom;
    int n = 0;
    for (Caller c : callers) {
      ok += c.ok;
      errors += c.errors;
      tokens += c.tokens;
      lastEnd = Math.max(lastEnd, c.lastEnd);
      n += c.latencies.length();
    }
    long[] all = new long[n];
    int at = 0;
    for (Caller c : callers) {
      System.arraycopy(c.latencies.values, 0, all, at, c.latencies.length());
      at += c.latencies.length();
    }
    Arrays.sort(all);
    return new Result(concurrency, ok, errors, tokens, (lastEnd - measureFrom) / 1e9, all,
        Math.min(issued.get(), maxRequests));
  }

  private static final class Caller extends Thread {
    final int index;
    final int stride;
    final BenchDocs docs;
    final CallFactory calls;
    final long measureFrom;
    final long stopAt;
    final AtomicLong issued;
    final long maxRequests;
    final Longs latencies = new Longs();
    long ok;
    long errors;
    long tokens;
    long lastEnd;

    Caller(int index, int stride, BenchDocs docs, CallFactory calls, long measureFrom, long stopAt,
        AtomicLong issued, long maxRequests) {
      super("bench-caller-" + index);
      this.index = index;
      this.stride = stride;
      this.docs = docs;
      this.calls = calls;
      this.measureFrom = measureFrom;
      this.stopAt = stopAt;
      this.issued = issued;
      this.maxRequests = maxRequests;
    }

    @Override
    public void run() {
      Call call = null;
      int doc = index;
      try {
        while (!isInterrupted() && System.nanoTime() < stopAt && issued.incrementAndGet() <= maxRequests) {
          doc = (doc + stride) % docs.size();
          long start = System.nanoTime();
          boolean success;
          try {
            if (call == null) {
              call = calls.open();
            }
            success = call.run(doc);
          } catch (Exception e) {
            success = false;
            if (call != null) {
              call.close();
              call = null;
            }
          }
          long end = System.nanoTime();
          if (start >= measureFrom && end <= stopAt + 60_000_000_000L) {
            lastEnd = Math.max(lastEnd, end);
            if (success) {
              ok++;
              tokens += docs.tokens().get(doc);
              latencies.add(end - start);
            } else {
              errors++;
            }
          }
        }
      } finally {
        if (call != null) {
          call.close();
        }
      }
    }
  }

  /** A growable array of longs, so a run of many requests does not box every latency. */
  private static final class Longs {
    long[] values = new long[1024];
    int size;

    void add(long v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    int length() {
      return size;
    }
  }
}
