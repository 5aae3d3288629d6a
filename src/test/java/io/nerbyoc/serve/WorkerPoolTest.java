package io.nerbyoc.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nerbyoc.core.ApiException;
import io.nerbyoc.core.Checkpoint;
import io.nerbyoc.core.Entity;
import io.nerbyoc.core.Recognizer;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class WorkerPoolTest {

  private abstract static class TestRecognizer implements Recognizer {
    @Override
    public Set<String> labels() {
      return Set.of();
    }

    @Override
    public String describe() {
      return "test";
    }
  }

  /** Blocks without reaching a checkpoint until released: a stuck worker. */
  private static final class Blocking extends TestRecognizer {
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public List<Entity> recognize(io.nerbyoc.core.Document doc, Checkpoint checkpoint) {
      String text = doc.text();
      started.countDown();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return List.of();
    }
  }

  /** Works in 10 ms steps with a checkpoint between them, like a recognizer between sentences. */
  private static final class Cooperative extends TestRecognizer {
    final AtomicInteger stepsAfterCancel = new AtomicInteger();
    final AtomicReference<Long> stoppedAt = new AtomicReference<>();

    @Override
    public List<Entity> recognize(io.nerbyoc.core.Document doc, Checkpoint checkpoint) {
      String text = doc.text();
      int steps = Integer.parseInt(text);
      for (int i = 0; i < steps; i++) {
        try {
          checkpoint.reached();
        } catch (RuntimeException e) {
          stoppedAt.set(System.nanoTime());
          throw e;
        }
        sleep(10);
      }
      return List.of(new Entity(0, 1, "N", text, 1.0, null));
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long in(long ms) {
    return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ms);
  }

  @Test
  void requests_beyond_workers_plus_queue_get_a_fast_503() throws Exception {
    Blocking r = new Blocking();
    try (WorkerPool pool = new WorkerPool(1, 0)) {
      Thread holder = new Thread(() -> pool.recognize(r, List.of("x"), in(10_000)));
      holder.start();
      r.started.await(5, TimeUnit.SECONDS);
      long t0 = System.nanoTime();
      ApiException e = assertThrows(ApiException.class, () -> pool.recognize(r, List.of("y"), in(10_000)));
      assertEquals(503, e.status());
      assertEquals("overloaded", e.code());
      assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(1));
      r.release.countDown();
      holder.join();
    }
  }

  @Test
  void a_document_past_the_deadline_is_a_timed_out_outcome() {
    Blocking r = new Blocking();
    try (WorkerPool pool = new WorkerPool(1, 1)) {
      List<WorkerPool.Outcome> out = pool.recognize(r, List.of("x"), in(100));
      assertTrue(out.get(0).timedOut());
      r.release.countDown();
    }
  }

  @Test
  void at_the_deadline_finished_documents_are_kept_in_order_and_the_rest_time_out() {
    Cooperative r = new Cooperative();
    try (WorkerPool pool = new WorkerPool(1, 1)) {
      // One worker: "1" and "2" finish in ~30 ms, "500" (5 s) is cut at the deadline, "1" after it never starts.
      List<WorkerPool.Outcome> out = pool.recognize(r, List.of("1", "2", "500", "1"), in(400));
      assertEquals(4, out.size());
      assertNotNull(out.get(0).entities());
      assertEquals("2", out.get(1).entities().get(0).text());
      assertTrue(out.get(2).timedOut());
      assertTrue(out.get(3).timedOut());
    }
  }

  @Test
  void timed_out_work_stops_at_its_next_checkpoint() throws Exception {
    Cooperative r = new Cooperative();
    try (WorkerPool pool = new WorkerPool(1, 1)) {
      long deadline = in(200);
      pool.recognize(r, List.of("100000"), deadline);
      for (int i = 0; i < 100 && r.stoppedAt.get() == null; i++) {
        Thread.sleep(10);
      }
      assertNotNull(r.stoppedAt.get(), "the worker never stopped");
      assertTrue(r.stoppedAt.get() - deadline < TimeUnit.MILLISECONDS.toNanos(500), "stopped late");
    }
  }

  @Test
  void the_watchdog_reports_a_stall_only_while_work_waits_without_progress() throws Exception {
    Blocking r = new Blocking();
    Readiness readiness = new Readiness();
    readiness.ready();
    AtomicInteger exitCode = new AtomicInteger(-1);
    try (WorkerPool pool = new WorkerPool(1, 1)) {
      Watchdog dog = new Watchdog(pool, readiness, 1, 2, exitCode::set);
      dog.check();
      assertTrue(readiness.isReady(), "idle is healthy");
      Thread holder = new Thread(() -> pool.recognize(r, List.of("x"), in(10_000)));
      holder.start();
      r.started.await(5, TimeUnit.SECONDS);
      dog.check();
      assertTrue(readiness.isReady(), "busy for less than the stall time is healthy");
      Thread.sleep(1_300);
      dog.check();
      assertEquals(Readiness.State.STALLED, readiness.state());
      assertFalse(readiness.isReady());
      assertEquals(-1, exitCode.get(), "not yet past the hard limit");
      Thread.sleep(1_000);
      dog.check();
      assertEquals(Watchdog.EXIT_STUCK, exitCode.get());
      r.release.countDown();
      holder.join();
      dog.check();
      assertTrue(readiness.isReady(), "healthy again once the work finished");
    }
  }

  @Test
  void a_worker_that_keeps_reaching_checkpoints_is_not_stalled() throws Exception {
    Cooperative r = new Cooperative();
    Readiness readiness = new Readiness();
    readiness.ready();
    AtomicInteger exitCode = new AtomicInteger(-1);
    try (WorkerPool pool = new WorkerPool(1, 1)) {
      Watchdog dog = new Watchdog(pool, readiness, 1, 1, exitCode::set);
      Thread holder = new Thread(() -> pool.recognize(r, List.of("250"), in(10_000)));
      holder.start();
      for (int i = 0; i < 20; i++) {
        Thread.sleep(100);
        dog.check();
        assertTrue(readiness.isReady());
      }
      holder.join();
      assertEquals(-1, exitCode.get());
    }
  }
}
