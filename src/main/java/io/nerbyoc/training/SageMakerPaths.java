package io.nerbyoc.training;

import java.nio.file.Path;

/** The training job's files under $NER_ML_ROOT (/opt/ml in SageMaker), as in the training contract. */
public record SageMakerPaths(Path root) {
  public Path configDir() {
    return root.resolve("input/config");
  }

  public Path hyperparameters() {
    return configDir().resolve("hyperparameters.json");
  }

  public Path inputDataConfig() {
    return configDir().resolve("inputdataconfig.json");
  }

  public Path resourceConfig() {
    return configDir().resolve("resourceconfig.json");
  }

  /** File and FastFile mode: the channel's folder. */
  public Path channelDir(String channel) {
    return root.resolve("input/data").resolve(channel);
  }

  /** Pipe mode: the FIFO of the first (only) epoch. */
  public Path channelFifo(String channel) {
    return root.resolve("input/data").resolve(channel + "_0");
  }

  public Path modelDir() {
    return root.resolve("model");
  }

  public Path outputDataDir() {
    return root.resolve("output/data");
  }

  public Path metricsFile() {
    return outputDataDir().resolve("metrics.json");
  }

  /**
   * Where the CRF keeps its checkpoints, or null: SageMaker's checkpoint folder, present when the
   * job has a CheckpointConfig (managed spot training syncs it to S3 and back on a restart).
   */
  public Path checkpointDir() {
    Path dir = root.resolve("checkpoints");
    return java.nio.file.Files.isDirectory(dir) ? dir : null;
  }

  public Path failureFile() {
    return root.resolve("output/failure");
  }
}
