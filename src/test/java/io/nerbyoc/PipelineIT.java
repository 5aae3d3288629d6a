package io.nerbyoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.nerbyoc.it.ServeProcess;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pipeline model directory: pattern rules + a model trained on a slice of the SEC filings +
 * the embedded accurate model, merged by priority and served as one through nginx.
 */
class PipelineIT {
  private static final Path CORPUS = ServeProcess.PROJECT.resolve("../shared/data/ner/sec-filings/train.conll").normalize();

  @Test
  void pipeline_of_patterns_trained_and_embedded_models_answers_as_one(@TempDir Path tmp) throws Exception {
    // Train in-process on ~350 sentences of SEC filings.
    Path trainRoot = tmp.resolve("train");
    Files.createDirectories(trainRoot.resolve("input/data/train"));
    Files.createDirectories(trainRoot.resolve("input/config"));
    List<String> lines = Files.readAllLines(CORPUS, StandardCharsets.UTF_8);
    Files.write(trainRoot.resolve("input/data/train/slice.conll"), lines.subList(0, 12_000), StandardCharsets.UTF_8);
    Files.writeString(trainRoot.resolve("input/config/hyperparameters.json"),
        "{\"algorithm\": \"perceptron\", \"iterations\": \"40\", \"threads\": \"1\"}");
    assertEquals(0, TrainMain.run(Map.of("NER_ML_ROOT", trainRoot.toString(), "NER_EMBEDDED_MODEL_DIR",
        ServeProcess.PROJECT.resolve("target/models").toString())));

    Path ml = tmp.resolve("ml");
    Path model = ml.resolve("model");
    copy(trainRoot.resolve("model"), model.resolve("trained"));
    Files.writeString(model.resolve("patterns.jsonl"),
        "{\"label\": \"PRODUCT\", \"pattern\": \"Widget Pro\", \"id\": \"widget\"}\n"
            + "{\"label\": \"ORG\", \"pattern\": [{\"LOWER\": \"acme\"}, {\"LOWER\": \"holdings\"}], \"id\": \"acme\"}\n");
    Files.writeString(model.resolve("ner-model.json"),
        "{\"engine\": \"pipeline\", \"merge\": \"priority\", \"steps\": ["
            + "{\"patterns\": \"patterns.jsonl\"}, {\"model_dir\": \"trained\"},"
            + "{\"engine\": \"corenlp-embedded\", \"profile\": \"accurate\"}]}");

    try (ServeProcess serve = ServeProcess.start(ml, Map.of())) {
      String text = "This Agreement is entered into by Bank of America , N.A. and John Smith , Borrower , "
          + "who bought a Widget Pro from ACME Holdings on Monday , 12 March 2001 .";
      HttpResponse<String> r = serve.post("/invocations",
          "{\"text\": \"" + text + "\", \"options\": {\"label_scheme\": \"corenlp\", \"include_source\": true}}",
          "Content-Type", "application/json");
      assertEquals(200, r.statusCode(), r.body());
      Map<String, String> bySource = new TreeMap<>();
      for (JsonElement e : JsonParser.parseString(r.body()).getAsJsonObject().getAsJsonArray("ents")) {
        JsonObject ent = e.getAsJsonObject();
        bySource.merge(ent.get("source").getAsString(), ent.get("text").getAsString() + "/" + ent.get("label").getAsString(),
            (a, b) -> a + ", " + b);
      }
      String all = bySource.toString();
      assertTrue(all.contains("patterns:widget=Widget Pro/PRODUCT"), all);
      assertTrue(all.contains("patterns:acme=ACME Holdings/ORG"), all);
      // The trained model's own labels (the SEC corpus' PER/ORG/LOC/MISC), from the trained step.
      assertTrue(bySource.getOrDefault("opennlp", "").matches(".*/(PER|ORG|LOC|MISC).*"), all);
      // Types only the embedded model knows, from the embedded step (dates: its grammar's evidence, its decider's span).
      assertTrue(bySource.entrySet().stream().anyMatch(e -> (e.getKey().startsWith("rules:") || e.getKey().startsWith("learned:"))
          && e.getValue().contains("/DATE")), all);
      assertTrue(serve.log().contains("pipeline(priority"), serve.log());
    }
  }

  private static void copy(Path from, Path to) throws Exception {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }
}
