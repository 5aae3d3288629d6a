package io.nerbyoc.engine.corenlp.training;

import edu.stanford.nlp.optimization.QNMinimizer;
import edu.stanford.nlp.util.CallbackFunction;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the CRF's L-BFGS iterations: a progress line with the time spent and an estimate of
 * the time left, a checkpoint of the weights every {@code checkpoint_interval_seconds} (when a
 * checkpoint folder is given: a spot interruption loses at most that much optimisation), and the time budget: when the next iteration would end past the deadline,
 * the optimiser is told to stop after this one.
 */
public final class CrfProgress extends CallbackFunction {
  private static final Logger LOG = LoggerFactory.getLogger(CrfProgress.class);
  /** A progress line at most this often (CloudWatch shows the job alive without a line per iteration). */
  static final double LOG_SECONDS = 30;

  private final QNMinimizer minimizer;
  private final int maxIterations;
  private final int firstIteration;
  private final TrainControl control;
  private final String fingerprint;
  private final long started = System.nanoTime();
  private double lastLog = Double.NEGATIVE_INFINITY;
  private double lastCheckpoint;
  private boolean stopped;
  private boolean passedPlan;
  private int lastIteration;

  /** @param firstIteration iterations done before this run (resumed from a checkpoint) */
  CrfProgress(QNMinimizer minimizer, int maxIterations, int firstIteration, TrainControl control, String fingerprint) {
    this.minimizer = minimizer;
    this.maxIterations = maxIterations;
    this.firstIteration = firstIteration;
    this.control = control;
    this.fingerprint = fingerprint;
  }

  @Override
  public void callback(Object... args) {
    double[] x = (double[]) args[0];
    int its = (Integer) args[1];
    double value = (Double) args[2];
    double elapsed = (System.nanoTime() - started) / 1e9;
    double perIteration = elapsed / Math.max(1, its);
    int done = firstIteration + its;
    lastIteration = done;
    if (!stopped && !passedPlan && control.plannedSecondsLeft() < perIteration * 1.5) {
      if (done >= CrfTrainer.ITERATIONS_WORTH_A_REFIT) {
        stop(its);
        LOG.info("CRF: stopping after iteration {} at the time planned for this training, leaving room for the refit", done);
      } else {
        // Unfinished: a refit of as many iterations would be too. Train as if none followed.
        passedPlan = true;
        LOG.warn("CRF: iteration {} at the time planned for this training to leave room for a refit, short of the {} "
            + "iterations a refit is worth: it trains on until early stopping or the time budget ends it, and the refit "
            + "runs only if it still fits", done, CrfTrainer.ITERATIONS_WORTH_A_REFIT);
      }
    }
    if (!stopped && control.secondsLeft() < perIteration * 1.5) {
      stop(its);
      LOG.warn("CRF: stopping after iteration {}: the time budget (max_training_minutes) leaves no room for another; "
          + "the model is what the optimiser reached so far", done);
    }
    if (elapsed - lastLog >= LOG_SECONDS || its == 1) {
      lastLog = elapsed;
      double left = Math.min(perIteration * Math.max(0, maxIterations - its), Math.max(0, control.secondsLeft()));
      LOG.info("CRF iteration {} of at most {}: {} elapsed, at most {} left ({} s per iteration; objective {}){}", done,
          firstIteration + maxIterations, clock(elapsed), clock(left), String.format(Locale.ROOT, "%.2f", perIteration),
          String.format(Locale.ROOT, "%.4g", value),
          control.validation().isEmpty() ? "" : "; stops earlier when validation F1 stops improving");
    }
    Path dir = control.checkpointDir();
    if (dir != null && (elapsed - lastCheckpoint >= control.checkpointSeconds() || stopped)) {
      lastCheckpoint = elapsed;
      try {
        CrfCheckpoint.save(dir, fingerprint, done, x);
        LOG.info("CRF: checkpoint of iteration {} written to {}", done, dir);
      } catch (java.io.IOException e) {
        LOG.warn("CRF: could not write a checkpoint to {} ({}); training goes on without", dir, e.getMessage());
      }
    }
  }

  /** Tells the optimiser to stop after iteration {@code its} of this run, with what it has. */
  private void stop(int its) {
    // QNMinimizer checks its iteration cap after this callback.
    minimizer.terminateOnMaxItr(its);
    if (its <= CrfTrainer.START_EVALUATING) {
      // No validation measurement yet, so no best weights: QNMinimizer would end by scoring
      // (and keeping) those, which do not exist (NullPointerException in CoreNLP's to2D).
      minimizer.terminateOnEvalImprovement(false);
    }
    stopped = true;
  }

  /** The last iteration the optimiser finished (counting those before a resume). */
  int lastIteration() {
    return lastIteration;
  }

  public static String clock(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
