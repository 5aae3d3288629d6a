package io.nerbyoc;

import io.nerbyoc.config.ConfigException;
import io.nerbyoc.config.Settings;
import io.nerbyoc.data.DataFormatException;
import io.nerbyoc.training.FailureFile;
import io.nerbyoc.training.SageMakerPaths;
import io.nerbyoc.training.TrainingInputException;
import io.nerbyoc.training.TrainingJob;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code docker run IMAGE train}: trains on $NER_ML_ROOT/input and writes $NER_ML_ROOT/model.
 * Exit 0 on success, 2 when the buyer's input is at fault (the failure file says what to change),
 * 5 out of memory, 1 for our own errors (the only case with a stack trace in the log).
 */
public final class TrainMain {
  /** As container/NER/train exits after -XX:+ExitOnOutOfMemoryError, and as serve does. */
  static final int OUT_OF_MEMORY = 5;
  private static final Logger LOG = LoggerFactory.getLogger(TrainMain.class);

  private TrainMain() {}

  public static void main(String[] args) {
    Map<String, String> env = System.getenv();
    java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
    // SIGTERM (StopTrainingJob, MaxRuntimeInSeconds) ends the JVM through its shutdown hooks:
    // leave a reason instead of an empty failure file. There is no checkpoint to save.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (!done.get()) {
        String m = "Training was stopped before it finished (SIGTERM from StopTrainingJob or MaxRuntimeInSeconds); "
            + "raise MaxRuntimeInSeconds or lower 'iterations', and run the job again.";
        LOG.error(m);
        FailureFile.write(paths(env), m);
      }
    }, "sigterm"));
    int code = run(env);
    done.set(true);
    System.exit(code); // the only System.exit of training
  }

  private static SageMakerPaths paths(Map<String, String> env) {
    return new SageMakerPaths(java.nio.file.Path.of(env.getOrDefault("NER_ML_ROOT", "/opt/ml")));
  }

  static int run(Map<String, String> env) {
    SageMakerPaths paths = paths(env);
    try {
      Settings settings = Settings.fromEnv(env);
      new TrainingJob(paths, settings, Components.ALL).run();
      return 0;
    } catch (TrainingInputException | DataFormatException e) {
      LOG.error("Training input rejected: {}", e.getMessage());
      FailureFile.write(paths, e.getMessage());
      return 2;
    } catch (ConfigException e) {
      String m = "Fix the container environment: " + String.join("; ", e.problems()) + ".";
      LOG.error(m);
      FailureFile.write(paths, m);
      return 2;
    } catch (OutOfMemoryError e) {
      // Only without the train script's -XX:+ExitOnOutOfMemoryError (which writes the same advice).
      String m = "Training ran out of memory (max heap " + Runtime.getRuntime().maxMemory() / (1 << 20)
          + " MB). Use an instance type with more memory, lower the 'threads' hyperparameter, or train on less data, "
          + "and run the job again.";
      LOG.error(m);
      FailureFile.write(paths, m);
      return OUT_OF_MEMORY;
    } catch (Exception | Error e) {
      LOG.error("Training failed with an internal error", e);
      FailureFile.write(paths, "Training failed with an internal error, not a problem in your data: "
          + e.getClass().getSimpleName() + ": " + e.getMessage()
          + ". Retry the job; if it fails again, report it with the job's CloudWatch log.");
      return 1;
    }
  }
}
