package io.nerbyoc;

import static io.nerbyoc.TrainingJobs.conll;
import static io.nerbyoc.TrainingJobs.env;
import static io.nerbyoc.TrainingJobs.failure;
import static io.nerbyoc.TrainingJobs.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link TrainMain#run} on jobs that fail before any model is trained: exit codes and the failure
 * file. Jobs that train real models are in TrainMainIT (seconds each, so not unit tests).
 */
class TrainMainTest {

  @Test
  void missing_train_channel_is_bad_input(@TempDir Path root) throws IOException {
    assertEquals(2, TrainMain.run(env(root)));
    assertTrue(failure(root).startsWith("No 'train' channel: give the training job a channel named 'train'"), failure(root));
  }

  @Test
  void unknown_hyperparameter_is_bad_input_listing_valid_keys(@TempDir Path root) throws IOException {
    write(root.resolve("input/config/hyperparameters.json"), "{\"epochs\": \"5\"}");
    write(root.resolve("input/data/train/a.conll"), conll(10, 0));
    assertEquals(2, TrainMain.run(env(root)));
    assertTrue(failure(root).startsWith("Fix the hyperparameters: Unknown hyperparameter 'epochs'; valid ones are: algorithm,"),
        failure(root));
  }

  @Test
  void broken_data_names_file_and_line(@TempDir Path root) throws IOException {
    Path f = root.resolve("input/data/train/bad.conll");
    write(f, "Paris B-LOC\nis O\nnice\n");
    assertEquals(2, TrainMain.run(env(root)));
    assertTrue(failure(root).startsWith(f + ":3: the line 'nice' has one column"), failure(root));
  }

  @Test
  void more_than_one_host_is_refused(@TempDir Path root) throws IOException {
    write(root.resolve("input/config/resourceconfig.json"), "{\"current_host\": \"algo-1\", \"hosts\": [\"algo-1\", \"algo-2\"]}");
    write(root.resolve("input/data/train/a.conll"), conll(10, 0));
    assertEquals(2, TrainMain.run(env(root)));
    assertTrue(failure(root).startsWith("Set InstanceCount to 1"), failure(root));
  }

  @Test
  void failure_reason_fits_sagemakers_1024_characters(@TempDir Path root) throws IOException {
    StringBuilder many = new StringBuilder("{");
    for (int i = 0; i < 100; i++) {
      many.append(i == 0 ? "" : ",").append("\"unknown_key_number_").append(i).append("\": \"1\"");
    }
    write(root.resolve("input/config/hyperparameters.json"), many.append('}').toString());
    assertEquals(2, TrainMain.run(env(root)));
    assertTrue(failure(root).length() <= 1024);
    assertTrue(failure(root).startsWith("Fix the hyperparameters: Unknown hyperparameters 'unknown_key_number_0', "), failure(root));
  }
}
