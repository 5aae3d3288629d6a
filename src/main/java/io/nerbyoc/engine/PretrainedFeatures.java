package io.nerbyoc.engine;

import io.nerbyoc.config.NewlineMode;
import io.nerbyoc.config.Profile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the embedded CoreNLP models learnt from far more text than a custom data set holds,
 * offered to trained models as features: their distributional word clusters (533k lower-cased
 * words in 511 clusters, learnt from newswire) and their entity tags for each token (stacking).
 * Both come from the models already in the image, so training and serving need no extra files.
 */
public final class PretrainedFeatures {
  private static final Map<Path, Map<String, String>> CLUSTERS = new ConcurrentHashMap<>();

  private PretrainedFeatures() {}

  /**
   * Word (lower-cased, digits as 0) to cluster id, read from the embedded 3-class CRF, which
   * carries the lexicon it was trained with.
   */
  public static Map<String, String> wordClusters(Path embeddedRoot) {
    return CLUSTERS.computeIfAbsent(embeddedRoot.toAbsolutePath().normalize(),
        root -> CrfTagger.load(root.resolve(EmbeddedModels.ALL_3CLASS)).distSimLexicon());
  }

  /** The cluster key of a word, normalised as the lexicon is (lower case, every digit as 0). */
  public static String clusterKey(String word) {
    StringBuilder b = new StringBuilder(word.length());
    word.codePoints().forEach(c -> b.appendCodePoint(Character.isDigit(c) ? '0' : Character.toLowerCase(c)));
    return b.toString();
  }

  /** Tags sentences with the embedded accurate profile: one BIO tag (B-PERSON, I-PERSON, O) per token. */
  public interface EntityTagger {
    String[] tags(List<String> words);
  }

  public static EntityTagger entityTagger(Path embeddedRoot, NewlineMode newlines) {
    CoreNlpRecognizer r = (CoreNlpRecognizer) EmbeddedModels.load(Profile.ACCURATE, embeddedRoot, newlines);
    return r::sentenceTags;
  }

  /** OpenNLP's per-token additional context: the embedded model's tag of each token. */
  static String[][] additionalContext(EntityTagger tagger, String[] words) {
    String[] tags = tagger.tags(List.of(words));
    String[][] context = new String[tags.length][];
    for (int i = 0; i < tags.length; i++) {
      context[i] = new String[] {tags[i]};
    }
    return context;
  }
}
