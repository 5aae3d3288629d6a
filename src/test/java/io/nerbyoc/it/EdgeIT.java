package io.nerbyoc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a client meets before its request reaches the model, through the real nginx: every error
 * is JSON whose "status" is the status on the wire, and a normal request works afterwards. One
 * test per finding of the "Never down" review.
 */
class EdgeIT {
  private static final String NORMAL = "{\"text\":\"Angela Merkel visited Paris.\"}";
  private static final int BODY_LIMIT = 100_000;
  private static ServeProcess serve;
  private static int backend;
  /** /ping answers seen while the JVM was still starting behind a running nginx. */
  private static final List<Reply> startup = new ArrayList<>();

  record Reply(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  @BeforeAll
  static void start() throws Exception {
    backend = freePort();
    serve = ServeProcess.launch(Files.createTempDirectory("ml"), Map.of("NER_PROFILE", "fast", "JAVA_OPTS", "-Xmx1g",
        "NER_BACKEND_PORT", Integer.toString(backend), "NER_MAX_PAYLOAD_BYTES", Integer.toString(BODY_LIMIT)));
    // nginx listens within milliseconds, the JVM a second or so later: meanwhile nginx answers 502.
    long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < end) {
      try {
        Reply r = raw("GET /ping HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        if (r.status() == 200) {
          break;
        }
        startup.add(r);
      } catch (IOException e) {
        // nginx not listening yet
      }
      Thread.sleep(20);
    }
    serve.awaitReady(Duration.ofSeconds(90));
  }

  @AfterAll
  static void stop() throws Exception {
    serve.close();
  }

