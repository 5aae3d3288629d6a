package io.nerbyoc.engine.corenlp;

import io.nerbyoc.config.NewlineMode;
import io.nerbyoc.core.Checkpoint;
import io.nerbyoc.core.Document;
import io.nerbyoc.core.Token;
import io.nerbyoc.core.TokenSentence;
import io.nerbyoc.core.Tokenizer;
import io.nerbyoc.engine.encoder.EncoderTagger;
import io.nerbyoc.engine.encoder.TextEncoder;
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

  /** Per-token features of a tokenised sentence ({@link Layers}). */
  public interface TokenFeatures {
    Layers layers(List<String> words);
  }

  /**
   * One sentence's feature layers, one value per token each: BIO entity tags (B-PERSON, I-PERSON,
   * O) from the accurate profile ({@code cased}) and from the caseless CRF ({@code caseless}),
   * gazetteer classes and the encoder tagger's BIO tags of the model's own types. A layer that
   * was not asked for is null.
   */
  public record Layers(String[] cased, String[] caseless, String[] gazetteer, String[] encoder) {
    /**
     * The layers present, in the order of the CRF training file's columns (tag, lemma,
     * gazetteer, chunk; see {@link #putOnTokens}).
     */
    public List<String[]> columns() {
      return java.util.stream.Stream.of(cased, caseless, gazetteer, encoder).filter(java.util.Objects::nonNull).toList();
    }
  }

  /** Names the document annotation of these features over that tokenizer's sentences. */
  private record AnnotationKey(TokenFeatures features, String tokenizer) {}

  /**
   * Sentence {@code i}'s layers in {@code doc}, computed for all its sentences once per document,
   * so every recognizer of a pipeline that uses the same features shares them.
   */
  public static Layers of(Document doc, Tokenizer tokenizer, TokenFeatures features, int i) {
    List<Layers> all = doc.annotation(new AnnotationKey(features, tokenizer.key()), d -> {
      List<Layers> layers = new java.util.ArrayList<>();
      for (List<Token> sentence : d.sentences(tokenizer, Checkpoint.NONE)) {
        layers.add(features.layers(sentence.stream().map(Token::word).toList()));
      }
      return layers;
    });
    return all.get(i);
  }

  /**
   * The layers a model was trained with: entity tags ({@code pretrained_tags}), gazetteer classes
   * ({@code gazetteers}) and/or encoder tags ({@code encoder}, null for none: a trained {@link
   * EncoderTagger} when serving, cross-validated tags of the training sentences when training).
   */
  public static TokenFeatures tokenFeatures(Path embeddedRoot, NewlineMode newlines, boolean tags, boolean gazetteer,
      Function<List<String>, String[]> encoder) {
    // The rules' tags, as trained models learnt them (EmbeddedModels.PRETRAINED_TAGS).
    CoreNlpRecognizer cased = tags ? EmbeddedModels.pretrainedTagRules(embeddedRoot, newlines) : null;
    CoreNlpRecognizer caseless = tags ? EmbeddedModels.caseless(embeddedRoot, newlines) : null;
    Gazetteer gaz = gazetteer ? Gazetteer.load(embeddedRoot) : null;
    return words -> new Layers(
        cased == null ? null : cased.sentenceTags(words),
        caseless == null ? null : caseless.sentenceTags(words),
        gaz == null ? null : gaz.tags(words),
        encoder == null ? null : encoder.apply(words));
  }

  /**
   * The layers the hyperparameters ask for, for training on {@code docs}, or null for none. With
   * {@code encoder_tags} this trains the encoder tagger and writes it into the model directory.
   */
  public static TrainingFeatures forTraining(List<List<TokenSentence>> docs, TrainSpec spec, Path embeddedRoot, Path modelDir,
      NewlineMode newlines) throws java.io.IOException {
    if (!spec.pretrainedTags() && !spec.gazetteers() && !spec.encoderTags()) {
      return null;
    }
    EncoderTagger.TrainingTags encoder =
        spec.encoderTags() ? EncoderTagger.trainInto(docs, embeddedRoot, modelDir, spec.seed()) : null;
    return new TrainingFeatures(tokenFeatures(embeddedRoot, newlines, spec.pretrainedTags(), spec.gazetteers(), encoder),
        encoder);
  }

  /**
   * A training job's feature layers, each sentence's computed once: a refit on training +
   * validation data reuses what the first training computed (the embedded models' tags, the
   * encoder's vectors and held-out tags) instead of running the encoder and the taggers again.
   */
  public static final class TrainingFeatures implements TokenFeatures {
    private final TokenFeatures layers;
    private final EncoderTagger.TrainingTags encoder;
    private final Map<List<String>, Layers> computed = new ConcurrentHashMap<>();

    TrainingFeatures(TokenFeatures layers, EncoderTagger.TrainingTags encoder) {
      this.layers = layers;
      this.encoder = encoder;
    }

    @Override
    public Layers layers(List<String> words) {
      Layers l = computed.get(words);
      if (l == null) {
        l = layers.layers(words);
        computed.put(List.copyOf(words), l);
      }
      return l;
    }

    /** Sentences whose layers are already computed. */
    public int computedSentences() {
      return computed.size();
    }

    /**
     * The same features for a refit on the training data and {@code more}: with {@code
     * encoder_tags} the tagger that serves is trained again on all of it and written into {@code
     * modelDir} (see {@link EncoderTagger.TrainingTags#refitInto}); nothing else is recomputed.
     */
    public TrainingFeatures forRefit(List<List<TokenSentence>> more, Path modelDir, long seed) throws java.io.IOException {
      if (encoder != null) {
        encoder.refitInto(more, modelDir, seed);
      }
      return this;
    }
  }

  /** The serving-time encoder layer: the trained tagger over the shipped encoder's vectors. */
  static Function<List<String>, String[]> encoderTags(Path embeddedRoot, Path taggerFile) {
    return EncoderTagger.encoderTags(TextEncoder.load(embeddedRoot), EncoderTagger.load(taggerFile));
  }

  /** OpenNLP's per-token additional context: the value of every layer, prefixed by its name. */
  public static String[][] additionalContext(Layers layers, int size) {
    String[][] context = new String[size][];
    for (int i = 0; i < size; i++) {
      List<String> c = new java.util.ArrayList<>(4);
      add(c, "cased=", layers.cased(), i);
      add(c, "caseless=", layers.caseless(), i);
      add(c, "gaz=", layers.gazetteer(), i);
      add(c, "enc=", layers.encoder(), i);
      context[i] = c.toArray(new String[0]);
    }
    return context;
  }

  private static void add(List<String> context, String prefix, String[] layer, int i) {
    if (layer != null) {
      context.add(prefix + layer[i]);
    }
  }

  /**
   * Puts the feature layers on the tokens in the annotation slots where the CRF's training file
   * has them as columns (tag, lemma, gazetteer, chunk; see {@code corenlp.training.CrfTrainer}): serving and
   * training must agree, and serving must not call the trainer.
   */
  static void putOnTokens(java.util.List<edu.stanford.nlp.ling.CoreLabel> tokens, Layers layers) {
    for (int i = 0; i < tokens.size(); i++) {
      edu.stanford.nlp.ling.CoreLabel t = tokens.get(i);
      if (layers.cased() != null) {
        t.setTag(layers.cased()[i]);
        t.setLemma(layers.caseless()[i]);
      }
      if (layers.gazetteer() != null) {
        t.set(edu.stanford.nlp.ling.CoreAnnotations.GazAnnotation.class, layers.gazetteer()[i]);
      }
      if (layers.encoder() != null) {
        t.set(edu.stanford.nlp.ling.CoreAnnotations.ChunkAnnotation.class, layers.encoder()[i]);
      }
    }
  }
}
