package io.nerbyoc.training;

import io.nerbyoc.codec.JobConfigCodec;
import io.nerbyoc.codec.ManifestCodec;
import io.nerbyoc.config.Settings;
import io.nerbyoc.core.LabelScheme;
import io.nerbyoc.core.Recognizer;
import io.nerbyoc.core.RequestOptions;
import io.nerbyoc.core.TokenSentence;
import io.nerbyoc.data.Aligner;
import io.nerbyoc.data.CaseAugmentation;
import io.nerbyoc.data.DataStats;
import io.nerbyoc.data.DocSplitter;
import io.nerbyoc.core.GoldSpan;
import io.nerbyoc.data.LabelledDoc;
import io.nerbyoc.engine.corenlp.TextTokenizer;
import io.nerbyoc.engine.corenlp.training.CrfTrainer;
import io.nerbyoc.engine.corenlp.training.TrainControl;
import io.nerbyoc.engine.opennlp.OpenNlpTrainer;
import io.nerbyoc.eval.Evaluator;
import io.nerbyoc.eval.Scores;
import io.nerbyoc.pipeline.ComponentRegistry;
import io.nerbyoc.pipeline.LoadContext;
import io.nerbyoc.pipeline.ManifestReader;
import io.nerbyoc.pipeline.ModelDirectories;
import io.nerbyoc.pipeline.ModelSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One training run: read the job config and channels, train, score the validation data with the
 * model loaded as {@code serve} will load it, then write the model directory's manifest once.
 */
public final class TrainingJob {
  private static final Logger LOG = LoggerFactory.getLogger(TrainingJob.class);
  public static final List<String> CHANNELS = List.of("train", "validation");

  private final SageMakerPaths paths;
  private final Settings settings;
  private final ComponentRegistry components;

  /** @param components what the written manifest may name (the trained component and the embedded model) */
  public TrainingJob(SageMakerPaths paths, Settings settings, ComponentRegistry components) {
    this.paths = paths;
    this.settings = settings;
    this.components = components;
  }

  /**
   * Training and validation documents, tokenised; {@code validationToTrain} is the validation data
   * prepared as training data (re-tokenised like it), for {@code refit}.
   */
  private record Data(List<LabelledDoc> train, List<LabelledDoc> validation, List<LabelledDoc> validationToTrain,
      String noValidationReason, boolean validationChannel) {}

  /** Of the time budget, the share training may use (the rest is for scoring and writing the model). */
  static final double SHARE_ALONE = 0.85;
  /** Of the time budget, what the steps between a first training and its refit may take (threshold, validation, speed). */
  static final double SHARE_BETWEEN = 0.1;

  /**
   * The share of the time budget the first training may use when a refit follows: the refit takes
   * about as long per token, on the training and validation data, so the first may use only what
   * leaves room for it. A fixed 45 % did not (WNUT17 under load: the first training ran into its
   * deadline at 13.5 min, and the refit, estimated at 20 min, was skipped with 10 left).
   */
  static double shareBeforeRefit(long trainTokens, long validationTokens, double refitCost) {
    double refitPerFirst = refitCost * (Math.max(1, trainTokens) + validationTokens) / Math.max(1, trainTokens) * REFIT_MARGIN;
    return (SHARE_ALONE - SHARE_BETWEEN) / (1 + refitPerFirst);
  }

  /**
   * A CRF refit's cost per token against the first training's: it reuses the first training's
   * feature layers (the encoder's vectors and held-out tags, the embedded models' tags) and
   * starts from its weights, so it is the CRF's optimisation alone, and fewer iterations of it
   * matter. (An OpenNLP refit trains again from nothing: 1.)
   */
  static final double WARM_REFIT_COST = 0.5;

