package io.nerbyoc.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code container/NER/serve} (nginx + JVM) on free ports with a temporary
 * NER_ML_ROOT, as SageMaker would run it in the image. Output goes to a log file that tests can
 * read and that is printed when a start fails.
 */
public final class ServeProcess implements AutoCloseable {
  public static final Path PROJECT = Path.of(System.getProperty("ner.project.dir", System.getProperty("user.dir")));

  private final Process process;
  private final int port;
  private final Path mlRoot;
  private final Path log;
  private java.util.List<ProcessHandle> children = java.util.List.of();
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  private ServeProcess(Process process, int port, Path mlRoot, Path log) {
    this.process = process;
    this.port = port;
    this.mlRoot = mlRoot;
    this.log = log;
  }

  /** Starts serve and returns without waiting; {@code mlRoot/model} is what it will load. */
  public static ServeProcess launch(Path mlRoot, Map<String, String> env) throws IOException {
    Files.createDirectories(mlRoot.resolve("model"));
    int port = freePort();
    int backend = freePort();
    Path log = Files.createTempFile("serve-it", ".log");
    ProcessBuilder pb = new ProcessBuilder(PROJECT.resolve("container/NER/serve").toString());
    pb.environment().put("NER_ML_ROOT", mlRoot.toString());
    pb.environment().put("SAGEMAKER_BIND_TO_PORT", Integer.toString(port));
    pb.environment().put("NER_BACKEND_PORT", Integer.toString(backend));
    pb.environment().put("JAVA_OPTS", "-Xmx2g");
    pb.environment().putAll(env);
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    return new ServeProcess(pb.start(), port, mlRoot, log);
  }

  /** Starts serve and waits until /ping answers 200. */
  public static ServeProcess start(Path mlRoot, Map<String, String> env) throws Exception {
    ServeProcess p = launch(mlRoot, env);
    p.awaitReady(Duration.ofSeconds(90));
    return p;
  }

  public void awaitReady(Duration timeout) throws Exception {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      if (!process.isAlive()) {
        throw new IllegalStateException("serve exited with " + process.exitValue() + ":\n" + log());
      }
      try {
        if (get("/ping").statusCode() == 200) {
          // Remembered now: nginx workers whose master dies are re-parented and would escape close().
          children = process.descendants().toList();
          return;
        }
      } catch (IOException e) {
        // nginx not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("serve not ready after " + timeout + ":\n" + log());
  }

  public int port() {
    return port;
  }

  public Path mlRoot() {
    return mlRoot;
  }

  public Process process() {
    return process;
  }

  /**
   * CPU time used so far by serve and all it started (the JVM, nginx): what a request cost, unlike
   * wall time, which a busy shared machine stretches.
   */
  public Duration cpu() {
    Duration total = process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    for (ProcessHandle h : process.toHandle().descendants().toList()) {
      total = total.plus(h.info().totalCpuDuration().orElse(Duration.ZERO));
    }
    return total;
  }

  public String log() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(70)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** POST with headers given as name, value, name, value... */
  public HttpResponse<String> post(String path, byte[] body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(70))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  public HttpResponse<String> delete(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(70)).DELETE().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** POST returning the raw answer bytes (binary protocols). */
  public HttpResponse<byte[]> postBytes(String path, byte[] body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(70))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  public HttpResponse<String> post(String path, String body, String... headers)
      throws IOException, InterruptedException {
    return post(path, body.getBytes(StandardCharsets.UTF_8), headers);
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** SIGTERM to serve, as SageMaker sends when it stops an instance. */
  public void sigterm() {
    process.destroy();
  }

  public boolean waitFor(Duration d) throws InterruptedException {
    return process.waitFor(d.toMillis(), TimeUnit.MILLISECONDS);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    }
    children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }
}
