package io.nerbyoc.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code algorithm=auto} trains: the most accurate recipe whose estimated time fits
 * {@code max_training_minutes} and whose estimated memory fits the heap, tried in order of the
 * accuracy measured on the open corpora (docs/TRAINING.md "What auto chooses"). The estimates are
 * per-token costs measured on 2 cores ({@link TrainingTime} for the time); they only have to rank
 * recipes and keep a margin, since the CRF also stops at the deadline with the weights it has.
 */
public final class AutoChoice {
  /** One recipe, and why it was chosen (for the log and the manifest). */
  public record Choice(String algorithm, String featureSet, boolean wordClusters, boolean pretrainedTags,
      boolean gazetteers, double caseAugmentation, boolean encoderTags, boolean refit, int minCutoff, boolean viterbi,
      String reason) {
    /** Without case augmentation. */
    public Choice(String algorithm, String featureSet, boolean wordClusters, boolean pretrainedTags, boolean gazetteers,
        boolean encoderTags, boolean refit, int minCutoff, boolean viterbi, String reason) {
      this(algorithm, featureSet, wordClusters, pretrainedTags, gazetteers, 0, encoderTags, refit, minCutoff, viterbi,
          reason);
    }
  }

  /** What the choice depends on: the data, the machine and the budget. */
  public record Inputs(long tokens, int types, long validationTokens, boolean validationChannel, int threads,
      long heapBytes, int minutes, double lowerCaseEntities) {}

  /**
   * CRF heap per training token and tag class (weights, L-BFGS history, feature arrays), and the
   * fixed costs. Measured with rare label-pair features dropped (EdgeFeaturePruning): 194k
   * news-like tokens plus a 20k validation channel (9 classes) with clusters, pretrained tags and
   * refit peaked at 5.3 GB RSS under a 6 GB heap, which this estimates at 4.9 GB. (Before the
   * pruning, 4,500: WNUT17 with every feature ran out of a 5 GB heap, Re-DocRED with clusters and
   * pretrained tags too.)
   */
  static final double CRF_BYTES_PER_TOKEN_CLASS = 1_600;
  static final long PRETRAINED_BYTES = 1_200L << 20;
  static final long ENCODER_BYTES = 400L << 20;
  static final long BASE_BYTES = 600L << 20;
  /** Under this many tokens a model borrows every kind of knowledge the image has, whatever the data. */
  static final long LITTLE_DATA_TOKENS = 20_000;
  /**
   * Entities unlike news names: when at least this share of them does not start with a capital
   * (WNUT17 16 %, Broad Twitter 33 %, CrossNER ai 33 %; SEC filings, wikigold, Re-DocRED under 3 %),
   * the CoreNLP models behind word clusters and pretrained tags, trained on news, know them least
   * and the contextual encoder pays for its cost (WNUT17: 34.1 -> 36.4, 40.6 with refit).
   */
  static final double UNLIKE_NEWS_LOWER_CASE = 0.10;
  /** The share of the budget and of the heap a recipe may plan to use. */
  static final double MARGIN = 0.75;

  private AutoChoice() {}

  public static Choice choose(Inputs in) {
    List<String> rejected = new ArrayList<>();
    double planSeconds = in.minutes() * 60 * MARGIN;
    double planBytes = in.heapBytes() * MARGIN;
    for (Recipe r : recipes(in)) {
      TrainingTime time = TrainingTime.of(in, r.tags, r.encoder, r.refit, r.minCutoff);
      long bytes = bytes(r, in);
      if (time.seconds() <= planSeconds && bytes <= planBytes) {
        String why = String.format(Locale.ROOT, "%s: %,d training tokens, %d type(s), %.0f %% of entities not "
                + "capitalised, %d thread(s), %.1f GB heap; estimated %s and %.1f GB, within the %.1f min and %.1f GB "
                + "it may plan (75 %% of max_training_minutes %d and of the heap)", r.name + richNote(r), in.tokens(), in.types(),
            in.lowerCaseEntities() * 100, in.threads(), in.heapBytes() / 1e9, time.describe(), bytes / 1e9,
            planSeconds / 60, planBytes / 1e9, in.minutes());
        if (!rejected.isEmpty()) {
          why += "; not " + String.join(", not ", rejected);
        }
        // The name and place lists come with the pretrained tags: they cost little, and with {} they helped SEC filings
        // (82.9 -> 83.8) and did not lose on WNUT17 (41.5 -> 41.8) or CrossNER politics (75.75 -> 75.80) (docs/TRAINING.md).
        return new Choice(r.algorithm, r.featureSet, r.clusters, r.tags, r.tags, r.encoder, r.refit, r.minCutoff,
            randomSplit(in), why);
      }
      List<String> over = new ArrayList<>();
      if (time.seconds() > planSeconds) {
        over.add(String.format(Locale.ROOT, "over %.1f min, raise max_training_minutes", planSeconds / 60));
      }
      if (bytes > planBytes) {
        over.add(String.format(Locale.ROOT, "over %.1f GB, train on an instance with more memory", planBytes / 1e9));
      }
      rejected.add(String.format(Locale.ROOT, "%s (estimated %s and %.1f GB: %s)", r.name, time.describe(), bytes / 1e9,
          String.join("; ", over)));
    }
    // Nothing fits: the fastest recipe, which streams and needs little memory.
    return new Choice("perceptron", "rich", true, false, false, false, false, 0, false,
        "perceptron with word clusters: no CRF recipe fits; " + String.join(", ", rejected));
  }

