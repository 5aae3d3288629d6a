package io.nerbyoc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up from model directories, shutdown on SIGTERM, and dying children. */
class LifecycleIT {

  @Test
  void sigterm_under_load_answers_every_in_flight_request_and_refuses_new_ones(@TempDir Path ml) throws Exception {
    try (ServeProcess serve = ServeProcess.start(ml, Map.of("NER_PROFILE", "fast", "MODEL_SERVER_WORKERS", "1"))) {
      // ~360k characters each: seconds of work; with one worker two of them wait in the queue.
      String big = "{\"text\": \"" + "Barack Obama visited Paris and met Angela Merkel in Berlin. ".repeat(6_000) + "\"}";
      List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        inFlight.add(CompletableFuture.supplyAsync(() -> {
          try {
            return serve.post("/invocations", big);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }));
      }
      Thread.sleep(500);
      assertTrue(inFlight.stream().noneMatch(CompletableFuture::isDone), "requests finished before SIGTERM");
      long t0 = System.nanoTime();
      serve.sigterm();
      Thread.sleep(300);
      assertThrows(IOException.class, () -> serve.get("/ping"), "nginx should stop accepting after SIGTERM");
      for (CompletableFuture<HttpResponse<String>> f : inFlight) {
        HttpResponse<String> r = f.get();
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().endsWith("}]}"), "truncated response");
      }
      assertTrue(serve.waitFor(Duration.ofSeconds(30)), "serve still running 30 s after SIGTERM");
      assertEquals(0, serve.process().exitValue(), serve.log());
      assertTrue((System.nanoTime() - t0) / 1e9 < 30);
      assertTrue(serve.log().contains("Drained (0 requests still in flight)"), serve.log());
      assertTrue(serve.log().contains("SIGTERM: draining in-flight requests"), serve.log());
      // Issue 22: a clean stop said "java exit 143", which reads as a failure.
      assertTrue(serve.log().contains("serve: stopped cleanly") && !serve.log().contains("exit 143"), serve.log());
    }
  }

  @Test
  void out_of_memory_stops_the_jvm_and_serve(@TempDir Path ml) throws Exception {
    try (ServeProcess serve = ServeProcess.launch(ml, Map.of("JAVA_OPTS", "-Xmx48m"))) {
      // Near its limit the JVM collects for a long while before it gives up: 60 s was too short with both cores busy.
      assertTrue(serve.waitFor(Duration.ofSeconds(180)), "serve should exit when the JVM runs out of memory");
      // 5, not the JVM's own 3 (which would read as "model cannot load").
      assertEquals(5, serve.process().exitValue(), serve.log());
      assertTrue(serve.log().contains("the JVM ran out of memory"), serve.log());
      assertTrue(serve.log().contains("OutOfMemoryError") || serve.log().contains("Java heap space"), serve.log());
    }
  }

  @Test
  void an_unknown_default_accept_stops_serve_like_any_bad_setting(@TempDir Path ml) throws Exception {
    try (ServeProcess serve = ServeProcess.launch(ml, Map.of("SAGEMAKER_DEFAULT_INVOCATIONS_ACCEPT", "text/csv"))) {
      assertTrue(serve.waitFor(Duration.ofSeconds(60)), "serve should exit on a bad setting");
      assertEquals(2, serve.process().exitValue(), serve.log());
      assertTrue(serve.log().contains("SAGEMAKER_DEFAULT_INVOCATIONS_ACCEPT=text/csv")
          && serve.log().contains("application/jsonlines"), serve.log());
    }
  }

  /** Issue 22: a taken port showed as nginx's bind() error and Java exit 4, with no word of the setting. */
  @Test
  void issue_22_a_port_in_use_stops_serve_naming_the_port_and_the_setting(@TempDir Path ml) throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
        ServeProcess serve = ServeProcess.launch(ml, Map.of("SAGEMAKER_BIND_TO_PORT", Integer.toString(taken.getLocalPort())))) {
      assertTrue(serve.waitFor(Duration.ofSeconds(60)), "serve should exit when its port is taken");
      assertEquals(2, serve.process().exitValue(), serve.log());
      assertTrue(serve.log().contains("port " + taken.getLocalPort() + " is in use")
          && serve.log().contains("set SAGEMAKER_BIND_TO_PORT to a free port"), serve.log());
    }
  }

  @Test
  void a_manifest_selects_the_fast_embedded_profile(@TempDir Path ml) throws Exception {
    Files.createDirectories(ml.resolve("model"));
    Files.writeString(ml.resolve("model/ner-model.json"), "{\"engine\": \"corenlp-embedded\", \"profile\": \"fast\"}");
    try (ServeProcess serve = ServeProcess.start(ml, Map.of())) {
      assertTrue(serve.log().contains("profile fast"), serve.log());
      assertTrue(serve.log().contains("serve: model: the model directory " + ml.resolve("model")
          + " (ner-model.json: corenlp-embedded fast)"), serve.log());
      String body = serve.post("/invocations", "{\"text\": \"Angela Merkel visited Paris on Monday.\"}").body();
      assertTrue(body.contains("\"PERSON\"") && !body.contains("\"DATE\""), body);
    }
  }

  @Test
  void a_patterns_file_alone_in_the_model_directory_adds_rules_to_the_embedded_model(@TempDir Path ml) throws Exception {
    Files.createDirectories(ml.resolve("model"));
    Path patterns = ml.resolve("model/patterns.jsonl");
    Files.writeString(patterns, "{\"label\": \"ORG\", \"pattern\": \"Zorblax Quuxcorp\"}\n");
    // The README's NER_PATTERNS_FILE=/opt/ml/model/patterns.jsonl, reached through a different spelling of the path.
    String spelled = ml.resolve("model/../model/patterns.jsonl").toString();
    try (ServeProcess serve = ServeProcess.start(ml, Map.of("NER_PROFILE", "fast", "NER_PATTERNS_FILE", spelled))) {
      assertTrue(serve.log().contains("serve: model: the embedded model, profile fast, because " + ml.resolve("model")
          + " holds only the patterns file (NER_PATTERNS_FILE); pattern rules from " + spelled), serve.log());
      String body = serve.post("/invocations", "{\"text\": \"Angela Merkel visited Zorblax Quuxcorp on Monday.\"}").body();
      assertTrue(body.contains("\"PERSON\"") && body.contains("\"Zorblax Quuxcorp\""), body);
    }
  }

  @Test
  void an_empty_model_directory_serves_the_embedded_model_and_says_so(@TempDir Path ml) throws Exception {
    try (ServeProcess serve = ServeProcess.start(ml, Map.of("NER_PROFILE", "fast"))) {
      String first = serve.log().lines().filter(l -> l.contains(" serve: ")).findFirst().orElse("");
      assertTrue(first.endsWith("serve: model: the embedded model, profile fast, because " + ml.resolve("model")
          + " is empty"), serve.log());
    }
  }

  @Test
  void files_without_a_manifest_stop_serve_with_the_reason(@TempDir Path ml) throws Exception {
    Files.createDirectories(ml.resolve("model"));
    Files.writeString(ml.resolve("model/model.bin"), "not a model");
    try (ServeProcess serve = ServeProcess.launch(ml, Map.of())) {
      assertTrue(serve.waitFor(Duration.ofSeconds(60)), "serve should exit");
      assertNotEquals(0, serve.process().exitValue());
      assertTrue(serve.log().contains("model.bin") && serve.log().contains("ner-model.json"), serve.log());
    }
  }

  @Test
  void a_manifest_with_a_mistyped_or_unknown_key_stops_serve_with_exit_3_naming_the_key(@TempDir Path ml) throws Exception {
    Files.createDirectories(ml.resolve("model"));
    Files.writeString(ml.resolve("model/ner-model.json"),
        "{\"format_version\": 2, \"pipeline\": [{\"component\": \"corenlp-embedded\", \"profile\": \"fast\", \"rules\": \"true\"}]}");
    try (ServeProcess serve = ServeProcess.launch(ml, Map.of())) {
      assertTrue(serve.waitFor(Duration.ofSeconds(60)), "serve should exit");
      assertEquals(3, serve.process().exitValue());
      assertTrue(serve.log().contains("\"pipeline[0].rules\" is not a known key here; valid keys: "), serve.log());
      // Nobody sent a SIGTERM: the shutdown hook says why the JVM stops.
      assertTrue(!serve.log().contains("SIGTERM") && serve.log().contains("Shutting down (exit 3)"), serve.log());
    }
  }

  @Test
  void a_corrupt_model_file_stops_serve_naming_the_file(@TempDir Path ml) throws Exception {
    Files.createDirectories(ml.resolve("model"));
    Files.writeString(ml.resolve("model/ner-model.json"), "{\"engine\": \"corenlp-crf\", \"models\": [\"ner.crf.ser.gz\"]}");
    Files.write(ml.resolve("model/ner.crf.ser.gz"), "garbage".getBytes(StandardCharsets.UTF_8));
    try (ServeProcess serve = ServeProcess.launch(ml, Map.of())) {
      assertTrue(serve.waitFor(Duration.ofSeconds(60)), "serve should exit");
      assertNotEquals(0, serve.process().exitValue());
      assertTrue(serve.log().contains("ner.crf.ser.gz") && serve.log().contains("not a readable CoreNLP CRF model"), serve.log());
    }
  }

  @Test
  void serve_exits_non_zero_when_the_jvm_dies(@TempDir Path ml) throws Exception {
    try (ServeProcess serve = ServeProcess.start(ml, Map.of("NER_PROFILE", "fast"))) {
      ProcessHandle java = serve.process().descendants()
          .filter(p -> p.info().command().orElse("").endsWith("java")).findFirst().orElseThrow();
      java.destroyForcibly();
      assertTrue(serve.waitFor(Duration.ofSeconds(30)), "serve should exit when the JVM dies");
      assertNotEquals(0, serve.process().exitValue());
    }
  }

  @Test
  void serve_exits_non_zero_when_nginx_dies(@TempDir Path ml) throws Exception {
    try (ServeProcess serve = ServeProcess.start(ml, Map.of("NER_PROFILE", "fast"))) {
      ProcessHandle nginx = serve.process().children()
          .filter(p -> p.info().command().orElse("").endsWith("nginx")).findFirst().orElseThrow();
      nginx.destroyForcibly();
      assertTrue(serve.waitFor(Duration.ofSeconds(30)), "serve should exit when nginx dies");
      assertNotEquals(0, serve.process().exitValue());
    }
  }
}
