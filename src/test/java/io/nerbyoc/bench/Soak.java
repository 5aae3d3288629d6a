package io.nerbyoc.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Soak and overload runs against a running serve on 127.0.0.1 (figures in docs/RELIABILITY.md).
 *
 * <pre>
 * java -cp target/test-classes:target/classes:target/lib/* io.nerbyoc.bench.Soak \
 *   --port 8080 --pid JVM_PID --concurrency 16 --warmup-s 60 --duration-s 600
 * java ... io.nerbyoc.bench.Soak --port 8080 --overload true --concurrency 48 --duration-s 20
 * </pre>
 *
 * Soak: closed-loop load over documents of mixed sizes (about 20, 200 and 2,000 tokens) while a
 * second thread pings every 500 ms and a third samples the JVM's RSS every 5 s. Overload: more
 * callers than workers + queue; every answer must be 200 or a fast 503.
 */
public final class Soak {
  private Soak() {}

  public static void main(String[] argv) throws Exception {
    BenchArgs args = new BenchArgs(argv);
    int port = args.integer("port", 8080);
    Path conll = Path.of(args.string("docs", "../shared/data/ner/wikigold/wikigold.conll"));
    BenchDocs docs = mixed(conll);
    if (Boolean.parseBoolean(args.string("overload", "false"))) {
      overload(port, docs, args.integer("concurrency", 48), args.seconds("duration-s", 20));
      return;
    }
    soak(port, docs, args);
  }

  private static void soak(int port, BenchDocs docs, BenchArgs args) throws Exception {
    int concurrency = args.integer("concurrency", 16);
    double warmup = args.seconds("warmup-s", 60);
    double duration = args.seconds("duration-s", 600);
    long pid = args.integer("pid", -1);
    long end = System.nanoTime() + (long) ((warmup + duration) * 1e9);
    List<Long> pings = new ArrayList<>();
    AtomicInteger pingFailures = new AtomicInteger();
    Thread pinger = new Thread(() -> ping(port, end, pings, pingFailures), "pinger");
    List<long[]> rss = new ArrayList<>(); // {seconds since start, kB}
    Thread sampler = new Thread(() -> sampleRss(pid, end, rss), "rss");
    pinger.setDaemon(true);
    sampler.setDaemon(true);
    pinger.start();
    sampler.start();
    byte[][] bodies = bodies(docs);
    ClosedLoop.Result r = ClosedLoop.run(docs, concurrency, () -> call(port, bodies), warmup, duration, 50_000_000);
    pinger.join(5_000);
    sampler.join(10_000);
    long[] p;
    synchronized (pings) {
      p = pings.stream().mapToLong(Long::longValue).sorted().toArray();
    }
    System.out.printf(Locale.ROOT, "%d documents of mixed size (%.0f tokens on average), concurrency %d, %.0f s warm-up + %.0f s measured%n%n",
        docs.size(), docs.meanTokens(), concurrency, warmup, duration);
    System.out.println(ClosedLoop.Result.markdownHeader());
    System.out.println(r.markdownRow("soak"));
    System.out.printf(Locale.ROOT, "%n| /ping | count | failures | p50 ms | p99 ms | max ms |%n|---|---|---|---|---|---|%n| during the soak | %d | %d | %.1f | %.1f | %.1f |%n",
        p.length, pingFailures.get(), pct(p, 0.5), pct(p, 0.99), p.length == 0 ? Double.NaN : p[p.length - 1] / 1e6);
    synchronized (rss) {
      long afterWarmup = rss.stream().filter(s -> s[0] >= warmup).mapToLong(s -> s[1]).findFirst().orElse(-1);
      long last = rss.isEmpty() ? -1 : rss.get(rss.size() - 1)[1];
      long max = rss.stream().mapToLong(s -> s[1]).max().orElse(-1);
      System.out.printf(Locale.ROOT, "%n| JVM RSS | after warm-up MiB | at the end MiB | max MiB | growth after warm-up |%n|---|---|---|---|---|%n| pid %d | %d | %d | %d | %+.1f %% |%n",
          pid, afterWarmup / 1024, last / 1024, max / 1024, afterWarmup > 0 ? 100.0 * (last - afterWarmup) / afterWarmup : Double.NaN);
    }
  }

