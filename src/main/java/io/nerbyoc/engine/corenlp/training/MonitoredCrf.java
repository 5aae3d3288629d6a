package io.nerbyoc.engine.corenlp.training;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.optimization.DiffFunction;
import edu.stanford.nlp.optimization.Evaluator;
import edu.stanford.nlp.optimization.Minimizer;
import edu.stanford.nlp.optimization.QNMinimizer;
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
  private final transient Function<QNMinimizer, CrfProgress> progress;
  private final transient int edgeCutoff;
  private transient CrfProgress watching;

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