  /** Runs the job; returns the validation scores (null when there was no validation data). */
  public Scores run() throws IOException {
    long t0 = System.nanoTime();
    Hyperparameters hp = Hyperparameters.parse(config(() -> JobConfigCodec.readStringMap(paths.hyperparameters())));
    LOG.info("Hyperparameters: {}", hp.toMap());
    long budgetNanos = hp.maxTrainingMinutes() * 60_000_000_000L;
    checkHosts();
    Data data = read(hp);
    Map<String, Object> trainStats = DataStats.of(data.train());
    LOG.info("Training data: {}", trainStats);
    Set<String> labels = labels(data.train());
    if (labels.isEmpty()) {
      throw new TrainingInputException("The training data has no labelled entities; tag at least a few per type "
          + "(CoNLL: B-TYPE/I-TYPE in the last column; JSON Lines: \"ents\" or \"label\" spans).");
    }
    String autoReason = null;
    if (hp.isAuto()) {
      AutoChoice.Choice choice = AutoChoice.choose(new AutoChoice.Inputs(tokens(data.train()), labels.size(),
          tokens(data.validationToTrain()), data.validationChannel(), hp.threads(), Runtime.getRuntime().maxMemory(),
          hp.maxTrainingMinutes(), lowerCaseEntities(data.train())));
      hp = hp.resolved(choice);
      autoReason = choice.reason();
      LOG.info("algorithm=auto chose {}", autoReason);
      LOG.info("Hyperparameters as chosen: {}", hp.toMap());
    }

    if (hp.caseAugmentation() > 0) {
      // After the hold-out split: the held-out sentences stay as written, and none has a copy in training.
      CaseAugmentation.Result aug = CaseAugmentation.augment(data.train(), hp.caseAugmentation(), hp.seed());
      LOG.info("case_augmentation: {}", CaseAugmentation.describe(aug, hp.caseAugmentation()));
      data = new Data(aug.docs(), data.validation(), data.validationToTrain(), data.noValidationReason(),
          data.validationChannel());
    }

    if (hp.refit() && data.validation().isEmpty()) {
      throw new TrainingInputException("refit=true retrains on training + validation data, but there is no validation "
          + "data (" + data.noValidationReason() + "): add a 'validation' channel, set validation_split above 0 "
          + "with enough data, or set refit=false.");
    }

    Path modelDir = paths.modelDir();
    Files.createDirectories(modelDir);
    long t1 = System.nanoTime();
    LOG.info("Training {} on {} sentences with {} thread(s)", hp.algorithm(), trainStats.get("sentences"), hp.threads());
    long deadline = t0 + (long) (budgetNanos * SHARE_ALONE);
    long planned = Long.MAX_VALUE;
    if (hp.refit()) {
      double share = shareBeforeRefit(tokens(data.train()), tokens(data.validationToTrain()),
          hp.spec().isCrf() ? WARM_REFIT_COST : 1);
      planned = t0 + (long) (budgetNanos * share);
      LOG.info("refit follows: the first training is planned to end by {} % of max_training_minutes, leaving room for "
          + "the refit (it runs on if it has not done {} iterations by then)", Math.round(share * 100),
          CrfTrainer.ITERATIONS_WORTH_A_REFIT);
    }
    CrfTrainer.Trained trained = train(hp, data.train(), new TrainControl(deadline, paths.checkpointDir(),
        hp.checkpointSeconds(), earlyStopping(data), planned), null);
    String modelFile = trained.modelFile();
    double trainSeconds = (System.nanoTime() - t1) / 1e9;
    LOG.info("Training finished in {} s", String.format("%.1f", trainSeconds));

    Map<String, Object> info = new LinkedHashMap<>();
    info.put("algorithm", hp.algorithm());
    if (autoReason != null) {
      info.put("auto_choice", autoReason);
    }
    if (trained.iterations() > 0) {
      info.put("crf_iterations", trained.iterations());
    }
    info.put("hyperparameters", hp.toMap());
    info.put("training_data", trainStats);
    info.put("training_seconds", Math.round(trainSeconds * 10) / 10.0);
    info.put("created_at", Instant.now().toString());
    info.put("project_version", ProjectVersion.get());
    String component = hp.spec().isCrf() ? "corenlp-crf" : "opennlp";
    Map<String, Object> step = new LinkedHashMap<>();
    step.put("component", component);
    step.put("models", List.of(modelFile));
    if (!hp.spec().isCrf()) {
      step.put("labels", List.copyOf(labels)); // OpenNLP models do not list their types
    }
    // The feature layers the model was trained with, so serving computes the same ones.
    step.put("pretrained_tags", hp.pretrainedTags());
    step.put("gazetteers", hp.gazetteers());
    step.put("encoder_tags", hp.encoderTags());
    List<String> modelLabels = List.copyOf(labels);

    if (hp.spec().isCrf() && !hp.isAutoThreshold()) {
      step.put("outside_threshold", hp.outsideThreshold());
    } else if (hp.spec().isCrf() && !data.validation().isEmpty()) {
      step.put("outside_threshold", tuneOutsideThreshold(hp, step, modelLabels, data.validation()));
    }
    ModelSpec spec = spec(hp, step, modelLabels, info);

    Map<String, Object> metrics = new LinkedHashMap<>();
    Scores scores = data.validation().isEmpty() ? null : validate(spec, data.validation());
    if (scores != null) {
      metrics.put("validation", scores.toMap());
      metrics.put("validation_data", DataStats.of(data.validation()));
      info.put("metrics", metrics);
    } else {
      LOG.warn("No validation data ({}): no metrics reported", data.noValidationReason());
    }
    servingCost(spec, data.validation().isEmpty() ? data.train() : data.validation(), info);
    long refitDeadline = t0 + (long) (budgetNanos * SHARE_ALONE);
    boolean warm = hp.spec().isCrf() && trained.iterations() > 0;
    double left = (refitDeadline - System.nanoTime()) / 1e9;
    String noRefit = !hp.refit() ? null
        : warm ? warmRefitWontFit(trainSeconds, trained.crfSeconds(), trained.iterations(), tokens(data.train()),
            tokens(data.validationToTrain()), left)
        : refitWontFit(trainSeconds, tokens(data.train()), tokens(data.validationToTrain()), left);
    if (noRefit != null) {
      LOG.warn("refit skipped, the model trained before it is kept: {}", noRefit);
      info.put("refit", Map.of("skipped", noRefit));
    } else if (hp.refit()) {
      // As many iterations as the first training ran (early stopping's choice or convergence), in what is left of the
      // budget; a warm start continues from the first model, so the deadline may end it sooner.
      Hyperparameters again = trained.iterations() > 0 ? hp.withIterations(trained.iterations()) : hp;
      if (warm) {
        LOG.info("refit: {}", warmRefitPlan(trainSeconds, trained.crfSeconds(), trained.iterations(), tokens(data.train()),
            tokens(data.validationToTrain()), left));
      }
      refit(again, data, info, refitDeadline,
          warm ? new CrfTrainer.Reuse(trained.features(), paths.modelDir().resolve(trained.modelFile()),
              sentences(data.validationToTrain())) : null);
    }
    // Written once, when everything in it is final.
    ManifestCodec.write(spec.withInfo(info).toJson(), modelDir.resolve(ModelSpec.FILE_NAME));
    metrics.put("training_seconds", info.get("training_seconds"));
    JobConfigCodec.write(metrics, paths.metricsFile());
    LOG.info("Model written to {} ({}, labels {}) in {} s total", modelDir, component, labels,
        String.format("%.1f", (System.nanoTime() - t0) / 1e9));
    return scores;
  }

