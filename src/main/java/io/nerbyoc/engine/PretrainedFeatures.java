package io.nerbyoc.engine;

import io.nerbyoc.config.NewlineMode;
import io.nerbyoc.config.Profile;
import io.nerbyoc.core.TokenSentence;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the embedded CoreNLP models learnt from far more text than a custom data set holds,
 * offered to trained models as features: their distributional word clusters (533k lower-cased
 * words in 511 clusters, learnt from newswire); their entity tags for each token (stacking), from
 * the accurate profile and from the caseless 3-class CRF, which still finds names written in
 * lower case as social media often has them; name and place lists ({@link Gazetteer}); and the
 * tags an {@link EncoderTagger} reads off a small pretrained transformer's contextual vectors
 * ({@link TextEncoder}). All of it ships in the image, so training and serving need nothing else.
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

  /**
   * Per-token features of a tokenised sentence, one layer per source: BIO entity tags (B-PERSON,
   * I-PERSON, O) from the accurate profile ({@link #CASED}) and from the caseless CRF
   * ({@link #CASELESS}), gazetteer classes ({@link #GAZETTEER}) and the encoder tagger's BIO tags
   * of the model's own types ({@link #ENCODER}). A layer that was not asked for is null.
   */
  public interface TokenFeatures {
    String[][] layers(List<String> words);
  }

  static final int CASED = 0;
  static final int CASELESS = 1;
  static final int GAZETTEER = 2;
  static final int ENCODER = 3;

  /**
   * The layers a model was trained with: entity tags ({@code pretrained_tags}), gazetteer classes
   * ({@code gazetteers}) and/or encoder tags ({@code encoder}, null for none: a trained {@link
   * EncoderTagger} when serving, cross-validated tags of the training sentences when training).
   */
  public static TokenFeatures tokenFeatures(Path embeddedRoot, NewlineMode newlines, boolean tags, boolean gazetteer,
      Function<List<String>, String[]> encoder) {
    CoreNlpRecognizer cased = tags ? (CoreNlpRecognizer) EmbeddedModels.load(Profile.ACCURATE, embeddedRoot, newlines) : null;
    CoreNlpRecognizer caseless = tags ? EmbeddedModels.caseless(embeddedRoot, newlines) : null;
    Gazetteer gaz = gazetteer ? Gazetteer.load(embeddedRoot) : null;
    return words -> new String[][] {
        cased == null ? null : cased.sentenceTags(words),
        caseless == null ? null : caseless.sentenceTags(words),
        gaz == null ? null : gaz.tags(words),
        encoder == null ? null : encoder.apply(words)};
  }

  /**
   * The layers the hyperparameters ask for, for training on {@code docs}, or null for none. With
   * {@code encoder_tags} this trains the encoder tagger and writes it into the model directory.
   */
  static TokenFeatures forTraining(List<List<TokenSentence>> docs, TrainSpec spec, Path embeddedRoot, Path modelDir,
      NewlineMode newlines) throws java.io.IOException {
    if (!spec.pretrainedTags() && !spec.gazetteers() && !spec.encoderTags()) {
      return null;
    }
    Function<List<String>, String[]> encoder =
        spec.encoderTags() ? EncoderTagger.trainInto(docs, embeddedRoot, modelDir, spec.seed()) : null;
    return tokenFeatures(embeddedRoot, newlines, spec.pretrainedTags(), spec.gazetteers(), encoder);
  }

  /** The serving-time encoder layer: the trained tagger over the shipped encoder's vectors. */
  static Function<List<String>, String[]> encoderTags(Path embeddedRoot, Path taggerFile) {
    return encoderTags(TextEncoder.load(embeddedRoot), EncoderTagger.load(taggerFile));
  }

  static Function<List<String>, String[]> encoderTags(TextEncoder encoder, EncoderTagger tagger) {
    return words -> tagger.tags(encoder.encode(words));
  }

  private static final String[] CONTEXT_PREFIX = {"cased=", "caseless=", "gaz=", "enc="};

  /** OpenNLP's per-token additional context: the value of every layer, prefixed by its name. */
  static String[][] additionalContext(TokenFeatures features, String[] words) {
    String[][] layers = features.layers(List.of(words));
    String[][] context = new String[words.length][];
    for (int i = 0; i < words.length; i++) {
      List<String> c = new java.util.ArrayList<>(4);
      for (int l = 0; l < layers.length; l++) {
        if (layers[l] != null) {
          c.add(CONTEXT_PREFIX[l] + layers[l][i]);
        }
      }
      context[i] = c.toArray(new String[0]);
    }
    return context;
  }

  /**
   * Puts the feature layers on the tokens in the annotation slots where the CRF's training file
   * has them as columns (tag, lemma, gazetteer, chunk; see {@link CrfTrainer}): serving and
   * training must agree, and serving must not call the trainer.
   */
  static void putOnTokens(java.util.List<edu.stanford.nlp.ling.CoreLabel> tokens, String[][] layers) {
    for (int i = 0; i < tokens.size(); i++) {
      edu.stanford.nlp.ling.CoreLabel t = tokens.get(i);
      if (layers[CASED] != null) {
        t.setTag(layers[CASED][i]);
        t.setLemma(layers[CASELESS][i]);
      }
      if (layers[GAZETTEER] != null) {
        t.set(edu.stanford.nlp.ling.CoreAnnotations.GazAnnotation.class, layers[GAZETTEER][i]);
      }
      if (layers[ENCODER] != null) {
        t.set(edu.stanford.nlp.ling.CoreAnnotations.ChunkAnnotation.class, layers[ENCODER][i]);
      }
    }
  }
}
