package io.nerbyoc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.nerbyoc.codec.ManifestCodec;
import io.nerbyoc.config.NewlineMode;
import io.nerbyoc.core.LabelScheme;
import io.nerbyoc.core.Recognizer;
import io.nerbyoc.core.RequestOptions;
import io.nerbyoc.data.CorpusReader;
import io.nerbyoc.data.LabelledDoc;
import io.nerbyoc.Components;
import io.nerbyoc.pipeline.LoadContext;
import io.nerbyoc.pipeline.ModelDirectories;
import io.nerbyoc.pipeline.ModelSpec;
import io.nerbyoc.eval.Evaluator;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The algorithm image's loop: container/NER/train on a slice of the SEC filings corpus into a
 * temporary NER_ML_ROOT, then container/NER/serve on the result, and the trained labels come back
 * over HTTP; the endpoint's F1 on sec-filings/test.conll equals evaluate's. The model uses
 * encoder_tags, so the contextual encoder runs through serve's own JVM flags and jars.
 */
class TrainServeIT {
  private static final Path CORPUS = ServeProcess.PROJECT.resolve("../shared/data/ner/sec-filings/train.conll").normalize();

  @Test
  void trained_model_is_served_with_its_own_labels() throws Exception {
    Path root = Files.createTempDirectory("train-it");
    Path train = root.resolve("input/data/train");
    Files.createDirectories(train);
    Files.createDirectories(root.resolve("input/config"));
    // The first ~12k lines: about 350 sentences, enough for PER and ORG.
    List<String> lines = Files.readAllLines(CORPUS, StandardCharsets.UTF_8);
    Files.write(train.resolve("slice.conll"), lines.subList(0, Math.min(12_000, lines.size())), StandardCharsets.UTF_8);
    Files.writeString(root.resolve("input/config/hyperparameters.json"),
        "{\"algorithm\": \"perceptron\", \"iterations\": \"50\", \"validation_split\": \"0.1\", \"encoder_tags\": \"true\"}");

    Path log = root.resolve("train.log");
    ProcessBuilder pb = new ProcessBuilder(ServeProcess.PROJECT.resolve("container/NER/train").toString())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("NER_ML_ROOT", root.toString());
    pb.environment().put("JAVA_OPTS", "-Xmx2g");
    Process p = pb.start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "train did not finish in 5 minutes");
    String out = Files.readString(log);
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.lines().anyMatch(l -> l.matches("validation:f1=[0-9.]+")), out);
    assertTrue(Files.isRegularFile(root.resolve("model/ner-model.json")));
    // encoder_tags: serve runs the shipped encoder from the image layout (target/) and the tagger file.
    assertTrue(Files.isRegularFile(root.resolve("model/encoder-tagger.bin.gz")));

    try (ServeProcess serve = ServeProcess.start(root, Map.of())) {
      String text = "This Agreement is entered into by Bank of America , N.A. and John Smith , Borrower .";
      // label_scheme corenlp = the model's own labels (the default spacy scheme would rename PER to PERSON).
      HttpResponse<String> r = serve.post("/invocations", "{\"text\": \"" + text + "\", \"options\": {\"label_scheme\": \"corenlp\"}}", "Content-Type", "application/json");
      assertEquals(200, r.statusCode(), r.body());
      Set<String> labels = new TreeSet<>();
      for (JsonElement e : JsonParser.parseString(r.body()).getAsJsonObject().getAsJsonArray("ents")) {
        JsonObject ent = e.getAsJsonObject();
        labels.add(ent.get("label").getAsString());
      }
      assertTrue(Set.of("PER", "ORG", "LOC", "MISC").containsAll(labels) && !labels.isEmpty(),
          "expected the corpus' own labels, got " + labels + " from " + r.body());
      // Issue 22: without a label_scheme the trained model answers with its own labels too (PER, not PERSON).
      HttpResponse<String> plain = serve.post("/invocations", "{\"text\": \"" + text + "\"}", "Content-Type", "application/json");
      assertEquals(r.body(), plain.body(), "a trained model's default is its own label names");

      // One recognition path: F1 through the endpoint equals F1 from evaluate's in-process path.
      List<LabelledDoc> test = CorpusReader.read(CORPUS.resolveSibling("test.conll"));
      RequestOptions native_ = RequestOptions.of(LabelScheme.CORENLP);
      Path model = root.resolve("model");
      Recognizer inProcess = ModelDirectories.load(LoadContext.of(model, ServeProcess.PROJECT.resolve("target/models"),
          NewlineMode.ALWAYS, Components.ALL));
      double viaHttp = new Evaluator(new HttpRecognizer(serve), native_).score(test).f1();
      double viaEvaluate = new Evaluator(inProcess, native_).score(test).f1();
      assertTrue(viaHttp > 0.2, "F1 " + viaHttp);
      assertEquals(viaEvaluate, viaHttp, 1e-9);
    }
  }
}
