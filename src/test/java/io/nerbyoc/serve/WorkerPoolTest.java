package io.nerbyoc.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.nerbyoc.core.ApiException;
import io.nerbyoc.core.Entity;
import io.nerbyoc.core.Recognizer;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WorkerPoolTest {

  /** Blocks until released, so tests can fill the pool. */
  private static final class Blocking implements Recognizer {
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public List<Entity> recognize(String text) {
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return List.of();
    }

    @Override
    public Set<String> labels() {
      return Set.of();
    }

    @Override
    public String describe() {
      return "blocking";
    }
  }

  @Test
  void requests_beyond_workers_plus_queue_get_a_fast_503() throws Exception {
    Blocking r = new Blocking();
    try (WorkerPool pool = new WorkerPool(1, 0)) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      Thread holder = new Thread(() -> pool.recognize(r, List.of("x"), deadline));
      holder.start();
      while (pool.inFlight() == 0) {
        Thread.sleep(5);
      }
      long t0 = System.nanoTime();
      ApiException e = assertThrows(ApiException.class, () -> pool.recognize(r, List.of("y"), deadline));
      assertEquals(503, e.status());
      assertEquals("overloaded", e.code());
      assertEquals(true, System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(1));
      r.release.countDown();
      holder.join();
    }
  }

  @Test
  void a_request_past_its_deadline_is_503_timeout() {
    Blocking r = new Blocking();
    try (WorkerPool pool = new WorkerPool(1, 1)) {
      ApiException e = assertThrows(ApiException.class,
          () -> pool.recognize(r, List.of("x"), System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100)));
      assertEquals("timeout", e.code());
      r.release.countDown();
    }
  }
}
