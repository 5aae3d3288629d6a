package io.nerbyoc.engine;

import io.nerbyoc.core.TokenSentence;
import java.nio.file.Path;
import java.util.List;

/**
 * How a training run is watched, beyond what the hyperparameters say: when it must stop, where
 * it keeps checkpoints, and the validation sentences that decide when more iterations stop paying.
 *
 * @param deadlineNanos {@link System#nanoTime()} by which the optimiser must stop (the rest of the
 *     time budget is for scoring and writing the model); {@link Long#MAX_VALUE} for none
 * @param checkpointDir where to keep the optimiser's state so a restarted job resumes
 *     (SageMaker's /opt/ml/checkpoints), or null
 * @param checkpointSeconds how often the checkpoint is written (0: every iteration)
 * @param validation tokenised validation documents for early stopping, empty for none
 */
public record TrainControl(long deadlineNanos, Path checkpointDir, int checkpointSeconds, List<List<TokenSentence>> validation) {
  public static final TrainControl NONE = new TrainControl(Long.MAX_VALUE, null, 120, List.of());

  public TrainControl {
    validation = List.copyOf(validation);
  }

  /** Seconds left before the deadline (negative once past it). */
  double secondsLeft() {
    return deadlineNanos == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : (deadlineNanos - System.nanoTime()) / 1e9;
  }
}