  /** Trains on the documents into the model directory (both trainers log their progress). */
  private CrfTrainer.Trained train(Hyperparameters hp, List<LabelledDoc> train, TrainControl control, CrfTrainer.Reuse reuse)
      throws IOException {
    List<List<TokenSentence>> docs = sentences(train);
    return hp.spec().isCrf()
        ? CrfTrainer.train(docs, hp.spec(), control, paths.modelDir(), settings.embeddedModelDir(), settings.newlineMode(), reuse)
        : new CrfTrainer.Trained(
            OpenNlpTrainer.train(docs, hp.spec(), paths.modelDir(), settings.embeddedModelDir(), settings.newlineMode()), 0);
  }

  /**
   * The validation sentences the CRF stops on when F1 stops improving: only a validation channel's.
   * A random split holds out sentences of the training documents, on which F1 saturates within
   * a few iterations (98.5 on SEC filings after 10) long before the model is good on new text
   * (early stopping there cost 4 test F1 points).
   */
  private static List<List<TokenSentence>> earlyStopping(Data data) {
    return data.validationChannel() ? sentences(data.validationToTrain()) : List.of();
  }

  private static List<List<TokenSentence>> sentences(List<LabelledDoc> docs) {
    return docs.stream().map(LabelledDoc::sentences).toList();
  }

