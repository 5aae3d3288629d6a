package io.nerbyoc.serve;

import io.nerbyoc.core.ApiException;
import io.nerbyoc.core.Entity;
import io.nerbyoc.core.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed pool of worker threads sharing one model. Requests beyond {@code workers + queue} are
 * refused at once with a 503 rather than left to time out; the documents of one request run in
 * parallel on the pool.
 */
public final class WorkerPool implements AutoCloseable {
  private final int workers;
  private final ExecutorService executor;
  private final Semaphore admission;
  private final AtomicInteger inFlight = new AtomicInteger();

  /** What one document produced: entities, or the failure of our own code. */
  public record Outcome(List<Entity> entities, RuntimeException failure) {}

  public WorkerPool(int workers, int queue) {
    this.workers = workers;
    AtomicInteger n = new AtomicInteger();
    this.executor =
        Executors.newFixedThreadPool(
            workers,
            r -> {
              Thread t = new Thread(r, "ner-worker-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.admission = new Semaphore(workers + queue);
  }

  public int workers() {
    return workers;
  }

  public int inFlight() {
    return inFlight.get();
  }

  /** Recognizes every text within the deadline (nanoTime), in input order. */
  public List<Outcome> recognize(Recognizer recognizer, List<String> texts, long deadlineNanos) {
    if (!admission.tryAcquire()) {
      throw new ApiException(
          503, "overloaded",
          "All workers are busy and the queue is full.",
          "Retry with backoff, send fewer concurrent requests, or raise MODEL_SERVER_WORKERS / NER_QUEUE_SIZE.");
    }
    inFlight.incrementAndGet();
    try {
      List<Future<List<Entity>>> futures = new ArrayList<>(texts.size());
      for (String text : texts) {
        futures.add(executor.submit(() -> recognizer.recognize(text)));
      }
      return collect(futures, deadlineNanos);
    } finally {
      inFlight.decrementAndGet();
      admission.release();
    }
  }

  private static List<Outcome> collect(List<Future<List<Entity>>> futures, long deadlineNanos) {
    List<Outcome> out = new ArrayList<>(futures.size());
    try {
      for (Future<List<Entity>> f : futures) {
        long left = deadlineNanos - System.nanoTime();
        try {
          out.add(new Outcome(f.get(Math.max(0, left), TimeUnit.NANOSECONDS), null));
        } catch (ExecutionException e) {
          Throwable c = e.getCause();
          out.add(new Outcome(null, c instanceof RuntimeException r ? r : new IllegalStateException(c)));
        }
      }
      return out;
    } catch (TimeoutException e) {
      futures.forEach(f -> f.cancel(true));
      throw new ApiException(
          503, "timeout",
          "The request did not finish within the request timeout.",
          "Send fewer or shorter documents per request, or raise NER_REQUEST_TIMEOUT_S.");
    } catch (InterruptedException e) {
      futures.forEach(f -> f.cancel(true));
      Thread.currentThread().interrupt();
      throw new ApiException(503, "shutting_down", "The server is shutting down.", "Retry the request.");
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
