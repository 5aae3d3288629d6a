package io.nerbyoc.engine.corenlp.training;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;

/**
 * Drops the CRF's rare label-pair (edge) features before any weight is allocated. An edge feature
 * has one weight per pair of classes (81 with 9 BIO classes) against one per class for a token
 * feature, so on 194k news-like tokens the 195k edge features (mostly word bigrams seen once)
 * held 15.8 M of the 20.1 M weights, and every weight costs about 20 doubles of L-BFGS and
 * gradient arrays. A word bigram seen once teaches a transition little that the token features
 * and the shape and cluster edges do not.
 *
 * <p>CoreNLP keeps the feature index and its clique map package-private; they are replaced
 * through reflection once, after CoreNLP has built them and before it converts documents to
 * feature numbers (which skips features not in the index, as its own count cutoff does).
 */
final class EdgeFeaturePruning {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EdgeFeaturePruning.class);

  /** What pruning did, for the log and tests. */
  record Result(int featuresBefore, int featuresAfter, int edgeFeaturesBefore, int edgeFeaturesAfter) {}

  private EdgeFeaturePruning() {}

  /**
   * Keeps every token feature (clique 0) and the edge features seen at least {@code minCount}
   * times in {@code docs}; returns what it kept. Does nothing below 2.
   */
  static Result prune(CRFClassifier<CoreLabel> crf, Collection<List<CoreLabel>> docs, int minCount) {
    Index<String> index = get(crf, "featureIndex");
    int[] map = get(crf, "map");
    int edges = 0;
    for (int clique : map) {
      edges += clique > 0 ? 1 : 0;
    }
    if (minCount < 2 || edges == 0) {
      return new Result(index.size(), index.size(), edges, edges);
    }
    int[] counts = new int[index.size()];
    // The position a feature was last counted at: a feature listed twice at one position (with
    // encoder_tags CoreNLP runs two copies of the feature factory) is still seen once there.
    int[] countedAt = new int[index.size()];
    int position = 0;
    for (List<CoreLabel> doc : docs) {
      for (int j = 0; j < doc.size(); j++) {
        position++;
        List<Collection<String>> cliques = crf.makeDatum(doc, j, crf.featureFactories).asFeatures();
        for (int k = 1; k < cliques.size(); k++) {
          for (String f : cliques.get(k)) {
            int i = index.indexOf(f);
            if (i >= 0 && countedAt[i] != position) {
              countedAt[i] = position;
              counts[i]++;
            }
          }
        }
      }
    }
    Index<String> kept = new HashIndex<>();
    int[] keptMap = new int[index.size()];
    int keptEdges = 0;
    for (int i = 0; i < index.size(); i++) {
      if (map[i] == 0 || counts[i] >= minCount) {
        keptMap[kept.addToIndex(index.get(i))] = map[i];
        keptEdges += map[i] > 0 ? 1 : 0;
      }
    }
    set(crf, "featureIndex", kept);
    set(crf, "map", java.util.Arrays.copyOf(keptMap, kept.size()));
    Result r = new Result(index.size(), kept.size(), edges, keptEdges);
    LOG.info("CRF: kept {} of {} label-pair features (seen at least {} times) and all {} token features: {} features",
        keptEdges, edges, minCount, index.size() - edges, kept.size());
    return r;
  }

  @SuppressWarnings("unchecked")
  static <T> T get(CRFClassifier<CoreLabel> crf, String name) {
    try {
      return (T) field(name).get(crf);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("CoreNLP's CRFClassifier." + name + " is not accessible: " + e.getMessage(), e);
    }
  }

  private static void set(CRFClassifier<CoreLabel> crf, String name, Object value) {
    try {
      field(name).set(crf, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("CoreNLP's CRFClassifier." + name + " is not accessible: " + e.getMessage(), e);
    }
  }

  private static Field field(String name) {
    try {
      Field f = CRFClassifier.class.getDeclaredField(name);
      f.setAccessible(true);
      return f;
    } catch (NoSuchFieldException e) {
      // A CoreNLP upgrade renamed it: the pom pins the version this was written against.
      throw new IllegalStateException("CoreNLP's CRFClassifier has no field " + name + "; check the corenlp.version in pom.xml", e);
    }
  }
}
