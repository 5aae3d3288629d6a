package io.nerbyoc.bench;

import com.google.gson.Gson;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Closed-loop HTTP load on 127.0.0.1: ~200-token wikigold documents, fixed concurrency, warm-up,
 * then a timed phase; prints one Markdown row per concurrency (tokens/s, docs/s, p50/p99).
 *
 * <pre>
 * java -cp target/test-classes:target/classes:target/lib/* io.nerbyoc.bench.LoadGenerator \
 *   --port 8080 --target ours --name fast --concurrency 1,2,4 --warmup-s 5 --duration-s 20
 * </pre>
 *
 * {@code --target corenlp} sends the same texts to StanfordCoreNLPServer with its default
 * annotators; {@code --client jdk} uses java.net.http instead of the raw socket client.
 */
public final class LoadGenerator {
  static final String CORENLP_PROPERTIES =
      "{\"annotators\":\"tokenize,ssplit,pos,lemma,ner\",\"outputFormat\":\"json\"}";

  /** How one system under test is asked to annotate a text, and what a good answer looks like. */
  record Target(String path, String contentType, Map<String, String> headers, byte[][] bodies, String mustContain) {

    static Target of(String kind, BenchDocs docs) {
      byte[][] bodies = new byte[docs.size()][];
      Gson gson = new Gson();
      for (int i = 0; i < bodies.length; i++) {
        String text = docs.texts().get(i);
        bodies[i] = (kind.equals("ours") ? gson.toJson(Map.of("text", text)) : text)
            .getBytes(StandardCharsets.UTF_8);
      }
      return switch (kind) {
        case "ours" -> new Target("/invocations", "application/json", Map.of(), bodies, "\"ents\"");
        case "corenlp" -> new Target(
            "/?properties=" + URLEncoder.encode(CORENLP_PROPERTIES, StandardCharsets.UTF_8),
            "text/plain; charset=utf-8", Map.of(), bodies, "\"sentences\"");
        default -> throw new IllegalArgumentException("--target is ours or corenlp, not " + kind);
      };
    }

    boolean good(int status, byte[] body) {
      return status == 200 && new String(body, StandardCharsets.UTF_8).contains(mustContain);
    }
  }

  private LoadGenerator() {}

  public static void main(String[] argv) throws Exception {
    BenchArgs args = new BenchArgs(argv);
    int port = args.integer("port", 8080);
    String name = args.string("name", args.string("target", "ours"));
    BenchDocs docs = BenchDocs.load(
        Path.of(args.string("docs", "../shared/data/ner/wikigold/wikigold.conll")), args.integer("doc-tokens", 200));
    Target plain = Target.of(args.string("target", "ours"), docs);
    String attributes = args.string("custom-attributes", "");
    // e.g. "values=false": the same server with and without an option
    Target target = attributes.isEmpty() ? plain : new Target(plain.path(), plain.contentType(),
        Map.of("X-Amzn-SageMaker-Custom-Attributes", attributes), plain.bodies(), plain.mustContain());
    int timeoutMillis = (int) (args.seconds("timeout-s", 70) * 1000);
    String client = args.string("client", "socket");
    if (Boolean.parseBoolean(args.string("header", "true"))) {
      System.out.printf("%d documents, %.0f whitespace tokens each on average, %s client%n%n",
          docs.size(), docs.meanTokens(), client);
      System.out.println(ClosedLoop.Result.markdownHeader());
    }
    for (int c : args.integers("concurrency", "1,2,4")) {
      ClosedLoop.CallFactory calls = client.equals("jdk")
          ? jdkCalls(port, target, timeoutMillis)
          : () -> socketCall(port, target, timeoutMillis);
      long cpu0 = processCpuNanos();
      ClosedLoop.Result r = ClosedLoop.run(docs, c, calls, args.seconds("warmup-s", 5),
          args.seconds("duration-s", 20), args.integer("max-requests", 2_000_000));
      double clientCpuMicros = (processCpuNanos() - cpu0) / 1e3 / Math.max(1, r.issued() - c);
      System.out.println(r.markdownRow(name));
      String key = name + ".c" + c;
      args.record(key + ".tokens_per_s", r.tokensPerSecond());
      args.record(key + ".docs_per_s", r.docsPerSecond());
      args.record(key + ".p50_ms", r.percentileMillis(0.50));
      args.record(key + ".p99_ms", r.percentileMillis(0.99));
      args.record(key + ".errors", r.errors());
      args.record(key + ".issued", r.issued());
      // The load generator's own CPU per request: what the client costs, however busy the machine.
      args.record(key + ".client_cpu_us", clientCpuMicros);
    }
  }

  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** One keep-alive connection per caller, reopened when the server closes it. */
  private static ClosedLoop.Call socketCall(int port, Target t, int timeoutMillis) {
    return new ClosedLoop.Call() {
      RawHttpClient http;

      @Override
      public boolean run(int doc) throws Exception {
        if (http == null || http.isClosed()) {
          http = new RawHttpClient(port, timeoutMillis);
        }
        RawHttpClient.Reply r = http.post(t.path(), t.contentType(), t.headers(), t.bodies()[doc]);
        return t.good(r.status(), r.body());
      }

      @Override
      public void close() {
        if (http != null) {
          http.close();
        }
      }
    };
  }

  private static ClosedLoop.CallFactory jdkCalls(int port, Target t, int timeoutMillis) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofMillis(timeoutMillis)).build();
    URI uri = URI.create("http://127.0.0.1:" + port + t.path());
    return () -> doc -> {
      HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofMillis(timeoutMillis))
          .header("Content-Type", t.contentType())
          .POST(HttpRequest.BodyPublishers.ofByteArray(t.bodies()[doc]));
      t.headers().forEach(b::header);
      HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      return t.good(r.statusCode(), r.body());
    };
  }
}
