package io.nerbyoc.training;

import io.nerbyoc.engine.corenlp.TrainSpec;
import io.nerbyoc.tags.TagScheme;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The validated hyperparameters (README "Training" has the table). Every value arrives as a
 * string. {@code algorithm=auto} (the default) is settled once the data is read ({@link
 * AutoChoice}, then {@link #resolved}); the keys the job gave itself ({@code given}) always win
 * over what auto would choose.
 */
public record Hyperparameters(
    String algorithm,
    int iterations,
    int cutoff,
    String tagScheme,
    String featureSet,
    double validationSplit,
    long seed,
    int threads,
    boolean combineWithPretrained,
    boolean retokenize,
    boolean wordClusters,
    boolean pretrainedTags,
    boolean gazetteers,
    double caseAugmentation,
    boolean encoderTags,
    double outsideThreshold,
    boolean refit,
    int maxTrainingMinutes,
    int checkpointSeconds,
    Set<String> given) {

  public static final String AUTO = "auto";
  // maxent trains with L-BFGS: on SEC filings it scores 78.6 F1 where GIS (maxent_gis) scores 53.2, at the same cost.
  public static final String[] ALGORITHMS = {AUTO, "maxent", "maxent_gis", "perceptron", "crf"};

  /**
   * {@code case_augmentation=true}: every training sentence with entities is copied in capitals
   * (half of them scored lower on SEC filings, docs/TRAINING.md).
   */
  public static final double CASE_AUGMENTATION_ON = 1.0;

  public Hyperparameters {
    given = Set.copyOf(given);
  }

  public static Hyperparameters parse(Map<String, String> raw) {
    ParamReader p = new ParamReader(raw);
    String algorithm = p.oneOf("algorithm", AUTO, ALGORITHMS);
    int iterations = p.intInRange("iterations", defaultIterations(algorithm), 1, 10_000);
    int cutoff = p.intInRange("cutoff", defaultCutoff(algorithm), 0, 1_000);
    // "label_scheme" also names the request option for label names; this one is how tokens are coded.
    String scheme = p.oneOf(p.renamed("tag_scheme", "label_scheme"), "bio", "bio", "bilou");
    String features = p.oneOf("feature_set", "default", "default", "rich");
    double split = p.doubleInRange("validation_split", 0.1, 0.0, 0.5);
    long seed = p.longValue("seed", 42);
    int threads = p.intInRange("threads", Runtime.getRuntime().availableProcessors(), 1, 256);
    boolean combine = p.bool("combine_with_pretrained", false);
    boolean retokenize = p.bool("retokenize", true);
    boolean clusters = p.bool("word_clusters", false);
    boolean tags = p.bool("pretrained_tags", false);
    boolean gazetteers = p.bool("gazetteers", false);
    double caseAugmentation = p.shareOrBool("case_augmentation", 0, CASE_AUGMENTATION_ON);
    boolean encoder = p.bool("encoder_tags", false);
    double outside = p.autoOrDouble("outside_threshold", 0.05, 1.0);
    boolean refit = p.bool("refit", false);
    int minutes = p.intInRange("max_training_minutes", 30, 1, 7 * 24 * 60);
    int checkpoint = p.intInRange("checkpoint_interval_seconds", 120, 1, 3600);
    p.rejectUnknownKeys();
    p.throwIfProblems();
    Set<String> given = new TreeSet<>();
    raw.forEach((k, v) -> {
      if (p.given(k)) {
        given.add(k.equals("label_scheme") ? "tag_scheme" : k);
      }
    });
    return new Hyperparameters(algorithm, iterations, cutoff, scheme, features, split, seed, threads, combine, retokenize,
        clusters, tags, gazetteers, caseAugmentation, encoder, outside, refit, minutes, checkpoint, given);
  }

  /** The CRF's L-BFGS usually converges in 100-300 iterations; OpenNLP's GIS default is 100. */
  private static int defaultIterations(String algorithm) {
    return "crf".equals(algorithm) ? 300 : 100;
  }

  private static int defaultCutoff(String algorithm) {
    return "crf".equals(algorithm) ? 1 : 5;
  }

  public boolean isAuto() {
    return AUTO.equals(algorithm);
  }

  /**
   * What auto chose, as concrete hyperparameters: the algorithm and its defaults, and the feature
   * layers, each only where the job did not give the key itself.
   */
  public Hyperparameters resolved(AutoChoice.Choice c) {
    return new Hyperparameters(c.algorithm(),
        given.contains("iterations") ? iterations : defaultIterations(c.algorithm()),
        given.contains("cutoff") ? cutoff : Math.max(defaultCutoff(c.algorithm()), c.minCutoff()),
        tagScheme, given.contains("feature_set") ? featureSet : c.featureSet(), validationSplit, seed, threads,
        combineWithPretrained, retokenize,
        given.contains("word_clusters") ? wordClusters : c.wordClusters(),
        given.contains("pretrained_tags") ? pretrainedTags : c.pretrainedTags(),
        given.contains("gazetteers") ? gazetteers : c.gazetteers(),
        given.contains("case_augmentation") ? caseAugmentation : c.caseAugmentation(),
        given.contains("encoder_tags") ? encoderTags : c.encoderTags(),
        given.contains("outside_threshold") || !c.viterbi() ? outsideThreshold : 1.0,
        given.contains("refit") ? refit : c.refit(),
        maxTrainingMinutes, checkpointSeconds, given);
  }

  /** The same with another iteration cap (a refit runs as long as the first training found best). */
  public Hyperparameters withIterations(int n) {
    return new Hyperparameters(algorithm, n, cutoff, tagScheme, featureSet, validationSplit, seed, threads,
        combineWithPretrained, retokenize, wordClusters, pretrainedTags, gazetteers, caseAugmentation, encoderTags, outsideThreshold, refit,
        maxTrainingMinutes, checkpointSeconds, given);
  }

  /** Whether {@code train} picks the CRF's outside threshold on the validation data. */
  public boolean isAutoThreshold() {
    return Double.isNaN(outsideThreshold);
  }

  public TrainSpec spec() {
    if (isAuto()) {
      throw new IllegalStateException("algorithm=auto is resolved before training");
    }
    return new TrainSpec(algorithm, iterations, cutoff, TagScheme.named(tagScheme), featureSet, threads, wordClusters,
        pretrainedTags, gazetteers, encoderTags, seed);
  }

  /** As strings again, for the manifest (what was used, defaults included). */
  public Map<String, String> toMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("algorithm", algorithm);
    // Under auto, iterations and cutoff follow the algorithm it chooses unless the job gave them.
    m.put("iterations", isAuto() && !given.contains("iterations") ? AUTO : Integer.toString(iterations));
    m.put("cutoff", isAuto() && !given.contains("cutoff") ? AUTO : Integer.toString(cutoff));
    m.put("tag_scheme", tagScheme);
    m.put("feature_set", featureSet);
    m.put("validation_split", Double.toString(validationSplit));
    m.put("seed", Long.toString(seed));
    m.put("threads", Integer.toString(threads));
    m.put("combine_with_pretrained", Boolean.toString(combineWithPretrained));
    m.put("retokenize", Boolean.toString(retokenize));
    m.put("word_clusters", Boolean.toString(wordClusters));
    m.put("pretrained_tags", Boolean.toString(pretrainedTags));
    m.put("gazetteers", Boolean.toString(gazetteers));
    m.put("case_augmentation", caseAugmentation > 0 ? Double.toString(caseAugmentation) : "false");
    m.put("encoder_tags", Boolean.toString(encoderTags));
    m.put("outside_threshold", isAutoThreshold() ? "auto" : Double.toString(outsideThreshold));
    m.put("refit", Boolean.toString(refit));
    m.put("max_training_minutes", Integer.toString(maxTrainingMinutes));
    m.put("checkpoint_interval_seconds", Integer.toString(checkpointSeconds));
    return m;
  }
}
