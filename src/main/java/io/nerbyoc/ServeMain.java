package io.nerbyoc;

import io.nerbyoc.config.ConfigException;
import io.nerbyoc.config.Settings;
import io.nerbyoc.core.ApiException;
import io.nerbyoc.core.Recognizer;
import io.nerbyoc.engine.ModelLoadException;
import io.nerbyoc.http.HttpServer;
import io.nerbyoc.serve.Invocations;
import io.nerbyoc.serve.ModelRegistry;
import io.nerbyoc.serve.Readiness;
import io.nerbyoc.serve.WorkerPool;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the inference server: listen (answering 503) → load the model → prove one inference →
 * answer 200 on /ping. Exit codes: 2 bad configuration, 3 model cannot be loaded, 4 port taken.
 */
public final class ServeMain {
  private static final Logger LOG = LoggerFactory.getLogger(ServeMain.class);
  static final String WARM_UP = "Apple is looking at buying a U.K. startup for $1 billion, Tim Cook said in Cupertino on Monday.";
  private static final long DRAIN_MILLIS = 25_000; // SageMaker sends SIGKILL 30 s after SIGTERM

  private ServeMain() {}

  public static void main(String[] args) {
    long t0 = System.nanoTime();
    Settings settings;
    try {
      settings = Settings.fromEnv(System.getenv());
    } catch (ConfigException e) {
      e.problems().forEach(p -> LOG.error("Configuration: {}", p));
      System.exit(2);
      return;
    }
    LOG.info("Settings: {}", settings.describe());
    Readiness readiness = new Readiness();
    WorkerPool pool = new WorkerPool(settings.workers(), settings.queueSize());
    HttpServer server = new HttpServer(
        settings.backendPort(), settings.workers() + settings.queueSize() + 16, readiness, executionParameters(settings));
    server.awaitInitialization();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      LOG.info("SIGTERM: draining in-flight requests (up to {} s)", DRAIN_MILLIS / 1000);
      server.drainAndStop(DRAIN_MILLIS);
      pool.close();
    }, "shutdown"));
    if (settings.multiModel()) {
      // Multi-model endpoint: no default model; SageMaker loads models through POST /models.
      server.serveModels(new ModelRegistry(settings, pool, dir -> {
        try {
          return ModelLoader.load(dir, settings);
        } catch (ModelLoadException e) {
          throw ApiException.badRequest("invalid_model", e.getMessage(),
              "Package the directory train wrote (ner-model.json at the top of model.tar.gz).");
        }
      }));
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
      System.exit(3);
      return;
    }
    server.serve(new Invocations(settings, recognizer, pool));
    readiness.ready();
    LOG.info("Ready in {} ms: {} (labels {})", (System.nanoTime() - t0) / 1_000_000,
        recognizer.describe(), recognizer.labels());
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

  static Map<String, Object> executionParameters(Settings s) {
    Map<String, Object> m = new LinkedHashMap<>();
    // SageMaker requires MaxConcurrentTransforms x MaxPayloadInMB <= 100.
    int concurrent = Math.min(s.workers(), 100);
    long payloadMb = Math.max(1, s.maxPayloadBytes() / (1024 * 1024));
    m.put("MaxConcurrentTransforms", concurrent);
    m.put("BatchStrategy", "MULTI_RECORD");
    m.put("MaxPayloadInMB", Math.max(1, Math.min(payloadMb, 100 / concurrent)));
    return m;
  }
}
