package io.nerbyoc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A generated suite of malformed requests through nginx: every answer must be a 200 or a JSON
 * 4xx (never a 5xx, never HTML), and the server must stay up. Prints the case count.
 */
class BadInputIT {
  private static final String VALID = "{\"text\": \"Barack Obama visited Paris.\", \"options\": {\"label_scheme\": \"conll\", \"labels\": [\"PER\"]}}";
  private static ServeProcess serve;
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private record Case(String name, byte[] body, String contentType, String accept, String attributes, boolean chunked) {}

  @BeforeAll
  static void start() throws Exception {
    // The million-character case takes about 20 s on a quiet 2-core machine and passed 60 s when
    // other jobs shared it: this suite is about answers, not speed, so the deadline is generous.
    serve = ServeProcess.start(Files.createTempDirectory("ml"),
        Map.of("NER_PROFILE", "fast", "NER_MAX_PAYLOAD_BYTES", "2000000", "NER_REQUEST_TIMEOUT_S", "180"));
  }

  @AfterAll
  static void stop() throws Exception {
    serve.close();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static List<Case> cases() {
    List<Case> c = new ArrayList<>();
    String json = "application/json";
    // Every truncation of a valid request.
    for (int i = 0; i < VALID.length(); i++) {
      c.add(new Case("prefix " + i, utf8(VALID.substring(0, i)), json, null, null, false));
    }
    // Every truncation of a valid JSON Lines batch.
    String lines = "{\"text\": \"Paris\"}\n\"Rome\"\n{\"text\": \"Berlin\", \"options\": {\"labels\": [\"GPE\"]}}\n";
    for (int i = 0; i < lines.length(); i++) {
      c.add(new Case("lines prefix " + i, utf8(lines.substring(0, i)), "application/jsonlines", null, null, false));
    }
    // Wrong types in every field.
    String[] values = {"1", "-1.5e300", "true", "null", "[]", "{}", "[\"a\", 1]", "{\"text\": \"a\"}", "\"\""};
    for (String field : new String[] {"text", "texts", "input", "options"}) {
      for (String v : values) {
        c.add(new Case(field + "=" + v, utf8("{\"" + field + "\": " + v + "}"), json, null, null, false));
      }
    }
    for (String v : values) {
      c.add(new Case("labels=" + v, utf8("{\"text\": \"a\", \"options\": {\"labels\": " + v + "}}"), json, null, null, false));
      c.add(new Case("label_scheme=" + v, utf8("{\"text\": \"a\", \"options\": {\"label_scheme\": " + v + "}}"), json, null, null, false));
    }
    // Nesting, size, odd characters.
    c.add(new Case("deep arrays", utf8("[".repeat(10_000) + "]".repeat(10_000)), json, null, null, false));
    c.add(new Case("deep objects", utf8("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)), json, null, null, false));
    c.add(new Case("deep in text field", utf8("{\"text\": " + "[".repeat(5000) + "]".repeat(5000) + "}"), json, null, null, false));
    c.add(new Case("long string key", utf8("{\"" + "k".repeat(500_000) + "\": 1}"), json, null, null, false));
    c.add(new Case("million chars", utf8("{\"text\": \"" + "a ".repeat(500_000) + "\"}"), json, null, null, false));
    c.add(new Case("over max chars", utf8("{\"text\": \"" + "ab".repeat(500_001) + "\"}"), json, null, null, false));
    c.add(new Case("100k entities", utf8("Paris ".repeat(100_000)), "text/plain", null, null, false));
    c.add(new Case("NUL bytes", utf8("{\"text\": \"a\\u0000b Paris\"}"), json, null, null, false));
    c.add(new Case("raw NUL text", new byte[] {'P', 0, 'a', 0}, "text/plain", null, null, false));
    c.add(new Case("BOM", utf8("\uFEFF" + VALID), json, null, null, false));
    c.add(new Case("BOM text", utf8("\uFEFFParis"), "text/plain", null, null, false));
    c.add(new Case("only BOM", utf8("\uFEFF"), json, null, null, false));
    c.add(new Case("empty", new byte[0], json, null, null, false));
    c.add(new Case("empty text", new byte[0], "text/plain", null, null, false));
    c.add(new Case("empty lines", new byte[0], "application/jsonlines", null, null, false));
    for (String s : new String[] {"\\ud800", "\\udfff", "\\ud800\\ud800", "a\\udc00b", "\\ud83d"}) {
      c.add(new Case("surrogate " + s, utf8("{\"text\": \"" + s + "\"}"), json, null, null, false));
    }
    byte[][] badUtf8 = {{(byte) 0xC3, 0x28}, {(byte) 0xA0, (byte) 0xA1}, {(byte) 0xE2, 0x28, (byte) 0xA1},
        {(byte) 0xF0, 0x28, (byte) 0x8C, (byte) 0xBC}, {(byte) 0xF8, (byte) 0xA1, (byte) 0xA1, (byte) 0xA1, (byte) 0xA1},
        {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0xFE, (byte) 0xFF}};
    for (int i = 0; i < badUtf8.length; i++) {
      for (String type : new String[] {json, "text/plain", "application/jsonlines"}) {
        byte[] b = new byte[badUtf8[i].length + 12];
        System.arraycopy(utf8("{\"text\": \""), 0, b, 0, 10);
        System.arraycopy(badUtf8[i], 0, b, 10, badUtf8[i].length);
        b[b.length - 2] = '"';
        b[b.length - 1] = '}';
        c.add(new Case("bad utf8 " + i + " " + type, b, type, null, null, false));
      }
    }
    // Content types and Accept headers.
    String[] types = {null, "", "application/json", "APPLICATION/JSON", "application/json; charset=utf-8",
        "application/json; charset=latin1", "application/json;;;", "text/plain", "text/plain; charset=\"UTF-8\"",
        "application/jsonlines", "application/x-ndjson", "text/csv", "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x", "application/octet-stream", "*/*", "garbage", "application/", "/json", ";"};
    String[] accepts = {null, "*/*", "application/json", "application/jsonlines", "text/html", "text/csv",
        "image/png, */*;q=0.1", "application/xml", ",,,", "text/html;q=0.9, application/json", "application/*"};
    for (String t : types) {
      for (String a : accepts) {
        c.add(new Case("type " + t + " accept " + a, utf8(VALID), t, a, null, false));
      }
    }
    // Custom attributes.
    String[] attrs = {"label_scheme=conll", "label_scheme=", "label_scheme", "=", ";;;", "labels=", "labels=PER|ORG",
        "label_scheme=bio", "x".repeat(1024), "label_scheme=conll;" + "y".repeat(1100), "a=b=c", "labels=,,,",
        "label_scheme=CONLL", "trace=1,label_scheme=spacy", "label_scheme=conll;labels=" + "P,".repeat(400)};
    for (String a : attrs) {
      c.add(new Case("attributes " + a.substring(0, Math.min(30, a.length())), utf8(VALID), json, null, a, false));
    }
    // Chunked bodies.
    c.add(new Case("chunked json", utf8(VALID), json, null, null, true));
    c.add(new Case("chunked lines", utf8("\"Paris\"\n{\"text\": \"Rome\"}\n"), "application/jsonlines", null, null, true));
    c.add(new Case("chunked over limit", new byte[2_000_001], "text/plain", null, null, true));
    // At and over the limit.
    c.add(new Case("at limit", atLimit(2_000_000), json, null, null, false));
    c.add(new Case("over limit", atLimit(2_000_001), json, null, null, false));
    // JSON Lines with bad lines mixed in.
    for (int i = 0; i < 40; i++) {
      c.add(new Case("jsonl mix " + i, utf8(mixedLines(i)), "application/jsonlines", null, null, false));
    }
    return c;
  }

  private static byte[] atLimit(int size) {
    String head = "{\"text\": \"Paris\"";
    return utf8(head + " ".repeat(size - head.length() - 1) + "}");
  }

  /** Good lines carry their index, so order and loss can be checked. */
  private static String mixedLines(int seed) {
    String[] bad = {"{", "[1]", "\"\\ud800\"", "{\"txt\": 1}", "", "null", "{\"text\": 5}", "\u0000", "}{", "\"a\" \"b\""};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 25; i++) {
      if ((i * 7 + seed) % 3 == 0) {
        sb.append(bad[(i + seed) % bad.length]);
      } else {
        sb.append("{\"text\": \"line ").append(i).append(" Paris\"}");
      }
      sb.append(i % 2 == 0 ? "\n" : "\r\n");
    }
    return sb.toString();
  }

  @Test
  void every_malformed_request_gets_200_or_a_json_4xx_and_the_server_stays_up() throws Exception {
    List<Case> cases = cases();
    List<String> failures = new ArrayList<>();
    int ok = 0;
    int clientErrors = 0;
    for (Case c : cases) {
      HttpResponse<String> r;
      try {
        r = send(c);
      } catch (IOException e) {
        failures.add(c.name() + ": " + e);
        continue;
      }
      int s = r.statusCode();
      if (s == 200) {
        ok++;
        if (c.contentType() != null && c.contentType().contains("jsonlines") && c.name().startsWith("jsonl mix")) {
          checkLines(c, r.body(), failures);
        }
      } else if (s >= 400 && s < 500) {
        clientErrors++;
        if (!isJsonError(r.body(), s)) {
          failures.add(c.name() + ": " + s + " without the JSON error shape: " + r.body().substring(0, Math.min(200, r.body().length())));
        }
      } else {
        failures.add(c.name() + ": status " + s + " " + r.body().substring(0, Math.min(300, r.body().length())));
      }
    }
    System.out.printf("Bad-input suite: %d cases, %d answered 200, %d JSON 4xx, %d failures%n",
        cases.size(), ok, clientErrors, failures.size());
    assertEquals(List.of(), failures);
    assertTrue(cases.size() >= 500, "only " + cases.size() + " cases");
    assertEquals(200, serve.get("/ping").statusCode());
    assertTrue(serve.process().isAlive());
  }

  @Test
  void malformed_http_from_a_raw_socket_gets_json_or_a_closed_connection() throws Exception {
    String[] requests = {
      "GARBAGE\r\n\r\n",
      "POST /invocations HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
      "POST /invocations HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\n",
      "POST /invocations HTTP/1.1\r\nHost: x\r\nX-Amzn-SageMaker-Custom-Attributes: " + "a".repeat(20_000) + "\r\nContent-Length: 2\r\n\r\n{}",
      "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
    };
    for (String req : requests) {
      try (Socket s = new Socket("127.0.0.1", serve.port())) {
        s.setSoTimeout(10_000);
        OutputStream out = s.getOutputStream();
        out.write(req.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        InputStream in = s.getInputStream();
        String answer = new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1);
        if (!answer.isEmpty()) {
          int status = Integer.parseInt(answer.substring(9, 12));
          assertTrue(status >= 400 && status < 500, answer);
          assertTrue(answer.contains("\"code\""), answer);
        }
      }
    }
    assertEquals(200, serve.get("/ping").statusCode());
  }

  private static void checkLines(Case c, String body, List<String> failures) {
    String input = new String(c.body(), StandardCharsets.UTF_8);
    String[] in = input.split("\n", -1);
    int expected = in.length - (input.endsWith("\n") ? 1 : 0);
    String[] out = body.split("\n", -1);
    if (out.length != expected) {
      failures.add(c.name() + ": " + expected + " lines in, " + out.length + " out");
      return;
    }
    for (int i = 0; i < expected; i++) {
      String line = in[i].replace("\r", "");
      if (line.startsWith("{\"text\": \"line ")) {
        JsonObject o = JsonParser.parseString(out[i]).getAsJsonObject();
        String want = line.substring(10, line.length() - 2);
        if (!o.has("text") || !o.get("text").getAsString().equals(want)) {
          failures.add(c.name() + ": line " + i + " lost or reordered: " + out[i]);
        }
      } else if (!out[i].startsWith("{\"error\":")) {
        failures.add(c.name() + ": bad line " + i + " not answered with an error: " + out[i]);
      }
    }
  }

  private static boolean isJsonError(String body, int status) {
    try {
      JsonObject o = JsonParser.parseString(body).getAsJsonObject();
      return o.get("status").getAsInt() == status && o.has("code") && o.has("message") && o.has("hint") && body.length() < 2048;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static HttpResponse<String> send(Case c) throws IOException, InterruptedException {
    HttpRequest.BodyPublisher p = c.chunked()
        ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(c.body()))
        : HttpRequest.BodyPublishers.ofByteArray(c.body());
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serve.port() + "/invocations"))
        .timeout(Duration.ofSeconds(200)).POST(p);
    if (c.contentType() != null) {
      b.header("Content-Type", c.contentType());
    }
    if (c.accept() != null) {
      b.header("Accept", c.accept());
    }
    if (c.attributes() != null) {
      b.header("X-Amzn-SageMaker-Custom-Attributes", c.attributes());
    }
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
