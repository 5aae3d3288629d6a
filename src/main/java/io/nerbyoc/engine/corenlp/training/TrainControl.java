package io.nerbyoc.engine.corenlp.training;

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
 * @param plannedNanos when a refit follows: the time by which the plan wants this training done,
 *     so the refit fits; the optimiser stops there if it has done {@link
 *     CrfTrainer#ITERATIONS_WORTH_A_REFIT} iterations, and otherwise trains on as if no refit
 *     followed (until early stopping or {@code deadlineNanos}); {@link Long#MAX_VALUE} for no plan
 */
public record TrainControl(long deadlineNanos, Path checkpointDir, int checkpointSeconds, List<List<TokenSentence>> validation,
    long plannedNanos) {
  public static final TrainControl NONE = new TrainControl(Long.MAX_VALUE, null, 120, List.of());

  public TrainControl {
    validation = List.copyOf(validation);
  }

  /** Without a planned stop before the deadline. */
  public TrainControl(long deadlineNanos, Path checkpointDir, int checkpointSeconds, List<List<TokenSentence>> validation) {
    this(deadlineNanos, checkpointDir, checkpointSeconds, validation, Long.MAX_VALUE);
  }

  /** Seconds left before the deadline (negative once past it). */
  double secondsLeft() {
    return left(deadlineNanos);
  }

  /** Seconds left before the planned stop (negative once past it). */
  double plannedSecondsLeft() {
    return left(plannedNanos);
  }

  private static double left(long nanos) {
    return nanos == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : (nanos - System.nanoTime()) / 1e9;
  }
}
