package io.nerbyoc.engine.corenlp.training;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.optimization.DiffFunction;
import edu.stanford.nlp.optimization.Evaluator;
import edu.stanford.nlp.optimization.Minimizer;
import edu.stanford.nlp.optimization.QNMinimizer;
import edu.stanford.nlp.util.ConvertByteArray;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

/**
 * CoreNLP's CRF with its optimiser watched ({@link CrfProgress}): CRFClassifier builds the
 * L-BFGS minimizer inside {@code train}, and this is the one place to reach it. Its feature index
 * is pruned ({@link EdgeFeaturePruning}) between indexing and training, the one place for that.
 */
final class MonitoredCrf extends CRFClassifier<CoreLabel> {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MonitoredCrf.class);
  private final transient Function<QNMinimizer, CrfProgress> progress;
  private final transient int edgeCutoff;
  private transient CrfProgress watching;
  /** The model to start from (a refit's first training), or null to start from zero. */
  private transient Path warmFrom;
  private transient Path scratch;
  private transient WarmStart.Result warm;

  /** @param edgeCutoff label-pair features seen fewer times are dropped ({@link EdgeFeaturePruning}) */
  MonitoredCrf(Properties p, int edgeCutoff, Function<QNMinimizer, CrfProgress> progress) {
    super(p);
    this.edgeCutoff = edgeCutoff;
    this.progress = progress;
  }

  @Override
  protected void makeAnswerArraysAndTagIndex(Collection<List<CoreLabel>> docs) {
    super.makeAnswerArraysAndTagIndex(docs);
    EdgeFeaturePruning.prune(this, docs, edgeCutoff);
    if (warmFrom != null && flags.initialWeights == null) {
      startWarm();
    }
  }

  /**
   * Starts from {@code model}'s weights ({@link WarmStart}) unless a checkpoint of this training
   * is resumed (its weights are further along); {@code scratch} holds the weights file CoreNLP reads.
   */
  void warmStartFrom(Path model, Path scratch) {
    this.warmFrom = model;
    this.scratch = scratch;
  }

  /** What the warm start carried over, or null when the training started otherwise. */
  WarmStart.Result warmStarted() {
    return warm;
  }

  private void startWarm() {
    try {
      CRFClassifier<CoreLabel> from = CRFClassifier.getClassifier(warmFrom.toFile());
      warm = WarmStart.weights(from, this);
      Path file = scratch.resolve("crf-warm-start.bin");
      try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
        ConvertByteArray.saveDoubleArr(out, warm.weights());
      }
      flags.initialWeights = file.toString();
      LOG.info("CRF: warm start from the model trained before the refit: {} of its {} features carried their weights "
          + "over ({} weights), the {} new ones start at 0", warm.featuresCarried(), warm.features(), warm.weightsCarried(),
          warm.features() - warm.featuresCarried());
      warm = new WarmStart.Result(null, warm.featuresCarried(), warm.features(), warm.weightsCarried());
    } catch (IOException | ClassNotFoundException | RuntimeException e) {
      LOG.warn("CRF: no warm start ({}); the refit starts from zero", e.toString());
      warm = null;
    }
  }

  @Override
  public Minimizer<DiffFunction> getMinimizer(int featurePruneIteration, Evaluator[] evaluators) {
    Minimizer<DiffFunction> m = super.getMinimizer(featurePruneIteration, evaluators);
    if (m instanceof QNMinimizer qn) {
      watching = progress.apply(qn);
      qn.setIterationCallbackFunction(watching);
    }
    return m;
  }

  /** The iterations the optimiser ran (counting those before a resume), 0 before training. */
  int iterations() {
    return watching == null ? 0 : watching.lastIteration();
  }
}
