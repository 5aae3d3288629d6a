package io.nerbyoc.engine.corenlp.training;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFLabel;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Index;
import java.util.List;

/**
 * Initial weights for a refit from the model trained before it: the refit's features are the
 * first training's plus those only the validation data has, so each feature the two share keeps
 * its weights (matched by feature name, clique and class names, since CoreNLP numbers features and
 * classes in the order it meets them) and the others start at zero, where a training from scratch
 * starts every weight. L-BFGS then continues from a trained model instead of from nothing, so
 * the refit needs fewer iterations, and a refit cut short by the time budget is still a trained
 * model rather than a few iterations from zero.
 */
final class WarmStart {
  /** The initial weights in CoreNLP's order and how many features and weights were carried over. */
  record Result(double[] weights, int featuresCarried, int features, long weightsCarried) {}

  private WarmStart() {}

  /** Weights for {@code to} (indexed, not trained yet) from the trained {@code from}. */
  static Result weights(CRFClassifier<CoreLabel> from, CRFClassifier<CoreLabel> to) {
    Index<String> fromFeatures = EdgeFeaturePruning.get(from, "featureIndex");
    int[] fromMap = cliques(from, fromFeatures);
    List<Index<CRFLabel>> fromLabels = EdgeFeaturePruning.get(from, "labelIndices");
    float[][] fromWeights = EdgeFeaturePruning.get(from, "weights");
    Index<String> toFeatures = EdgeFeaturePruning.get(to, "featureIndex");
    int[] toMap = cliques(to, toFeatures);
    List<Index<CRFLabel>> toLabels = EdgeFeaturePruning.get(to, "labelIndices");
    // For each clique size, the label index of the new model to the old one's (-1: the old one has no such label).
    int[][] labelMap = new int[toLabels.size()][];
    for (int c = 0; c < toLabels.size(); c++) {
      Index<CRFLabel> labels = toLabels.get(c);
      labelMap[c] = new int[labels.size()];
      for (int k = 0; k < labels.size(); k++) {
        labelMap[c][k] = c < fromLabels.size() ? oldLabel(labels.get(k), to.classIndex, from.classIndex, fromLabels.get(c)) : -1;
      }
    }
    int size = 0;
    for (int f = 0; f < toMap.length; f++) {
      size += toLabels.get(toMap[f]).size();
    }
    double[] w = new double[size];
    int carried = 0;
    long weights = 0;
    int at = 0;
    for (int f = 0; f < toMap.length; f++) {
      int c = toMap[f];
      int n = toLabels.get(c).size();
      int old = fromFeatures.indexOf(toFeatures.get(f));
      if (old >= 0 && fromMap[old] == c) {
        carried++;
        for (int k = 0; k < n; k++) {
          int ok = labelMap[c][k];
          if (ok >= 0 && ok < fromWeights[old].length) {
            w[at + k] = fromWeights[old][ok];
            weights++;
          }
        }
      }
      at += n;
    }
    return new Result(w, carried, toMap.length, weights);
  }

  /**
   * Each feature's clique (0: the token, 1: the token and the label before it, ...): CoreNLP's
   * {@code map}, which a model read from disk does not have yet, so then from the feature's name
   * (CoreNLP ends it with {@code |C}, {@code |CpC}, {@code |Cp2C}...).
   */
  static int[] cliques(CRFClassifier<CoreLabel> crf, Index<String> features) {
    int[] map = EdgeFeaturePruning.get(crf, "map");
    if (map != null) {
      return map;
    }
    map = new int[features.size()];
    for (int i = 0; i < map.length; i++) {
      String f = features.get(i);
      int bar = f.lastIndexOf('|');
      String clique = bar < 0 ? "C" : f.substring(bar + 1);
      map[i] = clique.equals("C") ? 0 : clique.equals("CpC") ? 1 : Integer.parseInt(clique.substring(2, clique.length() - 1));
    }
    return map;
  }

  private static int oldLabel(CRFLabel label, Index<String> toClasses, Index<String> fromClasses, Index<CRFLabel> fromLabels) {
    int[] classes = label.getLabel();
    int[] old = new int[classes.length];
    for (int i = 0; i < classes.length; i++) {
      old[i] = fromClasses.indexOf(toClasses.get(classes[i]));
      if (old[i] < 0) {
        return -1;
      }
    }
    return fromLabels.indexOf(new CRFLabel(old));
  }
}
