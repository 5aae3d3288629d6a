package io.nerbyoc;

import static io.nerbyoc.TrainingJobs.conll;
import static io.nerbyoc.TrainingJobs.env;
import static io.nerbyoc.TrainingJobs.failure;
import static io.nerbyoc.TrainingJobs.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nerbyoc.config.Settings;
import io.nerbyoc.core.Entity;
import io.nerbyoc.pipeline.ModelDirectories;
import io.nerbyoc.pipeline.ModelSpec;
import io.nerbyoc.core.Recognizer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training real models end to end through {@link TrainMain#run}: outputs, manifests, the served
 * labels, seeds, Pipe mode. An integration test (failsafe): about 50 s in all.
 */
class TrainMainIT {
  private static final String FAST = "{\"algorithm\": \"maxent\", \"iterations\": \"30\", \"cutoff\": \"0\", \"threads\": \"1\"}";

  @Test
  void trains_writes_model_metrics_and_serves_the_trained_labels(@TempDir Path root) throws IOException {
    write(root.resolve("input/config/hyperparameters.json"), FAST);
    write(root.resolve("input/data/train/a.conll"), conll(120, 0));
    write(root.resolve("input/data/validation/v.jsonl"),
        "{\"text\": \"Carol White works for Hooli.\", \"ents\": [{\"start\": 0, \"end\": 11, \"label\": \"PER\"},"
            + " {\"start\": 22, \"end\": 27, \"label\": \"ORG\"}]}\n");
    assertEquals(0, TrainMain.run(env(root)));
    assertFalse(Files.exists(root.resolve("output/failure")));
    ModelSpec m = ModelDirectories.read(root.resolve("model"), Components.ALL);
    assertEquals("opennlp", m.steps().get(0).component().name());
    assertEquals(List.of("ORG", "PER"), m.labels());
    assertTrue(m.info().containsKey("created_at") && m.info().containsKey("project_version"), m.info().toString());
    assertTrue(m.info().get("metrics").toString().contains("f1"), m.info().toString());
    assertTrue(Files.readString(root.resolve("output/data/metrics.json")).contains("\"f1\""));

    Recognizer r = ModelLoader.load(Settings.fromEnv(env(root)));
    List<Entity> ents = r.recognize("Dan Brown joined Initech.");
    assertEquals(List.of("PER", "ORG"), ents.stream().map(Entity::label).toList(), ents.toString());
  }

  /**
   * Word clusters, pretrained tags and the encoder tagger are stored in (or recomputed for) the
   * model, so the served model gives the labels training saw; the CRF also tunes its outside
   * threshold on validation.
   */
  @Test
  void pretrained_knowledge_survives_saving_and_loading(@TempDir Path perceptron, @TempDir Path crf) throws IOException {
    for (Path root : List.of(perceptron, crf)) {
      String algorithm = root == crf ? "crf" : "perceptron";
      write(root.resolve("input/config/hyperparameters.json"), "{\"algorithm\": \"" + algorithm + "\", \"iterations\": \"30\", "
          + "\"cutoff\": \"0\", \"threads\": \"1\", \"word_clusters\": \"true\", \"pretrained_tags\": \"true\", \"gazetteers\": \"true\", "
          + "\"encoder_tags\": \"true\"}");
      write(root.resolve("input/data/train/a.conll"), conll(60, 0));
      write(root.resolve("input/data/validation/v.conll"), conll(6, 3));
      assertEquals(0, TrainMain.run(env(root)));
      Map<String, Object> step = ModelDirectories.read(root.resolve("model"), Components.ALL).steps().get(0).json();
      assertEquals(Boolean.TRUE, step.get("pretrained_tags"));
      assertEquals(Boolean.TRUE, step.get("gazetteers"));
      assertEquals(Boolean.TRUE, step.get("encoder_tags"));
      assertTrue(Files.isRegularFile(root.resolve("model/encoder-tagger.bin.gz")));
      assertEquals(root == crf, step.containsKey("outside_threshold"), step.toString());
      Recognizer r = ModelLoader.load(Settings.fromEnv(env(root)));
      List<Entity> ents = r.recognize("Dan Brown joined Initech.");
      assertEquals(List.of("PER", "ORG"), ents.stream().map(Entity::label).toList(), algorithm + ": " + ents);
    }
  }

  /** refit: the final model also learns the validation data; the metrics are the model's before. */
  @Test
  void refit_trains_the_final_model_on_training_and_validation_data(@TempDir Path root, @TempDir Path none) throws IOException {
    write(root.resolve("input/config/hyperparameters.json"), "{\"algorithm\": \"crf\", \"iterations\": \"30\", \"refit\": \"true\"}");
    write(root.resolve("input/data/train/a.conll"), conll(40, 0));
    write(root.resolve("input/data/validation/v.conll"), conll(10, 3));
    assertEquals(0, TrainMain.run(env(root)));
    ModelSpec m = ModelDirectories.read(root.resolve("model"), Components.ALL);
    assertEquals(50.0, ((Number) ((Map<?, ?>) m.info().get("training_data")).get("sentences")).doubleValue(), m.info().toString());
    assertEquals(10.0, ((Number) ((Map<?, ?>) m.info().get("refit")).get("validation_sentences")).doubleValue());
    assertTrue(m.info().containsKey("metrics") && m.steps().get(0).json().containsKey("outside_threshold"), m.toString());
    List<Entity> ents = ModelLoader.load(Settings.fromEnv(env(root))).recognize("Dan Brown joined Initech.");
    assertEquals(List.of("PER", "ORG"), ents.stream().map(Entity::label).toList(), ents.toString());

    write(none.resolve("input/config/hyperparameters.json"), "{\"refit\": \"true\", \"validation_split\": \"0\"}");
    write(none.resolve("input/data/train/a.conll"), conll(20, 0));
    assertEquals(2, TrainMain.run(env(none)));
    assertTrue(failure(none).startsWith("refit=true retrains on training + validation data, but there is no validation data"),
        failure(none));
  }

  @Test
  void same_seed_gives_the_same_model(@TempDir Path a, @TempDir Path b) throws IOException {
    for (Path root : List.of(a, b)) {
      write(root.resolve("input/config/hyperparameters.json"), "{\"algorithm\": \"maxent\", \"iterations\": \"20\", \"seed\": \"3\", \"threads\": \"2\"}");
      write(root.resolve("input/data/train/a.conll"), conll(80, 1));
      assertEquals(0, TrainMain.run(env(root)));
    }
    assertEquals(Files.readString(a.resolve("output/data/metrics.json")).replaceAll("\"training_seconds\".*", ""),
        Files.readString(b.resolve("output/data/metrics.json")).replaceAll("\"training_seconds\".*", ""));
    Recognizer ra = ModelLoader.load(Settings.fromEnv(env(a)));
    Recognizer rb = ModelLoader.load(Settings.fromEnv(env(b)));
    String text = "Eve Black works for Globex. Frank Green joined Acme Corp.";
    assertEquals(ra.recognize(text), rb.recognize(text));
  }

  @Test
  void pipe_mode_reads_the_channel_fifo(@TempDir Path root) throws Exception {
    write(root.resolve("input/config/hyperparameters.json"), FAST);
    write(root.resolve("input/config/inputdataconfig.json"), "{\"train\": {\"TrainingInputMode\": \"Pipe\"}}");
    Path fifo = root.resolve("input/data/train_0");
    Files.createDirectories(fifo.getParent());
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
      try (OutputStream out = Files.newOutputStream(fifo)) { // blocks until train opens it
        out.write(conll(100, 2).getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    assertEquals(0, TrainMain.run(env(root)));
    writer.join();
    assertTrue(Files.isRegularFile(root.resolve("model/opennlp-ner.bin")));
  }

  @Test
  void our_own_failure_exits_1(@TempDir Path root) throws IOException {
    write(root.resolve("input/config/hyperparameters.json"), FAST);
    write(root.resolve("input/data/train/a.conll"), conll(20, 0));
    write(root.resolve("model"), "a file where the model folder should be");
    assertEquals(1, TrainMain.run(env(root)));
    assertTrue(failure(root).startsWith("Training failed with an internal error, not a problem in your data"), failure(root));
  }
}