  /** The share of entities whose text does not start with a capital letter (names unlike news names). */
  static double lowerCaseEntities(List<LabelledDoc> docs) {
    long all = 0;
    long lower = 0;
    for (LabelledDoc d : docs) {
      for (GoldSpan g : d.spans()) {
        all++;
        int first = d.text().codePointAt(d.text().offsetByCodePoints(0, g.start()));
        lower += Character.isUpperCase(first) ? 0 : 1;
      }
    }
    return all == 0 ? 0 : (double) lower / all;
  }

  private static long tokens(List<LabelledDoc> docs) {
    return ((Number) DataStats.of(docs).get("tokens")).longValue();
  }

  /**
   * The final model learns from the validation data too, with the settings chosen on it (the
   * outside threshold), as the model SageMaker ships. Its metrics are those of the model before:
   * nothing is left to measure it on.
   */
  private void refit(Hyperparameters hp, Data data, Map<String, Object> info, long deadline, CrfTrainer.Reuse reuse)
      throws IOException {
    List<LabelledDoc> all = new ArrayList<>(data.train());
    all.addAll(data.validationToTrain());
    Map<String, Object> stats = DataStats.of(all);
    LOG.info("refit: training the final model on training + validation data ({} sentences); the metrics above "
        + "describe the model before this step", stats.get("sentences"));
    long t0 = System.nanoTime();
    CrfTrainer.Trained t = train(hp, all, new TrainControl(deadline, paths.checkpointDir(), hp.checkpointSeconds(), List.of()),
        reuse);
    double seconds = (System.nanoTime() - t0) / 1e9;
    LOG.info("refit: finished in {} s{}", String.format("%.1f", seconds), t.iterations() > 0 ? String.format(
        java.util.Locale.ROOT, " after %d CRF iterations (%s)", t.iterations(), t.warmFeatures() > 0
            ? "warm start: " + t.warmFeatures() + " features started from the first training's weights" : "from zero") : "");
    info.put("training_data", stats);
    Map<String, Object> refit = new LinkedHashMap<>();
    refit.put("validation_sentences", DataStats.of(data.validationToTrain()).get("sentences"));
    refit.put("metrics", "measured on the validation data before the refit");
    refit.put("training_seconds", Math.round(seconds * 10) / 10.0);
    if (t.iterations() > 0) {
      refit.put("crf_iterations", t.iterations());
      refit.put("warm_start_features", t.warmFeatures());
    }
    info.put("refit", refit);
    info.put("training_seconds", Math.round(((Number) info.get("training_seconds")).doubleValue() * 10 + seconds * 10) / 10.0);
  }

  /**
   * Why a refit would not finish before its deadline, or null when it would: it takes about as
   * long as the first training per token. A refit cut short by the deadline would ship a model
   * worse than the one before it (CrossNER on a loaded machine: 8 of 136 iterations).
   */
  static String refitWontFit(double firstSeconds, long trainTokens, long validationTokens, double left) {
    double tokens = Math.max(1, trainTokens);
    double expected = firstSeconds * (tokens + validationTokens) / tokens * REFIT_MARGIN;
    return expected <= left ? null : String.format(java.util.Locale.ROOT, "it would take about %.0f min (the first "
        + "training took %.0f) and %.0f min are left of max_training_minutes; raise max_training_minutes to refit",
        expected / 60, firstSeconds / 60, Math.max(0, left) / 60);
  }

  /** The fewest iterations a warm-started refit is worth running (fewer leave it near the first model). */
  static final int MIN_WARM_ITERATIONS = 20;
  /**
   * Of the first training's time outside the CRF (its feature layers), what a warm refit still
   * spends there: training the encoder tagger once more on all the data, and the layers of
   * sentences not seen yet; the rest is reused.
   */
  static final double WARM_SETUP_SHARE = 0.15;

