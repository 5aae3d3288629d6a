package io.nerbyoc;

import static io.nerbyoc.TrainingJobs.conll;
import static io.nerbyoc.TrainingJobs.failure;
import static io.nerbyoc.TrainingJobs.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nerbyoc.it.ServeProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real {@code container/NER/train} script: what happens to the JVM is reported as SageMaker needs. */
class TrainScriptIT {

  private static Process train(Path root, Path log, Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(ServeProcess.PROJECT.resolve("container/NER/train").toString());
    pb.environment().put("NER_ML_ROOT", root.toString());
    pb.environment().putAll(env);
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    return pb.start();
  }

  /** About 25 MB of CoNLL: far more than a 32 MB heap holds once read into sentences. */
  private static void bigJob(Path root) throws Exception {
    write(root.resolve("input/data/train/big.conll"), conll(500_000, 0));
    write(root.resolve("input/config/hyperparameters.json"), "{\"threads\": \"1\"}");
  }

  @Test
  void out_of_memory_exits_5_with_a_failure_reason(@TempDir Path root, @TempDir Path tmp) throws Exception {
    bigJob(root);
    Path log = tmp.resolve("train.log");
    Process p = train(root, log, Map.of("JAVA_OPTS", "-Xmx32m"));
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "train should exit when the JVM runs out of memory:\n" + Files.readString(log));
    // 5, not the JVM's own 3, and not a hang with a dead training thread.
    assertEquals(5, p.exitValue(), Files.readString(log));
    String f = failure(root);
    assertTrue(f.startsWith("Training ran out of memory"), f);
    assertTrue(f.contains("more memory") && f.contains("'threads'") && f.contains("less data"), f);
    assertTrue(f.length() <= 1024, f);
    assertTrue(Files.readString(log).contains("ran out of memory"), Files.readString(log));
  }

  @Test
  void sigterm_reaches_the_jvm_which_leaves_a_reason(@TempDir Path root, @TempDir Path tmp) throws Exception {
    bigJob(root);
    Path log = tmp.resolve("train.log");
    Process p = train(root, log, Map.of());
    // The JVM has installed its shutdown hook once it logs.
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.readString(log).contains("] INFO ") && p.isAlive() && System.nanoTime() < end) {
      Thread.sleep(100);
    }
    assertTrue(p.isAlive(), Files.readString(log));
    p.destroy(); // SIGTERM to the script, as StopTrainingJob sends it
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "train should stop after SIGTERM:\n" + Files.readString(log));
    assertTrue(p.exitValue() != 0 && p.exitValue() != 5, "exit " + p.exitValue());
    assertTrue(failure(root).startsWith("Training was stopped before it finished"), failure(root));
  }

  /**
   * Issue 22: managed spot training kills the instance without warning and restarts the job with
   * /opt/ml/checkpoints restored; the CRF must continue from its last checkpoint, not from zero.
   */
  @Test
  void a_killed_job_resumes_from_its_checkpoint_and_finishes(@TempDir Path root, @TempDir Path tmp) throws Exception {
    write(root.resolve("input/data/train/a.conll"), conll(12_000, 0));
    write(root.resolve("input/config/hyperparameters.json"), "{\"algorithm\": \"crf\", \"iterations\": \"80\", "
        + "\"validation_split\": \"0\", \"threads\": \"1\", \"checkpoint_interval_seconds\": \"1\"}");
    Files.createDirectories(root.resolve("checkpoints"));
    Path first = tmp.resolve("first.log");
    Process p = train(root, first, Map.of("JAVA_OPTS", "-Xmx1g"));
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (!Files.readString(first).contains("CRF: checkpoint of iteration") && p.isAlive() && System.nanoTime() < end) {
      Thread.sleep(50);
    }
    assertTrue(p.isAlive(), "the job ended before its first checkpoint:\n" + Files.readString(first));
    p.descendants().forEach(ProcessHandle::destroyForcibly); // SIGKILL, as a reclaimed spot instance
    p.destroyForcibly();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertTrue(!Files.exists(root.resolve("model/ner-model.json")), "the killed job wrote no model");

    Path second = tmp.resolve("second.log");
    Process again = train(root, second, Map.of("JAVA_OPTS", "-Xmx1g"));
    assertTrue(again.waitFor(300, TimeUnit.SECONDS), Files.readString(second));
    String log = Files.readString(second);
    assertEquals(0, again.exitValue(), log);
    var resumed = java.util.regex.Pattern.compile("CRF: resuming from the checkpoint of iteration (\\d+)").matcher(log);
    assertTrue(resumed.find(), log);
    int from = Integer.parseInt(resumed.group(1));
    assertTrue(from > 0, log);
    var model = io.nerbyoc.pipeline.ModelDirectories.read(root.resolve("model"), Components.ALL);
    int total = ((Number) model.info().get("crf_iterations")).intValue();
    assertTrue(total > from && total <= 80, "iterations counted across the restart: " + from + " then " + total);
    var r = ModelLoader.load(io.nerbyoc.config.Settings.fromEnv(Map.of("NER_ML_ROOT", root.toString(),
        "NER_EMBEDDED_MODEL_DIR", ServeProcess.PROJECT.resolve("target/models").toString())));
    assertEquals(java.util.List.of("PER", "ORG"),
        r.recognize("Dan Brown joined Initech.").stream().map(io.nerbyoc.core.Entity::label).toList());
  }
}
