package io.nerbyoc;

import io.nerbyoc.config.ConfigException;
import io.nerbyoc.config.Settings;
import io.nerbyoc.core.ApiException;
import io.nerbyoc.core.Recognizer;
import io.nerbyoc.pipeline.ModelDirectories;
import io.nerbyoc.pipeline.ModelLoadException;
import io.nerbyoc.http.HttpServer;
import io.nerbyoc.serve.Invocations;
import io.nerbyoc.serve.ModelRegistry;
import io.nerbyoc.serve.Readiness;
import io.nerbyoc.serve.Watchdog;
import io.nerbyoc.serve.WorkerPool;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the inference server: listen (answering 503) → load the model → prove one inference →
 * answer 200 on /ping. Exit codes: 2 bad configuration, 3 model cannot be loaded, 4 port taken,
 * 6 a worker stuck past NER_STUCK_EXIT_S ({@link Watchdog}).
 */
public final class ServeMain {
  private static final Logger LOG = LoggerFactory.getLogger(ServeMain.class);
  static final String WARM_UP = "Apple is looking at buying a U.K. startup for $1 billion, Tim Cook said in Cupertino on Monday.";
  /** News-like text whose timing sets the advertised MaxPayloadInMB (see {@link #executionParameters}). */
  static final String THROUGHPUT_SAMPLE = String.join(" ",
      WARM_UP,
      "Shares of the company rose 3.2 percent to $187.40 in New York trading after the announcement.",
      "The European Commission said on Tuesday that it would open an investigation into the deal.",
      "Angela Merkel met Emmanuel Macron in Berlin last week to discuss energy prices and the war in Ukraine.",
      "Toyota Motor Corp. expects to sell about 10.5 million vehicles worldwide in the fiscal year ending March 2025.",
      "The Golden State Warriors beat the Boston Celtics 112-104 on Sunday night at the Chase Center in San Francisco.",
      "Researchers at the University of Oxford published their findings in the journal Nature on 3 October.",
      "The hurricane made landfall near New Orleans, Louisiana, with winds of 150 miles per hour.",
      "Microsoft and OpenAI signed a new agreement worth about $10 billion over several years.",
      "Prime Minister Narendra Modi arrived in Tokyo for a two-day visit, his first since 2019.");
  /** Advertise a batch payload that takes half the request timeout at the measured speed. */
  static final double PAYLOAD_SAFETY = 0.5;
  private static final long DRAIN_MILLIS = 25_000; // SageMaker sends SIGKILL 30 s after SIGTERM
  /**
   * Set by each of our own exit paths before System.exit, so the shutdown hook says SIGTERM only
   * when the JVM is ending for a signal (serve turns Ctrl-C into SIGTERM too).
   */
  private static final java.util.concurrent.atomic.AtomicInteger EXIT_CODE = new java.util.concurrent.atomic.AtomicInteger(-1);

  private ServeMain() {}