  /**
   * Why a warm-started CRF refit would not fit, or null when at least {@link
   * #MIN_WARM_ITERATIONS} of its iterations would: a warm start is a trained model at every
   * iteration, so the deadline may end it sooner than planned without shipping an unfinished one.
   */
  static String warmRefitWontFit(double firstSeconds, double crfSeconds, int iterations, long trainTokens,
      long validationTokens, double left) {
    double least = warmRefitSeconds(firstSeconds, crfSeconds, iterations, trainTokens, validationTokens,
        Math.min(iterations, MIN_WARM_ITERATIONS)) * REFIT_MARGIN;
    return least <= left ? null : String.format(java.util.Locale.ROOT, "even %d iterations of a warm-started refit would "
        + "take about %.1f min (the first training took %.0f, its CRF %.1f) and %.1f min are left of max_training_minutes; "
        + "raise max_training_minutes to refit", Math.min(iterations, MIN_WARM_ITERATIONS), least / 60, firstSeconds / 60,
        crfSeconds / 60, Math.max(0, left) / 60);
  }

  /** What a warm-started refit will do, for the log. */
  static String warmRefitPlan(double firstSeconds, double crfSeconds, int iterations, long trainTokens, long validationTokens,
      double left) {
    double all = warmRefitSeconds(firstSeconds, crfSeconds, iterations, trainTokens, validationTokens, iterations);
    return String.format(java.util.Locale.ROOT, "reusing the first training's feature layers and starting the CRF from its "
        + "weights (warm start), up to %d iterations (as many as the first training ran), about %.1f min of the %.1f left%s",
        iterations, all / 60, Math.max(0, left) / 60, all * REFIT_MARGIN <= left ? ""
            : "; the time budget may end it sooner, with the weights reached by then (a warm start is a trained model "
                + "at every iteration)");
  }

  private static double warmRefitSeconds(double firstSeconds, double crfSeconds, int iterations, long trainTokens,
      long validationTokens, int planned) {
    double tokens = Math.max(1, trainTokens);
    double perIteration = crfSeconds / Math.max(1, iterations) * (tokens + validationTokens) / tokens;
    return Math.max(0, firstSeconds - crfSeconds) * WARM_SETUP_SHARE + perIteration * planned;
  }

  /** Headroom on the refit's estimate: its per-token cost varies with the machine's load. */
  static final double REFIT_MARGIN = 1.2;

  /** Reads the channels, holds out validation data if needed, and tokenises for training. */
  private Data read(Hyperparameters hp) throws IOException {
    Map<String, String> modes = config(() -> JobConfigCodec.readInputModes(paths.inputDataConfig()));
    for (String c : modes.keySet()) {
      if (!CHANNELS.contains(c)) {
        throw new TrainingInputException("Unknown channel '" + c + "'; this algorithm reads the channels "
            + String.join(" (required) and ", CHANNELS) + " (optional). Rename or remove the channel.");
      }
    }
    ChannelReader channels = new ChannelReader(paths, modes);
    if (!channels.present("train")) {
      throw new TrainingInputException("No 'train' channel: give the training job a channel named 'train' with "
          + "labelled files (expected at " + paths.channelDir("train") + " or, in Pipe mode, " + paths.channelFifo("train") + ").");
    }
    Aligner aligner = new Aligner(TextTokenizer.of(settings.newlineMode()));
    List<LabelledDoc> train = aligner.align(channels.read("train"));
    List<LabelledDoc> validation = List.of();
    String noValidationReason = "no 'validation' channel and validation_split=0";
    if (channels.present("validation")) {
      noValidationReason = "the 'validation' channel holds no documents";
      validation = aligner.align(channels.read("validation"));
    } else if (hp.validationSplit() > 0) {
      DocSplitter.Split split = DocSplitter.split(train, hp.validationSplit(), hp.seed());
      train = split.train();
      validation = split.validation();
      LOG.info("No validation channel: holding out {} of {} pieces (validation_split={}, seed={})",
          validation.size(), validation.size() + train.size(), hp.validationSplit(), hp.seed());
      if (validation.isEmpty()) {
        noValidationReason = noneHeldOut(hp.validationSplit(), train.size());
      }
    }
    List<LabelledDoc> validationToTrain = validation;
    if (hp.retokenize()) {
      int[] dropped = {0};
      train = aligner.retokenize(train, dropped);
      validationToTrain = aligner.retokenize(validation, dropped);
      if (dropped[0] > 0) {
        LOG.warn("{} training entities cross a sentence break of the server's tokenizer and were left out", dropped[0]);
      }
    }
    return new Data(train, validation, validationToTrain, noValidationReason, channels.present("validation"));
  }