  /** Many callers at once, each sending its next request as soon as the last one is answered. */
  private static void overload(int port, BenchDocs docs, int concurrency, double seconds) throws Exception {
    byte[][] bodies = bodies(docs);
    long end = System.nanoTime() + (long) (seconds * 1e9);
    Map<Integer, AtomicLong> byStatus = new java.util.concurrent.ConcurrentHashMap<>();
    ConcurrentLinkedQueue<Long> rejectNanos = new ConcurrentLinkedQueue<>();
    AtomicLong ioErrors = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < concurrency; i++) {
      int k = i;
      Thread t = new Thread(() -> {
        RawHttpClient http = null;
        int n = k;
        while (System.nanoTime() < end) {
          try {
            if (http == null || http.isClosed()) {
              http = new RawHttpClient(port, 70_000);
            }
            long t0 = System.nanoTime();
            RawHttpClient.Reply r = http.post("/invocations", "application/json", Map.of(), bodies[n++ % bodies.length]);
            byStatus.computeIfAbsent(r.status(), s -> new AtomicLong()).incrementAndGet();
            if (r.status() == 503) {
              rejectNanos.add(System.nanoTime() - t0);
            }
          } catch (IOException e) {
            ioErrors.incrementAndGet();
            http = null;
          }
        }
        if (http != null) {
          http.close();
        }
      });
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join((long) (seconds * 1000) + 75_000);
    }
    long[] rejects = rejectNanos.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(Locale.ROOT, "| overload | callers | answers by status | I/O errors | 503 p50 ms | 503 p99 ms |%n|---|---|---|---|---|---|%n| %.0f s | %d | %s | %d | %.1f | %.1f |%n",
        seconds, concurrency, new java.util.TreeMap<>(byStatus), ioErrors.get(), pct(rejects, 0.5), pct(rejects, 0.99));
  }

  private static ClosedLoop.Call call(int port, byte[][] bodies) {
    return new ClosedLoop.Call() {
      RawHttpClient http;

      @Override
      public boolean run(int doc) throws Exception {
        if (http == null || http.isClosed()) {
          http = new RawHttpClient(port, 70_000);
        }
        RawHttpClient.Reply r = http.post("/invocations", "application/json", Map.of(), bodies[doc]);
        return r.status() == 200 && new String(r.body(), StandardCharsets.UTF_8).contains("\"ents\"");
      }

      @Override
      public void close() {
        if (http != null) {
          http.close();
        }
      }
    };
  }

  private static void ping(int port, long end, List<Long> out, AtomicInteger failures) {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ping")).timeout(Duration.ofSeconds(5)).GET().build();
    while (System.nanoTime() < end) {
      long t0 = System.nanoTime();
      try {
        int status = client.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
        long took = System.nanoTime() - t0;
        synchronized (out) {
          out.add(took);
        }
        if (status != 200 || took > 2_000_000_000L) {
          failures.incrementAndGet();
        }
        Thread.sleep(500);
      } catch (IOException e) {
        failures.incrementAndGet();
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static void sampleRss(long pid, long end, List<long[]> out) {
    long t0 = System.nanoTime();
    Path status = Path.of("/proc/" + pid + "/status");
    while (System.nanoTime() < end && pid > 0) {
      try {
        for (String line : Files.readAllLines(status)) {
          if (line.startsWith("VmRSS:")) {
            long kb = Long.parseLong(line.replaceAll("\\D", ""));
            synchronized (out) {
              out.add(new long[] {(System.nanoTime() - t0) / 1_000_000_000L, kb});
            }
          }
        }
        Thread.sleep(5_000);
      } catch (IOException | InterruptedException | RuntimeException e) {
        return;
      }
    }
  }

  /** About 20-, 200- and 2,000-token documents, interleaved. */
  private static BenchDocs mixed(Path conll) throws IOException {
    List<BenchDocs> sizes = List.of(BenchDocs.load(conll, 20), BenchDocs.load(conll, 200), BenchDocs.load(conll, 2000));
    List<String> texts = new ArrayList<>();
    List<Integer> tokens = new ArrayList<>();
    int longest = sizes.stream().mapToInt(BenchDocs::size).max().orElse(0);
    for (int i = 0; i < longest; i++) {
      for (BenchDocs d : sizes) {
        texts.add(d.texts().get(i % d.size()));
        tokens.add(d.tokens().get(i % d.size()));
      }
    }
    return new BenchDocs(texts, tokens);
  }

  private static byte[][] bodies(BenchDocs docs) {
    byte[][] b = new byte[docs.size()][];
    for (int i = 0; i < b.length; i++) {
      b[i] = ("{\"text\": " + new com.google.gson.JsonPrimitive(docs.texts().get(i)) + "}").getBytes(StandardCharsets.UTF_8);
    }
    return b;
  }

  private static double pct(long[] sortedNanos, double q) {
    if (sortedNanos.length == 0) {
      return Double.NaN;
    }
    return sortedNanos[Math.max(0, (int) Math.ceil(q * sortedNanos.length) - 1)] / 1e6;
  }

}
