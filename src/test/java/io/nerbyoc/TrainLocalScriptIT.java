package io.nerbyoc;

import static io.nerbyoc.TrainingJobs.conll;
import static io.nerbyoc.TrainingJobs.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nerbyoc.it.ServeProcess;
import io.nerbyoc.pipeline.ModelDirectories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/train_local.sh}: each run trains on its TRAIN_FILE only, and the previous model
 * stays until a new one is complete.
 */
class TrainLocalScriptIT {
  private static final String FAST = "{\"algorithm\": \"maxent\", \"iterations\": \"30\", \"cutoff\": \"0\", \"threads\": \"1\"}";

  private record Run(int exit, String log) {}

  private static Run trainLocal(Path dir, Path trainFile, Path tmp) throws Exception {
    Path log = Files.createTempFile(tmp, "train-local", ".log");
    Process p = new ProcessBuilder(ServeProcess.PROJECT.resolve("scripts/train_local.sh").toString(),
        dir.toString(), trainFile.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), "train_local.sh still running:\n" + Files.readString(log));
    return new Run(p.exitValue(), Files.readString(log));
  }

  private static List<String> names(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void each_run_trains_on_its_file_only_and_a_failed_run_keeps_the_previous_model(@TempDir Path dir, @TempDir Path tmp)
      throws Exception {
    write(dir.resolve("input/config/hyperparameters.json"), FAST);
    Path a = tmp.resolve("a.conll");
    Path b = tmp.resolve("b.conll");
    Path bad = tmp.resolve("bad.jsonl");
    write(a, conll(120, 0));
    write(b, conll(120, 1).replace("-ORG", "-COMPANY"));
    write(bad, "{not json\n");

    Run first = trainLocal(dir, a, tmp);
    assertEquals(0, first.exit(), first.log());
    assertEquals(List.of("ORG", "PER"), ModelDirectories.read(dir.resolve("model"), Components.ALL).labels());
    assertTrue(first.log().contains("NER_ML_ROOT=" + dir + " container/NER/serve"), first.log());

    // The second run's training folder holds b.conll alone: its model has no ORG.
    Run second = trainLocal(dir, b, tmp);
    assertEquals(0, second.exit(), second.log());
    assertEquals(List.of("b.conll"), names(dir.resolve("input/data/train")));
    assertEquals(List.of("COMPANY", "PER"), ModelDirectories.read(dir.resolve("model"), Components.ALL).labels());
    String manifest = Files.readString(dir.resolve("model/ner-model.json"));

    Run failed = trainLocal(dir, bad, tmp);
    assertEquals(2, failed.exit(), failed.log());
    assertTrue(failed.log().contains("the previous model in " + dir.resolve("model") + " is unchanged"), failed.log());
    assertEquals(manifest, Files.readString(dir.resolve("model/ner-model.json")));
    assertTrue(Files.exists(dir.resolve("output/failure")));
    // No scratch folders left behind.
    assertEquals(List.of("input", "model", "output"), names(dir));
  }
}