  public static void main(String[] args) {
    long t0 = System.nanoTime();
    Settings settings;
    try {
      settings = Settings.fromEnv(System.getenv());
    } catch (ConfigException e) {
      e.problems().forEach(p -> LOG.error("Configuration: {}", p));
      exit(2);
      return;
    }
    LOG.info("Settings: {}", settings.describe());
    Readiness readiness = new Readiness();
    WorkerPool pool = new WorkerPool(settings.workers(), settings.queueSize());
    // The model is timed just after /ping turns 200 (timing it before cost start-up about 1.5 s);
    // /execution-parameters waits for that, up to MEASURE_WAIT_SECONDS, else advertises the body
    // limit, as it does on multi-model endpoints.
    java.util.concurrent.CompletableFuture<Map<String, Object>> measured = new java.util.concurrent.CompletableFuture<>();
    Map<String, Object> unmeasured = executionParameters(settings, 0);
    HttpServer server = new HttpServer(
        settings.backendPort(), settings.workers() + settings.queueSize() + 16, readiness,
        () -> settings.multiModel() ? unmeasured : awaitMeasurement(measured, unmeasured),
        ServeMain::exit);
    server.awaitInitialization();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      int code = EXIT_CODE.get();
      if (code < 0) {
        LOG.info("SIGTERM: draining in-flight requests (up to {} s)", DRAIN_MILLIS / 1000);
      } else {
        LOG.info("Shutting down (exit {}): draining in-flight requests (up to {} s)", code, DRAIN_MILLIS / 1000);
      }
      server.drainAndStop(DRAIN_MILLIS);
      pool.close();
    }, "shutdown"));
    new Watchdog(pool, readiness, settings.stallSeconds(), settings.stuckExitSeconds(), ServeMain::exit).start();
    if (settings.multiModel()) {
      // Multi-model endpoint: no default model; SageMaker loads models through POST /models.
      server.serveModels(new ModelRegistry(settings, pool, dir -> {
        try {
          return ModelLoader.load(dir, settings);
        } catch (ModelLoadException e) {
          throw ApiException.badRequest("invalid_model", e.getMessage(),
              "Package the directory train wrote (ner-model.json at the top of model.tar.gz).");
        }
      }, dir -> ModelDirectories.read(dir, Components.ALL).embeddedFiles()));
      readiness.ready();
      LOG.info("Ready in {} ms as a multi-model endpoint (memory budget {} MiB)", (System.nanoTime() - t0) / 1_000_000,
          settings.mmeMemoryBudgetBytes() / (1024 * 1024));
      return;
    }
    LOG.info("Listening on 127.0.0.1:{}; loading model", server.port());
    Recognizer recognizer;
    try {
      recognizer = ModelLoader.load(settings);
      warmUp(recognizer);
    } catch (ModelLoadException e) {
      LOG.error("Model load failed: {}", e.getMessage());
      exit(3);
      return;
    }
    server.serve(new Invocations(settings, recognizer, pool));
    readiness.ready();
    LOG.info("Ready in {} ms: {} (labels {})", (System.nanoTime() - t0) / 1_000_000,
        recognizer.describe(), recognizer.labels());
    try {
      double bytesPerSecond = measureThroughput(recognizer);
      Map<String, Object> params = executionParameters(settings, bytesPerSecond);
      LOG.info("One worker recognizes about {} KB/s of news-like text: /execution-parameters {}",
          Math.round(bytesPerSecond / 1024), params);
      measured.complete(params); // after the log line, which tests read once /execution-parameters answers
    } catch (RuntimeException e) {
      measured.complete(unmeasured); // warmUp passed, so this is unexpected; batch keeps the body limit
      LOG.warn("Could not time the model ({}): /execution-parameters advertises the body limit", e.toString());
    }
  }

  /** How long /execution-parameters waits for the start-up timing (about 1-2 s after /ping turns 200). */
  static final int MEASURE_WAIT_SECONDS = 20;

  /** The measured parameters, or {@code unmeasured} while they are still not there after the wait (a later call may get them). */
  private static Map<String, Object> awaitMeasurement(
      java.util.concurrent.CompletableFuture<Map<String, Object>> measured, Map<String, Object> unmeasured) {
    try {
      return measured.get(MEASURE_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
      return unmeasured;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return unmeasured;
    }
  }

  /** Every exit of ours: records the code so the shutdown hook does not call it a SIGTERM. */
  static void exit(int code) {
    EXIT_CODE.compareAndSet(-1, code);
    System.exit(code);
  }

  /** A real inference before /ping says 200; also JIT-warms the hot path. */
  private static void warmUp(Recognizer recognizer) {
    try {
      for (int i = 0; i < 3; i++) {
        recognizer.recognize(WARM_UP);
      }
    } catch (RuntimeException e) {
      throw new ModelLoadException("The model loaded but failed on a test sentence: " + e);
    }
  }

  /**
   * UTF-8 bytes per second one worker recognizes, timed on {@link #THROUGHPUT_SAMPLE} after the
   * warm-up (best of five runs of the sample, about 0.1-0.5 s). Still partly cold, so it errs low.
   */
  static double measureThroughput(Recognizer recognizer) {
    String text = THROUGHPUT_SAMPLE + "\n" + THROUGHPUT_SAMPLE + "\n" + THROUGHPUT_SAMPLE;
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long t0 = System.nanoTime();
      recognizer.recognize(text);
      best = Math.min(best, System.nanoTime() - t0);
    }
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length * 1e9 / Math.max(1, best);
  }

  /**
   * What batch transform should send. {@code MaxConcurrentTransforms} = workers, so each
   * concurrent request gets about one worker; {@code MaxPayloadInMB} = what one worker finishes in
   * {@link #PAYLOAD_SAFETY} of the request timeout at the measured speed, at least 1, at most the
   * body limit, and with the product at most 100 as CreateTransformJob requires. Without a
   * measurement (multi-model endpoints, before the model loads) it is the body limit.
   */
  static Map<String, Object> executionParameters(Settings s, double bytesPerSecondPerWorker) {
    Map<String, Object> m = new LinkedHashMap<>();
    int concurrent = Math.min(s.workers(), 100);
    long payloadMb = Math.max(1, s.maxPayloadBytes() / (1024 * 1024));
    if (bytesPerSecondPerWorker > 0) {
      long fits = (long) (bytesPerSecondPerWorker * s.requestTimeoutSeconds() * PAYLOAD_SAFETY / (1024 * 1024));
      payloadMb = Math.max(1, Math.min(payloadMb, fits));
    }
    m.put("MaxConcurrentTransforms", concurrent);
    m.put("BatchStrategy", "MULTI_RECORD");
    m.put("MaxPayloadInMB", Math.max(1, Math.min(payloadMb, 100 / concurrent)));
    return m;
  }
}
