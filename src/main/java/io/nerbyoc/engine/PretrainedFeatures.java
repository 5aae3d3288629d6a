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
 * words in 511 clusters, learnt from newswire) and their entity tags for each token (stacking):
 * those of the accurate profile and of the caseless 3-class CRF, which still finds names written
 * in lower case, as social media often has them.
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

  /**
   * Tags a tokenised sentence with the embedded models: one BIO tag (B-PERSON, I-PERSON, O) per
   * token from the accurate profile ({@code [CASED]}) and from the caseless CRF ({@code [CASELESS]}).
   */
  public interface EntityTagger {
    String[][] tags(List<String> words);
  }

  static final int CASED = 0;
  static final int CASELESS = 1;

  public static EntityTagger entityTagger(Path embeddedRoot, NewlineMode newlines) {
    CoreNlpRecognizer cased = (CoreNlpRecognizer) EmbeddedModels.load(Profile.ACCURATE, embeddedRoot, newlines);
    CoreNlpRecognizer caseless = EmbeddedModels.caseless(embeddedRoot, newlines);
    return words -> new String[][] {cased.sentenceTags(words), caseless.sentenceTags(words)};
  }

  /** OpenNLP's per-token additional context: both embedded tags of each token. */
  static String[][] additionalContext(EntityTagger tagger, String[] words) {
    String[][] tags = tagger.tags(List.of(words));
    String[][] context = new String[words.length][];
    for (int i = 0; i < words.length; i++) {
      context[i] = new String[] {"cased=" + tags[CASED][i], "caseless=" + tags[CASELESS][i]};
    }
    return context;
  }
}
