package io.nerbyoc.engine.opennlp;

import io.nerbyoc.engine.corenlp.training.CrfProgress;
import opennlp.tools.monitoring.StopCriteria;
import opennlp.tools.monitoring.TrainingMeasure;
import opennlp.tools.monitoring.TrainingProgressMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each OpenNLP training iteration as it finishes, with the elapsed time. OpenNLP's own
 * monitor collects the lines and prints them only when training ends, so a long run would look
 * hung in CloudWatch.
 */
final class LiveProgressMonitor implements TrainingProgressMonitor {
  private static final Logger LOG = LoggerFactory.getLogger(LiveProgressMonitor.class);
  private final long started = System.nanoTime();
  private final int iterations;
  private volatile boolean finished;

  /** @param iterations the most iterations training runs, for the estimate of the time left */
  LiveProgressMonitor(int iterations) {
    this.iterations = iterations;
  }

  @Override
  public void finishedIteration(int iteration, int correct, int total, TrainingMeasure measure, double value) {
    double left = seconds() / Math.max(1, iteration) * Math.max(0, iterations - iteration);
    LOG.info("iteration {} of at most {}: {}/{} events right, {}={}, {} elapsed, at most {} left", iteration, iterations,
        correct, total, measure.getMeasureName().replace(' ', '_').toLowerCase(java.util.Locale.ROOT),
        String.format(java.util.Locale.ROOT, "%.4f", value), CrfProgress.clock(seconds()), CrfProgress.clock(left));
  }

  @Override
  public void finishedTraining(int iterations, StopCriteria<?> criteria) {
    finished = true;
    LOG.info("training stopped after {} iterations{}, {} s elapsed", iterations,
        criteria == null ? "" : " (" + criteria.getMessageIfSatisfied() + ")", String.format(java.util.Locale.ROOT, "%.1f", seconds()));
  }

  @Override
  public boolean isTrainingFinished() {
    return finished;
  }

  @Override
  public void display(boolean includeAll) {
    // Everything was logged as it happened.
  }

  private double seconds() {
    return (System.nanoTime() - started) / 1e9;
  }
}