  /** Why validation_split above 0 held out nothing: too few pieces to round to one. */
  static String noneHeldOut(double fraction, int pieces) {
    return "no 'validation' channel; validation_split=" + fraction + " held out 0 of " + pieces + " piece(s): too few to "
        + "hold out " + Math.round(fraction * 1000) / 10.0 + " %, " + DocSplitter.piecesNeeded(fraction)
        + ". Add data or a 'validation' channel";
  }

  /** CRF decision thresholds tried by {@code outside_threshold=auto}; 1 is plain Viterbi decoding. */
  static final double[] THRESHOLDS = {1.0, 0.97, 0.95, 0.9, 0.85, 0.8, 0.7, 0.6, 0.5};

  /**
   * Picks the CRF's outside threshold with the best validation F1 (ties go to the higher, more
   * cautious one). Small training sets make cautious models; this buys recall where it pays.
   */
  private double tuneOutsideThreshold(Hyperparameters hp, Map<String, Object> step, List<String> labels,
      List<LabelledDoc> validation) {
    double best = 1.0;
    double bestF1 = -1;
    double[] thresholds = THRESHOLDS;
    for (int i = 0; i < thresholds.length; i++) {
      double t = thresholds[i];
      long trialStart = System.nanoTime();
      Map<String, Object> trial = new LinkedHashMap<>(step);
      trial.put("outside_threshold", t);
      double f1 = score(spec(hp, trial, labels, Map.of()), validation).f1();
      LOG.info("outside_threshold {}: validation F1 {}", t, String.format("%.4f", f1));
      if (f1 > bestF1) {
        best = t;
        bestF1 = f1;
      }
      // Timed on the second trial: the first also loads the models (WNUT17 under load: 38 s against 13 s).
      double perTrial = (System.nanoTime() - trialStart) / 1e9;
      if (i == 1 && perTrial * (THRESHOLDS.length - 2) > hp.maxTrainingMinutes() * 60 * TUNING_SHARE) {
        // Slow features (pretrained tags, the encoder) on a large validation set: fewer, wider steps.
        thresholds = THRESHOLDS_QUICK;
        LOG.info("outside_threshold: one trial took {} s, so only {} are tried (all would pass {} % of "
            + "max_training_minutes)", Math.round(perTrial), java.util.Arrays.toString(THRESHOLDS_QUICK),
            Math.round(TUNING_SHARE * 100));
      }
    }
    LOG.info("Chose outside_threshold {} (validation F1 {}); the validation metrics below are therefore optimistic",
        best, String.format("%.4f", bestF1));
    return best;
  }

  /** The quick grid: the two thresholds tried before the choice, then a middle and a recall-seeking one. */
  static final double[] THRESHOLDS_QUICK = {1.0, 0.97, 0.9, 0.7};
  /** The share of the time budget the full threshold grid may take. */
  static final double TUNING_SHARE = 0.1;


