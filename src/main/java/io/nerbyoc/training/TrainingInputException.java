package io.nerbyoc.training;

/**
 * The buyer's data, channels or hyperparameters cannot be used (exit 2). The message is the
 * failure reason SageMaker shows: its first sentence says what to change.
 */
public class TrainingInputException extends RuntimeException {
  public TrainingInputException(String message) {
    super(message);
  }
}