  // 1. Header and request-line limits: nginx and Jetty agree; nginx answers, in JSON.
  @Test
  void oversized_headers_and_uris_get_json_with_the_status_on_the_wire() throws Exception {
    // 8-16 KB used to reach Jetty's 8 KB limit and come back as its HTML "Bad Message 431".
    Reply mid = raw(post(NORMAL, "X-Big: " + "a".repeat(12_000)));
    assertEquals(200, mid.status(), mid.body());
    assertTrue(mid.body().contains("Angela Merkel"), mid.body());
    // Over 16 KB: was 400 on the wire with a body saying 431.
    assertJsonError(raw(post(NORMAL, "X-Big: " + "a".repeat(17_000))), 431, "headers_too_large");
    // Several large headers, over 64 KB together.
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      many.append("X-Big").append(i).append(": ").append("a".repeat(15_000)).append("\r\n");
    }
    assertJsonError(raw(post(NORMAL, many.toString().strip())), 431, "headers_too_large");
    // A 20 KB URI: was 414 with a body saying 431.
    assertJsonError(raw("GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n"), 414, "uri_too_long");
    // Jetty itself takes more than nginx lets through, and answers JSON beyond its own limit.
    Reply direct = rawTo(backend, "GET /ping HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(60_000) + "\r\nConnection: close\r\n\r\n");
    assertEquals(200, direct.status(), direct.body());
    assertJsonError(rawTo(backend, "GET /ping HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(200_000) + "\r\n\r\n"),
        431, "headers_too_large");
    assertStillServes();
  }

  // 2. Upstream failures: 502 and 504 say what happened, not 503 model_not_ready.
  @Test
  void a_model_server_not_listening_yet_is_a_json_502() throws Exception {
    assertFalse(startup.isEmpty(), "no answer seen before the JVM listened");
    for (Reply r : startup) {
      assertTrue(r.status() == 502 || r.status() == 503, r.status() + " " + r.body());
      assertJsonError(r, r.status(), r.status() == 502 ? "model_server_unavailable" : "model_not_ready");
    }
    assertTrue(startup.stream().anyMatch(r -> r.status() == 502), "nginx never answered 502: " + startup);
    assertStillServes();
  }

  @Test
  void a_model_server_that_does_not_answer_in_time_is_a_json_504() throws Exception {
    // The server's JVM is the one started with -jar (ServeSetup runs with -cp and has exited).
    java.util.List<ProcessHandle> jvms = serve.process().descendants()
        .filter(p -> p.info().command().orElse("").endsWith("java"))
        .filter(p -> java.util.Arrays.asList(p.info().arguments().orElse(new String[0])).contains("-jar"))
        .toList();
    assertEquals(1, jvms.size(), "server JVMs: " + jvms);
    ProcessHandle java = jvms.get(0);
    signal("STOP", java);
    try {
      long t0 = System.nanoTime();
      Reply r = raw("GET /ping HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"); // nginx gives /ping 2 s
      assertJsonError(r, 504, "model_server_timeout");
      assertTrue(r.body().contains("did not answer in time"), r.body());
      assertTrue((System.nanoTime() - t0) / 1e9 < 10, "took " + (System.nanoTime() - t0) / 1e9 + " s");
    } finally {
      signal("CONT", java);
    }
    assertStillServes();
  }

  // 3. Everything nginx answers itself is JSON with a matching status.
  @Test
  void nginx_own_errors_are_json_with_matching_status() throws Exception {
    assertJsonError(raw("POST /invocations HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n"),
        501, "not_implemented");
    assertJsonError(raw("GARBAGE\r\n\r\n"), 400, "bad_request");
    assertJsonError(raw("GET /ping HTTP/1.1\r\n\r\n"), 400, "bad_request"); // no Host
    assertJsonError(raw("GET /nowhere HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 404, "not_found");
    assertJsonError(raw("TRACE /invocations HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 405, "method_not_allowed");
    assertJsonError(raw("POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Length: " + (BODY_LIMIT + 1) + "\r\nConnection: close\r\n\r\n"),
        413, "payload_too_large");
    assertJsonError(raw("GET /ping HTTP/2.0\r\nHost: x\r\n\r\n"), 505, "http_version_not_supported");
    assertStillServes();
  }

  // 4. Any Accept header reaches our negotiation (Spark used to route on it).
  @Test
  void odd_accept_headers_reach_our_negotiation() throws Exception {
    assertEquals(200, raw(ping("Accept: ;")).status());
    assertEquals(200, raw(ping("Accept: application/json;q=0")).status());
    Reply semicolon = raw(post(NORMAL, "Accept: ;"));
    assertEquals(200, semicolon.status(), semicolon.body()); // no media range in it: as if absent
    assertTrue(semicolon.header("Content-Type").startsWith("application/json"), semicolon.headers().toString());
    assertJsonError(raw(post(NORMAL, "Accept: application/json;q=0")), 406, "not_acceptable");
    assertJsonError(raw(post(NORMAL, "Accept: image/png")), 406, "not_acceptable");
    assertStillServes();
  }

  // 5. q-values, and Java's default Accept gets JSON.
  @Test
  void q_values_choose_the_format() throws Exception {
    Reply java = raw(post(NORMAL, "Accept: text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2"));
    assertEquals(200, java.status(), java.body());
    assertTrue(java.header("Content-Type").startsWith("application/json"), java.headers().toString());
    Reply html = raw(post(NORMAL, "Accept: application/json;q=0.5, text/html"));
    assertEquals(200, html.status(), html.body());
    assertTrue(html.header("Content-Type").startsWith("text/html"), html.headers().toString());
    Reply lines = raw(post(NORMAL, "Accept: application/json;q=0.1, application/jsonlines;q=0.9"));
    assertTrue(lines.header("Content-Type").startsWith("application/jsonlines"), lines.headers().toString());
    assertStillServes();
  }

  // 6. Compressed bodies are refused by name.
  @Test
  void a_compressed_body_is_a_json_415() throws Exception {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(NORMAL.getBytes(StandardCharsets.UTF_8));
    }
    HttpResponse<String> r = serve.post("/invocations", gz.toByteArray(),
        "Content-Type", "application/json", "Content-Encoding", "gzip");
    assertJsonError(new Reply(r.statusCode(), Map.of("content-type", r.headers().firstValue("Content-Type").orElse("")), r.body()),
        415, "unsupported_content_encoding");
    assertTrue(r.body().contains("Content-Encoding") && r.body().contains("uncompressed"), r.body());
    assertEquals(200, serve.post("/invocations", NORMAL, "Content-Type", "application/json", "Content-Encoding", "identity").statusCode());
    assertStillServes();
  }

  // 7 (exit code on OutOfMemoryError) is LifecycleIT.out_of_memory_stops_the_jvm_and_serve.

  // 8. Security headers; no server identity.
  @Test
  void answers_carry_security_headers_and_no_jetty_identity() throws Exception {
    Reply html = raw(post(NORMAL, "Accept: text/html"));
    assertEquals(200, html.status());
    String csp = html.header("Content-Security-Policy");
    assertNotNull(csp, html.headers().toString());
    assertTrue(csp.contains("default-src 'none'") && csp.contains("style-src 'unsafe-inline'"), csp);
    assertFalse(html.body().contains("<script"), "the page must render without scripts");
    for (Reply r : List.of(html, raw(post(NORMAL, "")), raw(ping("")), raw("GET /nowhere HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))) {
      assertEquals("nosniff", r.header("X-Content-Type-Options"), r.headers().toString());
      assertEquals("nginx", r.header("Server"), r.headers().toString());
    }
    Reply direct = rawTo(backend, "GET /ping HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assertEquals(null, direct.header("Server"), direct.headers().toString());
    assertStillServes();
  }

  private static String post(String body, String header) {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    return "POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " + b.length
        + "\r\n" + (header.isEmpty() ? "" : header + "\r\n") + "Connection: close\r\n\r\n" + body;
  }

  private static String ping(String header) {
    return "GET /ping HTTP/1.1\r\nHost: x\r\n" + (header.isEmpty() ? "" : header + "\r\n") + "Connection: close\r\n\r\n";
  }

  private static void assertStillServes() throws Exception {
    HttpResponse<String> r = serve.post("/invocations", NORMAL, "Content-Type", "application/json");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.body().contains("\"Angela Merkel\""), r.body());
    assertEquals(200, serve.get("/ping").statusCode());
  }

  private static void assertJsonError(Reply r, int status, String code) {
    assertEquals(status, r.status(), r.body());
    assertTrue(r.header("Content-Type").startsWith("application/json"), r.headers().toString());
    JsonObject o = JsonParser.parseString(r.body()).getAsJsonObject();
    assertEquals(status, o.get("status").getAsInt(), r.body());
    assertEquals(code, o.get("code").getAsString(), r.body());
    assertTrue(o.has("message") && o.has("hint") && o.has("requestId") && r.body().length() < 2048, r.body());
  }

  private static void signal(String sig, ProcessHandle p) throws Exception {
    assertEquals(0, new ProcessBuilder("kill", "-" + sig, Long.toString(p.pid())).inheritIO().start().waitFor());
    if (sig.equals("STOP")) {
      // kill returns once the signal is queued; every thread of the JVM stops a little later, and
      // a request sent before then was answered (a flaky 200 instead of the 504).
      java.nio.file.Path stat = java.nio.file.Path.of("/proc/" + p.pid() + "/stat");
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (System.nanoTime() < deadline && !stopped(java.nio.file.Files.readString(stat))) {
        Thread.sleep(10);
      }
    }
  }

  /** The state field of /proc/PID/stat (after the command name in parentheses): T when stopped. */
  private static boolean stopped(String stat) {
    return stat.substring(stat.lastIndexOf(')') + 2).startsWith("T");
  }

  private static Reply raw(String request) throws IOException {
    return rawTo(serve.port(), request);
  }

  /** One request on its own connection, read to the end (the server closes it). */
  private static Reply rawTo(int port, String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(30_000);
      s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().flush();
      byte[] all = readAll(s.getInputStream());
      String text = new String(all, StandardCharsets.ISO_8859_1);
      int split = text.indexOf("\r\n\r\n");
      if (split < 0) {
        throw new IOException("no complete answer: " + text);
      }
      String[] head = text.substring(0, split).split("\r\n");
      Map<String, String> headers = new LinkedHashMap<>();
      for (int i = 1; i < head.length; i++) {
        int c = head[i].indexOf(':');
        headers.put(head[i].substring(0, c).trim().toLowerCase(Locale.ROOT), head[i].substring(c + 1).trim());
      }
      byte[] body = java.util.Arrays.copyOfRange(all, split + 4, all.length);
      if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
        body = dechunk(body);
      }
      return new Reply(Integer.parseInt(head[0].substring(9, 12)), headers, new String(body, StandardCharsets.UTF_8));
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    try {
      for (int n; (n = in.read(buf)) > 0; ) {
        out.write(buf, 0, n);
      }
    } catch (java.net.SocketException e) {
      // a reset after the answer (the server closed with unread request bytes): keep what arrived
      if (out.size() == 0) {
        throw e;
      }
    }
    return out.toByteArray();
  }

  private static byte[] dechunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int pos = 0;
    while (pos < chunked.length) {
      int eol = pos;
      while (eol + 1 < chunked.length && !(chunked[eol] == '\r' && chunked[eol + 1] == '\n')) {
        eol++;
      }
      int size = Integer.parseInt(new String(chunked, pos, eol - pos, StandardCharsets.ISO_8859_1).split(";")[0].trim(), 16);
      if (size == 0) {
        break;
      }
      out.write(chunked, eol + 2, size);
      pos = eol + 2 + size + 2;
    }
    return out.toByteArray();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