  /**
   * The manifest of the trained model: a pipeline of the trained component, followed by the
   * embedded model when {@code combine_with_pretrained} (trained labels win overlaps). Parsed as
   * serve parses it, so what validation scores is what will serve.
   */
  private ModelSpec spec(Hyperparameters hp, Map<String, Object> step, List<String> labels, Map<String, Object> info) {
    List<Object> pipeline = new ArrayList<>();
    pipeline.add(step);
    if (hp.combineWithPretrained()) {
      pipeline.add(Map.of("component", "corenlp-embedded"));
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("format_version", ModelSpec.FORMAT_VERSION);
    json.put("pipeline", pipeline);
    json.put("merge", "priority");
    json.put("labels", labels);
    // Answers carry the trained names (PER stays PER, MISC stays MISC) unless a scheme is asked for.
    json.put(ModelSpec.DEFAULT_SCHEME_KEY, LabelScheme.CORENLP.wireName());
    json.put("info", info);
    return ManifestReader.parse(paths.modelDir().resolve(ModelSpec.FILE_NAME), json, components);
  }

  private Scores score(ModelSpec spec, List<LabelledDoc> docs) {
    return new Evaluator(recognizer(spec), RequestOptions.of(LabelScheme.CORENLP).withKeepLabels(Set.copyOf(spec.labels())))
        .score(docs);
  }

  private Recognizer recognizer(ModelSpec spec) {
    Path dir = paths.modelDir();
    return ModelDirectories.build(spec, LoadContext.of(dir, settings.embeddedModelDir(), settings.newlineMode(), components));
  }

  /** Tokens timed for the serving speed: enough for a steady figure, a few seconds of work. */
  static final int SPEED_SAMPLE_TOKENS = 20_000;

  /**
   * The model's size on disk and its serving speed (one worker, on raw text of the validation or
   * training documents, after one warm-up pass), for the log and the manifest: what an endpoint
   * will cost before anyone deploys it.
   */
  private void servingCost(ModelSpec spec, List<LabelledDoc> docs, Map<String, Object> info) throws IOException {
    long bytes;
    try (var files = Files.walk(paths.modelDir())) {
      bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
    List<String> texts = new ArrayList<>();
    long tokens = 0;
    for (LabelledDoc d : docs) {
      if (tokens >= SPEED_SAMPLE_TOKENS) {
        break;
      }
      texts.add(d.text());
      tokens += d.tokenised() ? d.sentences().stream().mapToInt(TokenSentence::size).sum() : d.text().split("\\s+").length;
    }
    Recognizer r = recognizer(spec);
    texts.forEach(r::recognize); // warm-up: lazy loading and the JIT
    long t0 = System.nanoTime();
    texts.forEach(r::recognize);
    double seconds = Math.max(1e-3, (System.nanoTime() - t0) / 1e9);
    long perSecond = Math.round(tokens / seconds);
    LOG.info("Model: {} MB on disk (plus what serving loads from the image for its features); serves about {} tokens/s "
        + "per worker (measured on {} tokens of {} text, one thread)", String.format("%.1f", bytes / 1e6), perSecond, tokens,
        "validation or training");
    info.put("model_bytes", bytes);
    info.put("serving_tokens_per_second_per_worker", perSecond);
  }

  /**
   * Scores the validation documents through the written model directory, loaded as serve loads
   * it, and prints the metric lines; only the trained types count.
   */
  private Scores validate(ModelSpec spec, List<LabelledDoc> validation) {
    Scores scores = score(spec, validation);
    LOG.info("Validation ({} documents):\n{}", validation.size(), scores.table());
    for (String line : scores.metricLines("validation")) {
      System.out.println(line); // stdout: the lines SageMaker MetricDefinitions match
    }
    System.out.flush();
    return scores;
  }

  private static Set<String> labels(List<LabelledDoc> docs) {
    Set<String> s = new TreeSet<>();
    for (LabelledDoc d : docs) {
      for (GoldSpan g : d.spans()) {
        s.add(g.label());
      }
    }
    return s;
  }

  /** One host only: the trainers are single-machine, and extra hosts would be billed while idle. */
  private void checkHosts() {
    List<String> hosts = config(() -> JobConfigCodec.readHosts(paths.resourceConfig()));
    if (hosts.size() > 1) {
      throw new TrainingInputException("Set InstanceCount to 1: this algorithm trains on one instance and the job "
          + "was given " + hosts.size() + " hosts " + hosts + ", which would all be billed while idle.");
    }
  }

  private interface IoSupplier<T> {
    T get() throws IOException;
  }

  private static <T> T config(IoSupplier<T> s) {
    try {
      return s.get();
    } catch (IllegalArgumentException e) {
      throw new TrainingInputException(e.getMessage());
    } catch (IOException e) {
      throw new TrainingInputException("Cannot read the job configuration: " + e.getMessage());
    }
  }
}
