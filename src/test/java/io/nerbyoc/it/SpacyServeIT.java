package io.nerbyoc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spaCy pipeline saved by {@code nlp.to_disk} and unpacked into /opt/ml/model inside its own
 * folder (no ner-model.json) serves through nginx with spaCy's entities; a multi-model endpoint
 * loads one too. Expected entities are spaCy's own (src/test/resources/spacy/narrow).
 */
class SpacyServeIT {
  private static final Path FIXTURE = ServeProcess.PROJECT.resolve("src/test/resources/spacy/narrow");

  @Test
  void serves_a_spacy_pipeline_from_the_model_directory_with_spacys_entities(@TempDir Path tmp) throws Exception {
    Path ml = tmp.resolve("ml");
    copy(FIXTURE.resolve("pipeline"), ml.resolve("model/my_pipeline"));
    List<JsonObject> expected = expected(40);
    try (ServeProcess serve = ServeProcess.start(ml, Map.of())) {
      assertTrue(serve.log().contains("spaCy pipeline"), serve.log());
      for (JsonObject e : expected) {
        JsonObject body = new JsonObject();
        body.addProperty("text", e.get("text").getAsString());
        JsonObject options = new JsonObject();
        options.addProperty("label_scheme", "corenlp"); // the pipeline's own labels, unmapped
        body.add("options", options);
        HttpResponse<String> r = serve.post("/invocations", body.toString(), "Content-Type", "application/json");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(spans(e.getAsJsonArray("ents")), served(JsonParser.parseString(r.body()).getAsJsonObject()),
            e.get("text").getAsString());
      }
      // The spaCy BYOC sample's {"input"} format.
      HttpResponse<String> sample = serve.post("/invocations", "{\"input\": \"Tim Cook said Apple will open a store in Paris.\"}",
          "Content-Type", "application/json");
      assertEquals(200, sample.statusCode(), sample.body());
      assertTrue(JsonParser.parseString(sample.body()).getAsJsonObject().has("output"), sample.body());
    }
  }

  @Test
  void a_multi_model_endpoint_loads_a_spacy_pipeline(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("ml/models/spacy");
    copy(FIXTURE.resolve("pipeline"), dir);
    JsonObject e = expected(1).get(0);
    try (ServeProcess serve = ServeProcess.start(tmp.resolve("ml"), Map.of("SAGEMAKER_MULTI_MODEL", "true"))) {
      HttpResponse<String> load = serve.post("/models", "{\"model_name\": \"spacy\", \"url\": \"" + dir + "\"}");
      assertEquals(200, load.statusCode(), load.body());
      JsonObject body = new JsonObject();
      body.addProperty("text", e.get("text").getAsString());
      HttpResponse<String> r = serve.post("/models/spacy/invoke", body.toString(), "Content-Type", "application/json",
          "X-Amzn-SageMaker-Custom-Attributes", "label_scheme=corenlp");
      assertEquals(200, r.statusCode(), r.body());
      assertEquals(spans(e.getAsJsonArray("ents")), served(JsonParser.parseString(r.body()).getAsJsonObject()));
    }
  }

  /** The first {@code n} fixture texts that are not blank. */
  private static List<JsonObject> expected(int n) throws IOException {
    List<JsonObject> out = new ArrayList<>();
    for (String line : Files.readAllLines(FIXTURE.resolve("expected.jsonl"))) {
      JsonObject o = JsonParser.parseString(line).getAsJsonObject();
      if (!o.get("text").getAsString().isBlank() && out.size() < n) {
        out.add(o);
      }
    }
    return out;
  }

  private static List<String> spans(JsonArray ents) {
    List<String> out = new ArrayList<>();
    for (JsonElement e : ents) {
      JsonArray a = e.getAsJsonArray();
      out.add(a.get(0).getAsInt() + "-" + a.get(1).getAsInt() + " " + a.get(2).getAsString());
    }
    return out;
  }

  private static List<String> served(JsonObject doc) {
    List<String> out = new ArrayList<>();
    for (JsonElement e : doc.getAsJsonArray("ents")) {
      JsonObject o = e.getAsJsonObject();
      out.add(o.get("start").getAsInt() + "-" + o.get("end").getAsInt() + " " + o.get("label").getAsString());
    }
    return out;
  }

  private static void copy(Path from, Path to) throws IOException {
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
