package io.nerbyoc.http;

import io.nerbyoc.codec.ErrorCodec;
import io.nerbyoc.codec.ManagementCodec;
import io.nerbyoc.codec.OutputFormat;
import io.nerbyoc.codec.ResponseEncoder;
import io.nerbyoc.core.ApiException;
import io.nerbyoc.serve.Invocations;
import io.nerbyoc.serve.ModelRegistry;
import io.nerbyoc.serve.Readiness;
import io.nerbyoc.serve.Response;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import spark.Request;
import spark.Service;
import spark.embeddedserver.EmbeddedServers;
import spark.embeddedserver.jetty.EmbeddedJettyFactory;

/**
 * The loopback HTTP app behind nginx: /ping, /invocations, /execution-parameters. With its Jetty
 * adapters (JettyFactory) the only code that touches Spark; every error leaves as the one JSON
 * error shape.
 */
public final class HttpServer {
  private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);
  private static final String JSON = "application/json";
  /** Spark's Jetty with our settings (see JettyFactory), registered under its own name. */
  private static final String JETTY = "ner-jetty";

  static {
    EmbeddedServers.add(JETTY, new EmbeddedJettyFactory(new JettyFactory()));
  }

  private final Service http;
  private final Readiness readiness;
  private final AtomicReference<Invocations> invocations = new AtomicReference<>();
  private final AtomicReference<ModelRegistry> registry = new AtomicReference<>();
  private final Supplier<Map<String, Object>> executionParameters;
  private final AtomicInteger inFlight = new AtomicInteger();

  /**
   * @param threads Jetty threads: more than workers + queue so /ping always finds one
   * @param exit ends the process with a code (ServeMain's, which tells the shutdown hook it was no SIGTERM)
   */
  public HttpServer(int port, int threads, Readiness readiness, Supplier<Map<String, Object>> executionParameters,
      java.util.function.IntConsumer exit) {
    this.readiness = readiness;
    this.executionParameters = executionParameters;
    this.http = Service.ignite().ipAddress("127.0.0.1").port(port).threadPool(threads, Math.min(threads, 8), 60_000);
    http.embeddedServerIdentifier(JETTY);
    http.initExceptionHandler(
        e -> {
          LOG.error("Cannot listen on 127.0.0.1:{}: {}", port, e.getMessage());
          exit.accept(4);
        });
    routes();
  }

  /** Multi-model mode: the /models API and POST /models/{name}/invoke. */
  public void serveModels(ModelRegistry models) {
    registry.set(models);
  }

  /** Makes /invocations live; until then it answers 503 like /ping. */
  public void serve(Invocations handler) {
    invocations.set(handler);
  }

  public int port() {
    return http.port();
  }

  public void awaitInitialization() {
    http.awaitInitialization();
  }

  private void routes() {
    http.get("/ping", (req, res) -> {
      if (readiness.isReady()) {
        res.status(200);
        res.type("text/plain");
        res.raw().setContentLength(0);
        return new byte[0];
      }
      throw notReady();
    });
    http.get("/execution-parameters", (req, res) -> {
      res.type(JSON);
      return ResponseEncoder.object(executionParameters.get());
    });
    http.post("/invocations", (req, res) -> {
      ModelRegistry models = registry.get();
      Invocations handler =
          models != null ? models.target(req.headers(ModelRegistry.TARGET_MODEL_HEADER)) : invocations.get();
      if (handler == null || !readiness.isReady()) {
        throw notReady();
      }
      return invoke(handler, req, res);
    });
    modelRoutes();
    for (String path : new String[] {"/ping", "/execution-parameters", "/invocations"}) {
      http.put(path, (req, res) -> { throw methodNotAllowed(req); });
      http.delete(path, (req, res) -> { throw methodNotAllowed(req); });
      http.patch(path, (req, res) -> { throw methodNotAllowed(req); });
    }
    http.post("/ping", (req, res) -> { throw methodNotAllowed(req); });
    http.post("/execution-parameters", (req, res) -> { throw methodNotAllowed(req); });
    http.get("/invocations", (req, res) -> { throw methodNotAllowed(req); });
    http.notFound((req, res) -> {
      res.type(JSON);
      return body(new ApiException(404, "not_found",
          "No resource at " + req.requestMethod() + " " + ApiException.quote(req.pathInfo()) + ".",
          "Use GET /ping, POST /invocations or GET /execution-parameters."), req);
    });
    http.internalServerError((req, res) -> {
      res.type(JSON);
      return body(Invocations.internalError(), req);
    });
    http.exception(ApiException.class, (e, req, res) -> {
      if ("internal_error".equals(e.code())) {
        LOG.error("{} {} {}: {}", req.requestMethod(), req.pathInfo(), e.status(), e.code()); // its cause is logged where it failed
      } else if (e.status() >= 500 && e.status() != 503) {
        Invocations.FAILURES.failed(e, "{} {}: {}", e.status(), e.code(), e.getMessage());
      } else if ("/ping".equals(req.pathInfo())) {
        LOG.debug("GET /ping {}", e.code());
      } else {
        LOG.info("{} {} {}: {}", req.requestMethod(), req.pathInfo(), e.status(), e.code());
      }
      res.status(e.status());
      res.type(JSON);
      res.body(body(e, req));
    });
    http.exception(Exception.class, (e, req, res) -> {
      Invocations.FAILURES.failed(e, "Unexpected failure on {} {}", req.requestMethod(), req.pathInfo());
      res.status(500);
      res.type(JSON);
      res.body(body(Invocations.internalError(), req));
    });
  }

  /** Runs one invocation and writes the whole answer in one go. */
  private Object invoke(Invocations handler, Request req, spark.Response res) throws java.io.IOException {
    // Counted until the last byte is written, so a SIGTERM drain never cuts a response short.
    inFlight.incrementAndGet();
    try {
      checkContentEncoding(req);
      Response r = handler.handle(
          req.bodyAsBytes(), req.contentType(), (String) req.raw().getAttribute(AcceptCustomizer.ATTRIBUTE),
          req.headers("X-Amzn-SageMaker-Custom-Attributes"));
      res.status(r.status());
      res.type(r.contentType());
      if (r.contentType().startsWith("text/html")) {
        res.header("Content-Security-Policy", OutputFormat.HTML_CONTENT_SECURITY_POLICY);
      }
      res.raw().setContentLength(r.body().length);
      // One write of headers + body (Jetty completes the response when Content-Length bytes are out).
      res.raw().getOutputStream().write(r.body());
      return "";
    } finally {
      inFlight.decrementAndGet();
    }
  }

  /** Compressed bodies are refused by name, instead of failing later as invalid UTF-8 or JSON. */
  private static void checkContentEncoding(Request req) {
    String encoding = req.headers("Content-Encoding");
    if (encoding == null) {
      return;
    }
    for (String coding : encoding.split(",")) {
      String c = coding.trim().toLowerCase(Locale.ROOT);
      if (!c.isEmpty() && !c.equals("identity")) {
        throw new ApiException(415, "unsupported_content_encoding",
            "Content-Encoding " + ApiException.quote(encoding) + " is not supported: request bodies are read as sent.",
            "Send the body uncompressed, without a Content-Encoding header (or with Content-Encoding: identity).");
      }
    }
  }

  /** The multi-model API; a 404 naming SAGEMAKER_MULTI_MODEL when the endpoint is single-model. */
  private void modelRoutes() {
    http.post("/models", (req, res) -> {
      String[] nameUrl = ManagementCodec.loadRequest(req.bodyAsBytes());
      long t0 = System.nanoTime();
      ModelRegistry.Entry e = models().load(nameUrl[0], nameUrl[1]);
      LOG.info("Loaded model {} in {} ms: {}", e.name(), (System.nanoTime() - t0) / 1_000_000, e.description());
      res.type(JSON);
      return ManagementCodec.model(new ManagementCodec.ModelInfo(e.name(), e.url(), e.description()));
    });
    http.get("/models", (req, res) -> {
      int limit = 100;
      String l = req.queryParams("limit");
      if (l != null) {
        try {
          limit = Math.max(1, Math.min(1000, Integer.parseInt(l)));
        } catch (NumberFormatException e) {
          throw ApiException.badRequest("invalid_field", "limit " + ApiException.quote(l) + " is not a number.", "Use limit=1..1000.");
        }
      }
      ModelRegistry.Page page = models().list(limit, req.queryParams("next_page_token"));
      res.type(JSON);
      return ManagementCodec.list(page.models().stream()
          .map(e -> new ManagementCodec.ModelInfo(e.name(), e.url(), e.description())).toList(), page.nextPageToken());
    });
    http.get("/models/:name", (req, res) -> {
      ModelRegistry.Entry e = models().get(req.params(":name"));
      res.type(JSON);
      return ManagementCodec.model(new ManagementCodec.ModelInfo(e.name(), e.url(), e.description()));
    });
    http.delete("/models/:name", (req, res) -> {
      models().unload(req.params(":name"));
      LOG.info("Unloaded model {}", req.params(":name"));
      res.type(JSON);
      return ResponseEncoder.object(Map.of("status", "unloaded", "modelName", req.params(":name")));
    });
    http.post("/models/:name/invoke", (req, res) -> invoke(models().get(req.params(":name")).invocations(), req, res));
  }

  private ModelRegistry models() {
    ModelRegistry m = registry.get();
    if (m == null) {
      throw new ApiException(404, "not_multi_model", "This endpoint serves one model; /models is for multi-model endpoints.",
          "Set SAGEMAKER_MULTI_MODEL=true (SageMaker does for Mode=MultiModel) to manage models.");
    }
    return m;
  }

  private ApiException notReady() {
    Readiness.State state = readiness.state();
    if (state == Readiness.State.STALLED) {
      return new ApiException(503, "stalled", "No worker has made progress for a while although requests are waiting.",
          "Send the request to another instance or retry later; the container restarts if a worker stays stuck.");
    }
    boolean draining = state == Readiness.State.DRAINING;
    return new ApiException(
        503, draining ? "shutting_down" : "model_not_ready",
        draining ? "The server is shutting down." : "The model is still loading.",
        draining ? "Send the request to another instance or retry." : "Wait for GET /ping to answer 200, then retry.");
  }

  private static ApiException methodNotAllowed(Request req) {
    return new ApiException(405, "method_not_allowed",
        req.requestMethod() + " is not allowed on " + ApiException.quote(req.pathInfo()) + ".",
        "Use GET /ping, POST /invocations or GET /execution-parameters.");
  }

  private static String body(ApiException e, Request req) {
    return new String(ErrorCodec.encode(e, requestId(req)), StandardCharsets.UTF_8);
  }

  private static String requestId(Request req) {
    String id = req.headers("X-Amzn-SageMaker-Inference-Id");
    if (id == null) {
      id = req.headers("X-Request-Id");
    }
    return id != null ? id : UUID.randomUUID().toString();
  }

  /**
   * Stops taking work and waits (bounded) for in-flight requests, then stops Jetty. nginx has
   * already stopped accepting, so only requests it is still proxying arrive here.
   */
  public void drainAndStop(long maxWaitMillis) {
    readiness.drain();
    long end = System.currentTimeMillis() + maxWaitMillis;
    try {
      Thread.sleep(100); // let requests nginx already accepted reach us
      while (inFlight.get() > 0 && System.currentTimeMillis() < end) {
        Thread.sleep(20);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    LOG.info("Drained ({} requests still in flight); stopping HTTP server", inFlight.get());
    http.stop();
    http.awaitStop();
  }
}