  /**
   * Validation data held out of the training documents: sentences like the training ones score
   * near 100 % whatever the model (SEC filings: 98 %), so they choose no outside threshold (the CRF
   * decodes with Viterbi) and the final model learns them too (refit).
   */
  private static boolean randomSplit(Inputs in) {
    return in.validationTokens() > 0 && !in.validationChannel();
  }

  /**
   * The CRF's feature set: {@code rich} (case-insensitive features, sigma 3) for data of at least
   * {@link #LITTLE_DATA_TOKENS} without a validation channel, where the CRF trains to convergence on
   * a random split; it took SEC filings' {@code {}} from 83.8 to 84.7 test F1. Jobs with a channel
   * (early stopping and the outside threshold chosen on it) and little data keep {@code default}:
   * not measured there to the end (docs/TRAINING.md, issue 22, sec22).
   */
  static String crfFeatures(Inputs in) {
    return !in.validationChannel() && in.tokens() >= LITTLE_DATA_TOKENS ? "rich" : "default";
  }

  private static String richNote(Recipe r) {
    return "crf".equals(r.algorithm) && "rich".equals(r.featureSet) ? " (feature_set rich: case-insensitive features, sigma 3)" : "";
  }

  private record Recipe(String name, String algorithm, String featureSet, boolean clusters, boolean tags, boolean encoder,
      boolean refit, int minCutoff) {}

  /**
   * Most accurate first (docs/TRAINING.md). The encoder costs serving speed (several times slower
   * per worker), so it is used where it is worth that: little data, or entities unlike news names.
   */
  private static List<Recipe> recipes(Inputs in) {
    // A channel's documents differ from the training ones: learning them pays most (WNUT17: 36.4 -> 40.6).
    // A random split's are the training documents' own: the final model should not lose them.
    boolean refit = in.validationTokens() > 0;
    boolean encoder = in.tokens() < LITTLE_DATA_TOKENS || in.lowerCaseEntities() >= UNLIKE_NEWS_LOWER_CASE;
    String f = crfFeatures(in);
    List<Recipe> out = new ArrayList<>();
    if (encoder) {
      if (refit) {
        out.add(new Recipe("crf with word clusters, pretrained tags, gazetteers, encoder tags and refit", "crf", f, true, true,
            true, true, 1));
      }
      out.add(new Recipe("crf with word clusters, pretrained tags, gazetteers and encoder tags", "crf", f, true, true, true,
          false, 1));
    }
    if (in.tokens() >= LITTLE_DATA_TOKENS) {
      if (refit) {
        out.add(new Recipe("crf with word clusters, pretrained tags, gazetteers and refit", "crf", f, true, true, false, true, 1));
      }
      out.add(new Recipe("crf with word clusters, pretrained tags and gazetteers", "crf", f, true, true, false, false, 1));
      out.add(new Recipe("crf with word clusters", "crf", f, true, false, false, false, 1));
      out.add(new Recipe("crf with word clusters, features seen fewer than 3 times dropped", "crf", f, true, false,
          false, false, 3));
    }
    return out;
  }

  static long bytes(Recipe r, Inputs in) {
    int classes = 2 * in.types() + 1;
    long tokens = in.tokens() + (r.refit ? in.validationTokens() : 0);
    double crf = CRF_BYTES_PER_TOKEN_CLASS * tokens * classes / (r.minCutoff > 1 ? 2 : 1);
    return BASE_BYTES + (long) crf + (r.tags ? PRETRAINED_BYTES : 0) + (r.encoder ? ENCODER_BYTES : 0);
  }
}
