package io.nerbyoc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every /invocations form and error, through real nginx and the real serve script. */
class ServeIT {
  private static ServeProcess serve;

  @BeforeAll
  static void start() throws Exception {
    serve = ServeProcess.start(Files.createTempDirectory("ml"), Map.of());
  }

  @AfterAll
  static void stop() throws Exception {
    serve.close();
  }

  private static JsonObject json(HttpResponse<String> r) {
    return JsonParser.parseString(r.body()).getAsJsonObject();
  }

  /** Asserts the one error shape, small and free of stack traces. */
  private static JsonObject error(HttpResponse<String> r, int status, String code) {
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
    assertTrue(r.body().length() < 2048);
    assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), r.body());
    JsonObject e = json(r);
    assertEquals(status, e.get("status").getAsInt());
    assertEquals(code, e.get("code").getAsString());
    assertFalse(e.get("message").getAsString().isEmpty());
    assertFalse(e.get("hint").getAsString().isEmpty());
    return e;
  }

  private static String slice(String text, JsonObject ent) {
    // Python's text[start:end]: code point offsets.
    int s = text.offsetByCodePoints(0, ent.get("start").getAsInt());
    int e = text.offsetByCodePoints(0, ent.get("end").getAsInt());
    return text.substring(s, e);
  }

  @Test
  void ping_is_200_with_an_empty_body() throws Exception {
    HttpResponse<String> r = serve.get("/ping");
    assertEquals(200, r.statusCode());
    assertEquals("", r.body());
  }

  @Test
  void json_text_gives_spacy_entities_with_code_point_offsets() throws Exception {
    String text = "😀 Barack Obama visited Paris on Monday with 3 French diplomats.\r\nApple paid $2 billion.";
    JsonObject doc = json(serve.post("/invocations", "{\"text\": " + quote(text) + "}",
        "Content-Type", "application/json"));
    assertEquals(text, doc.get("text").getAsString());
    List<String> labels = new ArrayList<>();
    for (JsonElement e : doc.getAsJsonArray("ents")) {
      JsonObject ent = e.getAsJsonObject();
      assertEquals(ent.get("text").getAsString(), slice(text, ent));
      double score = ent.get("score").getAsDouble();
      assertTrue(score > 0 && score <= 1, "score " + score);
      labels.add(ent.get("text").getAsString() + "/" + ent.get("label").getAsString());
    }
    assertTrue(labels.containsAll(List.of("Barack Obama/PERSON", "Paris/GPE", "Monday/DATE", "3/CARDINAL",
        "French/NORP", "$2 billion/MONEY")), labels.toString());
  }

  @Test
  void numeric_and_temporal_entities_carry_values_through_nginx() throws Exception {
    String text = "Apple paid $2 billion last Friday, about 12.5 % of its cash.";
    JsonObject doc = json(serve.post("/invocations", "{\"text\": " + quote(text) + "}",
        "Content-Type", "application/json", "X-Amzn-SageMaker-Custom-Attributes", "reference_date=2016-11-07"));
    List<String> values = new ArrayList<>();
    for (JsonElement e : doc.getAsJsonArray("ents")) {
      JsonObject ent = e.getAsJsonObject();
      values.add(ent.get("text").getAsString() + "=" + (ent.has("timex") ? ent.get("timex").getAsString() + " " : "")
          + (ent.has("value") ? ent.get("value").toString() : "-") + (ent.has("unit") ? " " + ent.get("unit").getAsString() : ""));
    }
    assertTrue(values.containsAll(List.of("$2 billion=2000000000 USD", "last Friday=2016-11-04 \"2016-11-04\"",
        "about 12.5 %=12.5")), values.toString());
  }

  @Test
  void texts_give_docs_in_input_order() throws Exception {
    JsonArray docs = json(serve.post("/invocations", "{\"texts\": [\"Angela Merkel\", \"\", \"IBM\"]}")).getAsJsonArray("docs");
    assertEquals(3, docs.size());
    assertEquals("Angela Merkel", docs.get(0).getAsJsonObject().get("text").getAsString());
    assertEquals(0, docs.get(1).getAsJsonObject().getAsJsonArray("ents").size());
    assertEquals("IBM", docs.get(2).getAsJsonObject().get("text").getAsString());
  }

  @Test
  void legacy_input_format_of_the_spacy_sample() throws Exception {
    JsonObject o = json(serve.post("/invocations", "{\"input\": \"Tim Cook runs Apple.\"}", "Content-Type", "application/json"));
    assertEquals("[[\"Tim Cook\",\"PERSON\"],[\"Apple\",\"ORG\"]]", o.getAsJsonArray("output").toString());
  }

  @Test
  void json_lines_give_one_line_per_input_line_in_order() throws Exception {
    String body = "{\"text\": \"Barack Obama\"}\n{oops\n\"Paris\"\n\n{\"id\": 5}\n{\"text\": \"Tokyo\"}\n";
    HttpResponse<String> r = serve.post("/invocations", body, "Content-Type", "application/jsonlines");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/jsonlines"));
    String[] lines = r.body().split("\n", -1);
    assertEquals(6, lines.length, r.body());
    assertEquals("Barack Obama", JsonParser.parseString(lines[0]).getAsJsonObject().get("text").getAsString());
    assertEquals("invalid_json", JsonParser.parseString(lines[1]).getAsJsonObject().getAsJsonObject("error").get("code").getAsString());
    assertEquals("Paris", JsonParser.parseString(lines[2]).getAsJsonObject().get("text").getAsString());
    assertEquals("empty_line", JsonParser.parseString(lines[3]).getAsJsonObject().getAsJsonObject("error").get("code").getAsString());
    assertEquals("missing_field", JsonParser.parseString(lines[4]).getAsJsonObject().getAsJsonObject("error").get("code").getAsString());
    assertEquals("Tokyo", JsonParser.parseString(lines[5]).getAsJsonObject().get("text").getAsString());
  }

  @Test
  void plain_text_and_html_output() throws Exception {
    HttpResponse<String> r = serve.post("/invocations", "Angela Merkel <visited> Paris", "Content-Type", "text/plain", "Accept", "text/html");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(r.body().contains("&lt;visited&gt;"));
    assertTrue(r.body().contains("Angela Merkel<span>PERSON</span></mark>"));
  }

  @Test
  void label_scheme_header_and_label_filter() throws Exception {
    JsonObject doc = json(serve.post("/invocations", "{\"text\": \"Barack Obama visited Paris on Monday.\"}",
        "X-Amzn-SageMaker-Custom-Attributes", "label_scheme=conll"));
    assertEquals("[\"PER\",\"LOC\"]", labels(doc));
    doc = json(serve.post("/invocations",
        "{\"text\": \"Barack Obama visited Paris on Monday.\", \"options\": {\"label_scheme\": \"corenlp\", \"labels\": [\"GPE\"]}}"));
    // The accurate profile's own labels are spaCy's since its learned decider has the last word.
    assertEquals("[\"GPE\"]", labels(doc));
  }

  @Test
  void boto3_endpoint_path_reaches_invocations() throws Exception {
    HttpResponse<String> r = serve.post("/endpoints/my-ner/invocations", "{\"text\": \"IBM\"}", "Content-Type", "application/json");
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("IBM", json(r).get("text").getAsString());
  }

  @Test
  void kserve_v2_json_and_binary_round_trips() throws Exception {
    String v2 = "{\"inputs\": [{\"name\": \"TEXT\", \"shape\": [2], \"datatype\": \"BYTES\", \"data\": [\"Angela Merkel\", \"Tokyo\"]}]}";
    JsonObject out = json(serve.post("/invocations", v2, "Content-Type", "application/json"));
    JsonArray data = out.getAsJsonArray("outputs").get(0).getAsJsonObject().getAsJsonArray("data");
    assertEquals(2, data.size());
    assertTrue(data.get(0).getAsString().contains("\"PERSON\""), data.toString());
    byte[] body = io.nerbyoc.codec.KServeCodecTest.binaryRequest(List.of("Angela Merkel visited Tokyo."));
    HttpResponse<byte[]> r = serve.postBytes("/invocations", body, "Content-Type", io.nerbyoc.codec.KServeCodecTest.binaryType(body));
    assertEquals(200, r.statusCode());
    String type = r.headers().firstValue("Content-Type").orElse("");
    assertTrue(type.startsWith("application/vnd.sagemaker-triton.binary+json;json-header-size="), type);
    int header = Integer.parseInt(type.substring(type.indexOf('=') + 1));
    String docJson = new String(r.body(), header + 4, r.body().length - header - 4, StandardCharsets.UTF_8);
    assertTrue(docJson.contains("\"GPE\""), docJson);
    error(serve.post("/invocations", "{\"inputs\": [{\"name\": \"TEXT\", \"shape\": [3], \"datatype\": \"BYTES\", \"data\": [\"a\"]}]}"),
        400, "invalid_tensor");
  }

  @Test
  void execution_parameters_match_the_limits() throws Exception {
    JsonObject p = json(serve.get("/execution-parameters"));
    assertEquals(Runtime.getRuntime().availableProcessors(), p.get("MaxConcurrentTransforms").getAsInt());
    assertEquals("MULTI_RECORD", p.get("BatchStrategy").getAsString());
    // From the measured speed (ExecutionParametersTest has the arithmetic), never above the body limit.
    int mb = p.get("MaxPayloadInMB").getAsInt();
    assertTrue(mb >= 1 && mb <= 6, p.toString());
    assertTrue(serve.log().contains("One worker recognizes about"), "the measurement is logged");
  }

  @Test
  void client_errors_are_json_4xx() throws Exception {
    error(serve.post("/invocations", "{\"text\": ", "Content-Type", "application/json"), 400, "invalid_json");
    error(serve.post("/invocations", "{\"text\": 5}"), 400, "invalid_field");
    error(serve.post("/invocations", new byte[] {'"', (byte) 0xFF, '"'}, "Content-Type", "application/json"), 400, "invalid_utf8");
    error(serve.post("/invocations", "a,b", "Content-Type", "text/csv"), 415, "unsupported_media_type");
    error(serve.post("/invocations", "x", "Content-Type", "text/plain", "Accept", "image/png"), 406, "not_acceptable");
    error(serve.post("/invocations", "{\"text\": \"x\"}", "X-Amzn-SageMaker-Custom-Attributes", "label_scheme=iob"), 400, "invalid_label_scheme");
    error(serve.get("/nothing-here"), 404, "not_found");
    error(serve.get("/invocations"), 405, "method_not_allowed");
  }

  @Test
  void body_at_the_limit_is_served_and_one_byte_over_is_413_from_nginx() throws Exception {
    int limit = 6_291_456;
    String head = "{\"text\": \"Paris\"";
    byte[] body = (head + " ".repeat(limit - head.length() - 1) + "}").getBytes(StandardCharsets.US_ASCII);
    assertEquals(limit, body.length);
    assertEquals(200, serve.post("/invocations", body, "Content-Type", "application/json").statusCode());
    byte[] over = (head + " ".repeat(limit - head.length()) + "}").getBytes(StandardCharsets.US_ASCII);
    JsonObject e = error(serve.post("/invocations", over, "Content-Type", "application/json"), 413, "payload_too_large");
    assertTrue(e.get("hint").getAsString().contains("NER_MAX_PAYLOAD_BYTES"));
  }

  /**
   * The load scales with the machine: one request per worker (workers = cores by default), each
   * about {@link #BUSY_SECONDS} of one worker's time at the speed the server measured at start. So
   * every worker is busy when /ping arrives, on a fast machine as on a busy 2-core one, and the
   * load ends far inside the 60 s request deadline: the test measures /ping, not the deadline.
   */
  @Test
  void ping_answers_fast_while_every_worker_is_busy() throws Exception {
    int workers = Runtime.getRuntime().availableProcessors();
    String sentence = "Barack Obama visited Paris and met Angela Merkel. ";
    long bytes = Math.min(900_000, measuredBytesPerSecond() * BUSY_SECONDS);
    String big = "{\"text\": \"" + sentence.repeat((int) Math.max(1, bytes / sentence.length())) + "\"}";
    List<CompletableFuture<HttpResponse<String>>> load = new ArrayList<>();
    for (int i = 0; i < workers; i++) {
      load.add(CompletableFuture.supplyAsync(() -> {
        try {
          return serve.post("/invocations", big);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }));
    }
    Thread.sleep(300);
    long t0 = System.nanoTime();
    HttpResponse<String> ping = serve.get("/ping");
    long ms = (System.nanoTime() - t0) / 1_000_000;
    boolean stillBusy = load.stream().anyMatch(f -> !f.isDone());
    assertEquals(200, ping.statusCode());
    assertTrue(ms < 2000, "ping took " + ms + " ms");
    assertTrue(stillBusy, "the load (" + workers + " x " + big.length() + " bytes) ended before /ping: it tests nothing");
    for (CompletableFuture<HttpResponse<String>> f : load) {
      assertEquals(200, f.get().statusCode());
    }
  }

  /** Seconds of one worker's time per request of the ping test. */
  private static final int BUSY_SECONDS = 4;

  /** One worker's speed as serve measured and logged it at start. */
  private static long measuredBytesPerSecond() throws Exception {
    serve.get("/execution-parameters"); // answers once the timing that follows readiness is done
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("One worker recognizes about (\\d+) KB/s").matcher(serve.log());
    assertTrue(m.find(), "serve logs its measured speed");
    return Math.max(1, Long.parseLong(m.group(1))) * 1024;
  }

  @Test
  void request_text_never_reaches_the_log() throws Exception {
    serve.post("/invocations", "{\"text\": \"Zyxwvutsrq Secretname visited Qwertyville.\"}");
    serve.post("/invocations", "{\"text\": \"Zyxwvutsrq\" broken");
    assertFalse(serve.log().contains("Zyxwvutsrq"));
  }

  private static String labels(JsonObject doc) {
    JsonArray out = new JsonArray();
    doc.getAsJsonArray("ents").forEach(e -> out.add(e.getAsJsonObject().get("label")));
    return out.toString();
  }

  private static String quote(String s) {
    return new com.google.gson.JsonPrimitive(s).toString();
  }
}
