package io.nerbyoc.serve;

import io.nerbyoc.core.ApiException;
import io.nerbyoc.core.Checkpoint;
import io.nerbyoc.core.Entity;
import io.nerbyoc.core.Recognizer;
import io.nerbyoc.core.WorkCancelled;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fixed pool of worker threads sharing one model. Requests beyond {@code workers + queue} are
 * refused at once with a 503 rather than left to time out; the documents of one request run in
 * parallel on the pool. A request's deadline reaches its documents' work through a {@link
 * Checkpoint}: at the deadline, finished documents are answered, unfinished ones are reported as
 * timed out and stop at their next checkpoint. Every checkpoint also counts as progress for the
 * stuck-worker watchdog ({@link #stalledForNanos}, {@link #longestSilentWorkerNanos}).
 */
public final class WorkerPool implements AutoCloseable {
  private final ExecutorService executor;
  private final Semaphore admission;
  /** Documents submitted and not yet finished (queued or running). */
  private final AtomicInteger pending = new AtomicInteger();
  /** The last time any worker reached a checkpoint or finished a document. */
  private final AtomicLong lastProgress = new AtomicLong(System.nanoTime());
  /** Per worker thread: when it last showed progress while busy, or 0 when idle. */
  private final AtomicLong[] busySince;
  private final ThreadLocal<Integer> slot = new ThreadLocal<>();

  /** What one document produced: entities, the failure of our own code, or a timeout. */
  public record Outcome(List<Entity> entities, RuntimeException failure, boolean timedOut) {
    static Outcome timeout() {
      return new Outcome(null, null, true);
    }
  }

  public WorkerPool(int workers, int queue) {
    this.busySince = new AtomicLong[workers];
    for (int i = 0; i < workers; i++) {
      busySince[i] = new AtomicLong();
    }
    AtomicInteger n = new AtomicInteger();
    this.executor =
        Executors.newFixedThreadPool(
            workers,
            r -> {
              int id = n.getAndIncrement();
              Thread t = new Thread(() -> {
                slot.set(id);
                r.run();
              }, "ner-worker-" + (id + 1));
              t.setDaemon(true);
              return t;
            });
    this.admission = new Semaphore(workers + queue);
  }

  /**
   * Recognizes every text before the deadline (nanoTime), in input order. A text not finished by
   * then is an {@link Outcome#timedOut} outcome; the caller decides whether that fails the request.
   */
  public List<Outcome> recognize(Recognizer recognizer, List<String> texts, long deadlineNanos) {
    if (!admission.tryAcquire()) {
      throw new ApiException(
          503, "overloaded",
          "All workers are busy and the queue is full.",
          "Retry with backoff, send fewer concurrent requests, or raise MODEL_SERVER_WORKERS / NER_QUEUE_SIZE.");
    }
    try {
      RequestWork work = new RequestWork(deadlineNanos);
      List<Future<List<Entity>>> futures = new ArrayList<>(texts.size());
      for (String text : texts) {
        pending.incrementAndGet();
        try {
          futures.add(executor.submit(() -> run(recognizer, text, work)));
        } catch (RuntimeException e) {
          pending.decrementAndGet();
          throw e;
        }
      }
      return collect(futures, work);
    } finally {
      admission.release();
    }
  }

  private List<Entity> run(Recognizer recognizer, String text, RequestWork work) {
    AtomicLong mine = busySince[slot.get()];
    Checkpoint checkpoint = () -> {
      long now = System.nanoTime();
      mine.set(now);
      lastProgress.set(now);
      if (work.cancelled || now - work.deadlineNanos > 0) {
        throw WorkCancelled.INSTANCE;
      }
    };
    try {
      checkpoint.reached(); // a document whose request already timed out never starts
      return recognizer.recognize(text, checkpoint);
    } finally {
      mine.set(0);
      lastProgress.set(System.nanoTime());
      pending.decrementAndGet();
    }
  }

  private static List<Outcome> collect(List<Future<List<Entity>>> futures, RequestWork work) {
    List<Outcome> out = new ArrayList<>(futures.size());
    boolean expired = false;
    for (Future<List<Entity>> f : futures) {
      if (!expired) {
        try {
          out.add(new Outcome(f.get(Math.max(0, work.deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS), null, false));
          continue;
        } catch (TimeoutException e) {
          expired = true;
          work.cancelled = true;
        } catch (InterruptedException e) {
          work.cancelled = true;
          futures.forEach(x -> x.cancel(false));
          Thread.currentThread().interrupt();
          throw new ApiException(503, "shutting_down", "The server is shutting down.", "Retry the request.");
        } catch (ExecutionException e) {
          out.add(failure(e.getCause()));
          continue;
        }
      }
      // Past the deadline: keep what finished, drop what has not started, report the rest.
      if (!f.isDone()) {
        f.cancel(false);
      }
      out.add(finished(f));
    }
    return out;
  }

  private static Outcome finished(Future<List<Entity>> f) {
    if (!f.isDone() || f.isCancelled()) {
      return Outcome.timeout();
    }
    try {
      return new Outcome(f.get(), null, false);
    } catch (ExecutionException e) {
      return failure(e.getCause());
    } catch (InterruptedException | CancellationException e) {
      return Outcome.timeout();
    }
  }

  private static Outcome failure(Throwable cause) {
    if (cause instanceof WorkCancelled) {
      return Outcome.timeout();
    }
    return new Outcome(null, cause instanceof RuntimeException r ? r : new IllegalStateException(cause), false);
  }

  /** Nanoseconds since any worker last made progress while documents wait or run; 0 when idle. */
  public long stalledForNanos() {
    if (pending.get() == 0) {
      return 0;
    }
    return Math.max(0, System.nanoTime() - lastProgress.get());
  }

  /** The longest time a busy worker has gone without reaching a checkpoint; 0 when all are idle. */
  public long longestSilentWorkerNanos() {
    long now = System.nanoTime();
    long worst = 0;
    for (AtomicLong since : busySince) {
      long s = since.get();
      if (s != 0) {
        worst = Math.max(worst, now - s);
      }
    }
    return worst;
  }

  /** One request's shared state, read by its documents' checkpoints. */
  private static final class RequestWork {
    final long deadlineNanos;
    volatile boolean cancelled;

    RequestWork(long deadlineNanos) {
      this.deadlineNanos = deadlineNanos;
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
