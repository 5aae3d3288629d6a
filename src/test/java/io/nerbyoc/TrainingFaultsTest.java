package io.nerbyoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken training inputs: each must end in the documented exit code and a failure file whose
 * first sentence says what to change, never a stack trace as the reason.
 */
class TrainingFaultsTest {

  private static Map<String, String> env(Path root) {
    Map<String, String> env = new HashMap<>();
    env.put("NER_ML_ROOT", root.toString());
    env.put("NER_EMBEDDED_MODEL_DIR", "target/models");
    return env;
  }

  private static void write(Path file, byte[] content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, content);
  }

  /** Runs train and returns the failure file, checking its shape. */
  private static String fails(Path root, int exitCode) throws IOException {
    write(root.resolve("input/config/hyperparameters.json"),
        "{\"algorithm\": \"maxent\", \"iterations\": \"5\", \"threads\": \"1\"}".getBytes(StandardCharsets.UTF_8));
    assertEquals(exitCode, TrainMain.run(env(root)));
    String failure = Files.readString(root.resolve("output/failure"), StandardCharsets.UTF_8);
    assertTrue(failure.length() <= 1024, "failure longer than SageMaker shows");
    assertFalse(failure.contains("\tat ") || failure.contains("Exception:"), failure);
    return failure;
  }

  @Test
  void empty_file_is_bad_input(@TempDir Path root) throws IOException {
    write(root.resolve("input/data/train/empty.conll"), new byte[0]);
    String f = fails(root, 2);
    assertTrue(f.toLowerCase().contains("train"), f);
  }

  @Test
  void empty_channel_is_bad_input(@TempDir Path root) throws IOException {
    Files.createDirectories(root.resolve("input/data/train"));
    String f = fails(root, 2);
    assertTrue(f.contains("train"), f);
  }

  @Test
  void truncated_gzip_is_bad_input_naming_the_file(@TempDir Path root) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(TrainingJobs.conll(200, 0).getBytes(StandardCharsets.UTF_8));
    }
    byte[] all = bytes.toByteArray();
    write(root.resolve("input/data/train/data.conll.gz"), java.util.Arrays.copyOf(all, all.length / 2));
    String f = fails(root, 2);
    assertTrue(f.contains("data.conll.gz"), f);
  }

  @Test
  void truncated_json_lines_is_bad_input_naming_file_and_line(@TempDir Path root) throws IOException {
    String good = "{\"text\": \"Alice Smith works for Acme Corp.\", \"ents\": [{\"start\": 0, \"end\": 11, \"label\": \"PER\"}]}\n";
    write(root.resolve("input/data/train/a.jsonl"), (good.repeat(3) + good.substring(0, 30)).getBytes(StandardCharsets.UTF_8));
    String f = fails(root, 2);
    assertTrue(f.contains("a.jsonl") && f.contains("4"), f);
  }

  @Test
  void wrong_encoding_is_bad_input_naming_the_file(@TempDir Path root) throws IOException {
    write(root.resolve("input/data/train/latin1.conll"),
        "Müller\tB-PER\nvisited\tO\nKöln\tB-LOC\n\n".getBytes(StandardCharsets.ISO_8859_1));
    String f = fails(root, 2);
    assertTrue(f.contains("latin1.conll") && f.contains("UTF-8"), f);
  }

  @Test
  void utf16_file_is_bad_input(@TempDir Path root) throws IOException {
    write(root.resolve("input/data/train/u16.conll"), TrainingJobs.conll(20, 0).getBytes(StandardCharsets.UTF_16));
    String f = fails(root, 2);
    assertTrue(f.contains("u16.conll"), f);
  }

  @Test
  void misspelt_hyperparameter_lists_the_valid_ones(@TempDir Path root) throws IOException {
    write(root.resolve("input/data/train/a.conll"), TrainingJobs.conll(50, 0).getBytes(StandardCharsets.UTF_8));
    write(root.resolve("input/config/hyperparameters.json"), "{\"iteratons\": \"5\"}".getBytes(StandardCharsets.UTF_8));
    assertEquals(2, TrainMain.run(env(root)));
    String f = Files.readString(root.resolve("output/failure"));
    assertTrue(f.contains("iteratons") && f.contains("iterations"), f);
  }

  @Test
  void unwritable_model_dir_is_reported_with_the_path(@TempDir Path root) throws IOException {
    // A file where the model directory should be: unwritable even for root, unlike chmod.
    write(root.resolve("input/data/train/a.conll"), TrainingJobs.conll(80, 0).getBytes(StandardCharsets.UTF_8));
    write(root.resolve("model"), "not a directory".getBytes(StandardCharsets.UTF_8));
    write(root.resolve("input/config/hyperparameters.json"),
        "{\"algorithm\": \"maxent\", \"iterations\": \"5\", \"threads\": \"1\"}".getBytes(StandardCharsets.UTF_8));
    int code = TrainMain.run(env(root));
    assertTrue(code == 1 || code == 2, "exit " + code);
    String f = Files.readString(root.resolve("output/failure"), StandardCharsets.UTF_8);
    assertTrue(f.contains(root.resolve("model").toString()), f);
    assertFalse(f.contains("\tat "), f);
  }
}
