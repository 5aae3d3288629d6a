package io.nerbyoc.engine.corenlp.training;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import io.nerbyoc.config.NewlineMode;
import io.nerbyoc.core.TokenSentence;
import io.nerbyoc.engine.EncoderFeatureFactory;
import io.nerbyoc.engine.corenlp.PretrainedFeatures;
import io.nerbyoc.engine.corenlp.TrainSpec;
import io.nerbyoc.tags.TagScheme;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * Trains a CoreNLP CRF with the feature flags of Stanford's own CoNLL English models (words,
 * character n-grams, word shapes, disjunctive context, label sequences). Training goes through a
 * two-column file because CoreNLP computes word shapes while reading files; in-memory documents
 * would skip that and train on features the tagger never sees. The optimiser (L-BFGS) logs one
 * line per iteration with its running time.
 */
public final class CrfTrainer {
  public static final String MODEL_FILE = "crf-ner.ser.gz";
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CrfTrainer.class);

  private CrfTrainer() {}

  /** Validation F1 is measured every this many L-BFGS iterations (decoding the validation data costs about one iteration). */
  static final int EVALUATE_EVERY = 10;
  /** Training stops after this many measurements without a better validation F1, keeping the best weights. */
  static final int PATIENCE = 3;
  /** The first iteration at which validation F1 is measured. */
  static final int START_EVALUATING = 50;
  /**
   * Iterations before a training is worth refitting: those early stopping needs to judge it. A
   * training stopped earlier to leave room for a refit is unfinished, and so is a refit of as many
   * iterations (WNUT17 under load: 28 iterations, objective 10 times its converged value).
   */
  public static final int ITERATIONS_WORTH_A_REFIT = START_EVALUATING + PATIENCE * EVALUATE_EVERY;

  /**
   * Label-pair features seen fewer times than this are dropped (at least; a higher {@code cutoff}
   * applies to them too): on 194k news-like tokens this took the weights from 20.1 M to 9.5 M and peak RSS in the first iterations from 6.8 to 4.6 GB
   * (see {@link EdgeFeaturePruning}).
   */
  static final int EDGE_CUTOFF = 2;

  /**
   * {@code feature_set=rich}: Stanford's CoNLL flags plus case-insensitive features, with a weaker
   * prior ({@link #RICH_SIGMA}); {@code default}: the CoNLL flags with CoreNLP's sigma 1.
   */
  public static final String RICH = "rich";

  /** The CRF's Gaussian prior with {@code feature_set=rich} (CoreNLP's {@code sigma}; its default is 1). */
  static final double RICH_SIGMA = 3.0;

  /**
   * What training produced: the model file in the model directory, the optimiser iterations it
   * took, the seconds the CRF itself took (indexing features and optimising, after the feature
   * layers were computed), the feature layers (for a refit to reuse; null without any) and, for a
   * warm-started refit, the features that carried their weights over (0 otherwise).
   */
  public record Trained(String modelFile, int iterations, double crfSeconds, PretrainedFeatures.TrainingFeatures features,
      int warmFeatures) {
    public Trained(String modelFile, int iterations) {
      this(modelFile, iterations, 0, null, 0);
    }
  }

  /**
   * What a refit takes over from the training before it: its feature layers (null when it had
   * none), computed for the training sentences and the validation sentences it stopped on, and
   * its model, whose weights the refit starts from.
   *
   * @param added the documents the refit adds to the first training's (the validation data)
   */
  public record Reuse(PretrainedFeatures.TrainingFeatures features, Path model, List<List<TokenSentence>> added) {}

  public static Trained train(List<List<TokenSentence>> docs, TrainSpec spec, TrainControl control, Path dir, Path embeddedRoot,
      NewlineMode newlines) throws IOException {
    return train(docs, spec, control, dir, embeddedRoot, newlines, null);
  }

  /** Trains; with {@code reuse}, as a refit that starts from the first training's features and weights. */
  public static Trained train(List<List<TokenSentence>> docs, TrainSpec spec, TrainControl control, Path dir, Path embeddedRoot,
      NewlineMode newlines, Reuse reuse) throws IOException {
    Path tsv = Files.createTempFile("crf-train", ".tsv");
    Path validTsv = Files.createTempFile("crf-valid", ".tsv");
    Path lexicon = Files.createTempFile("crf-clusters", ".tsv");
    Path scratch = Files.createTempDirectory("crf-resume");
    try {
      PretrainedFeatures.TrainingFeatures features;
      if (reuse == null) {
        features = PretrainedFeatures.forTraining(docs, spec, embeddedRoot, dir, newlines);
      } else {
        features = reuse.features() == null ? null : reuse.features().forRefit(reuse.added(), dir, spec.seed());
      }
      writeColumns(docs, spec.tagScheme(), tsv, features);
      Properties p = properties(spec);
      featureLayers(spec, p);
      if (spec.wordClusters()) {
        writeLexicon(PretrainedFeatures.wordClusters(embeddedRoot), lexicon);
        // As the embedded models use them; the lexicon is serialized into the model.
        p.setProperty("useDistSim", "true");
        p.setProperty("distSimLexicon", lexicon.toString());
        p.setProperty("numberEquivalenceDistSim", "true");
      }
      int edgeCutoff = Math.max(EDGE_CUTOFF, spec.cutoff());
      // Not a CoreNLP property (it would warn), but part of what the weights mean.
      String fingerprint = fingerprint(tsv, p, "edgeCutoff=" + edgeCutoff);
      if (!control.validation().isEmpty()) {
        writeColumns(control.validation(), spec.tagScheme(), validTsv, features);
        earlyStopping(p, validTsv);
      }
      int done = resume(control, fingerprint, spec, p, scratch);
      int cap = spec.iterations() - done;
      MonitoredCrf crf = new MonitoredCrf(p, edgeCutoff, qn -> new CrfProgress(qn, cap, done, control, fingerprint));
      if (reuse != null && reuse.model() != null && Files.isRegularFile(reuse.model())) {
        crf.warmStartFrom(reuse.model(), scratch);
      }
      long t0 = System.nanoTime();
      crf.train(tsv.toString());
      double crfSeconds = (System.nanoTime() - t0) / 1e9;
      crf.serializeClassifier(dir.resolve(MODEL_FILE).toString());
      WarmStart.Result warm = crf.warmStarted();
      return new Trained(MODEL_FILE, crf.iterations(), crfSeconds, features, warm == null ? 0 : warm.featuresCarried());
    } finally {
      for (Path f : List.of(tsv, validTsv, lexicon)) {
        Files.deleteIfExists(f);
      }
      try (var files = Files.list(scratch)) {
        for (Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(scratch);
    }
  }

  /**
   * The column map and flags of the pretrained feature layers: they ride in CoreNLP's POS, lemma,
   * gazetteer and chunk columns, which these flags turn into features of the current, previous
   * and next token.
   */
  private static void featureLayers(TrainSpec spec, Properties p) {
    StringBuilder map = new StringBuilder("word=0");
    int column = 1;
    if (spec.pretrainedTags()) {
      map.append(",tag=").append(column++).append(",lemma=").append(column++);
      p.setProperty("useTags", "true");
      p.setProperty("useSymTags", "true");
      p.setProperty("useLemmas", "true");
      p.setProperty("usePrevNextLemmas", "true");
    }
    if (spec.gazetteers()) {
      map.append(",gaz=").append(column++);
      p.setProperty("useGazFeatures", "true");
    }
    if (spec.encoderTags()) {
      map.append(",chunk=").append(column++);
      p.setProperty("featureFactory", EncoderFeatureFactory.class.getName());
    }
    p.setProperty("map", map.append(",answer=").append(column).toString());
  }

  /**
   * CoreNLP measures F1 on the validation file every {@link #EVALUATE_EVERY} iterations from
   * {@link #START_EVALUATING} (early measurements are noisy, and a plateau there is not the end)
   * and, after {@link #PATIENCE} measurements without a better one, stops with the best weights.
   */
  private static void earlyStopping(Properties p, Path validTsv) {
    p.setProperty("testFile", validTsv.toString());
    p.setProperty("evaluateIters", Integer.toString(EVALUATE_EVERY));
    p.setProperty("startEvaluateIters", Integer.toString(START_EVALUATING));
    p.setProperty("terminateOnEvalImprovement", "true");
    p.setProperty("terminateOnEvalImprovementNumOfEpoch", Integer.toString(PATIENCE));
  }

  /** Starts from this job's checkpoint when there is one; returns the iterations it had done. */
  private static int resume(TrainControl control, String fingerprint, TrainSpec spec, Properties p, Path scratch)
      throws IOException {
    if (control.checkpointDir() == null) {
      return 0;
    }
    var saved = CrfCheckpoint.find(control.checkpointDir(), fingerprint);
    if (saved.isEmpty()) {
      LOG.info("CRF: no checkpoint of this job in {}; starting from iteration 0, checkpoints every {} s",
          control.checkpointDir(), control.checkpointSeconds());
      return 0;
    }
    int done = Math.min(saved.get().iteration(), spec.iterations() - 1);
    p.setProperty("initialWeights", CrfCheckpoint.unpacked(saved.get(), scratch).toString());
    p.setProperty("maxQNItr", Integer.toString(spec.iterations() - done));
    LOG.info("CRF: resuming from the checkpoint of iteration {} in {}", saved.get().iteration(), control.checkpointDir());
    return done;
  }


  /**
   * What the weights mean: the training file and every setting but file locations, so a
   * checkpoint is only ever loaded by the same job.
   */
  static String fingerprint(Path tsv, Properties p, String... more) throws IOException {
    try {
      java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
      try (var in = new java.security.DigestInputStream(Files.newInputStream(tsv), sha)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      new java.util.TreeMap<>(p).forEach((k, v) -> {
        if (!k.equals("distSimLexicon") && !k.equals("testFile") && !k.equals("initialWeights") && !k.equals("maxQNItr")) {
          sha.update((k + "=" + v + "\n").getBytes(StandardCharsets.UTF_8));
        }
      });
      for (String m : more) {
        sha.update((m + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return java.util.HexFormat.of().formatHex(sha.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void writeLexicon(java.util.Map<String, String> clusters, Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (var e : clusters.entrySet()) {
        w.write(e.getKey());
        w.write('\t');
        w.write(e.getValue());
        w.write('\n');
      }
    }
  }

  static Properties properties(TrainSpec spec) {
    Properties p = new Properties();
    p.setProperty("map", "word=0,answer=1");
    p.setProperty("useClassFeature", "true");
    p.setProperty("useWord", "true");
    p.setProperty("useNGrams", "true");
    p.setProperty("noMidNGrams", "true");
    p.setProperty("maxNGramLeng", "6");
    p.setProperty("usePrev", "true");
    p.setProperty("useNext", "true");
    p.setProperty("useSequences", "true");
    p.setProperty("usePrevSequences", "true");
    p.setProperty("maxLeft", "1");
    p.setProperty("useTypeSeqs", "true");
    p.setProperty("useTypeSeqs2", "true");
    p.setProperty("useTypeySequences", "true");
    p.setProperty("wordShape", "chris2useLC");
    p.setProperty("useDisjunctive", "true");
    if (RICH.equals(spec.featureSet())) {
      // Case-insensitive features: the lower-cased word and its neighbours (useLC, beside the cased
      // words) and the character n-grams taken of the lower-cased word (lowercaseNGrams, instead of
      // the cased word's; the word shape keeps the case), so a name written in capitals ("UNION BANK"
      // in a signature block) shares weights with the same name in mixed case.
      p.setProperty("useLC", "true");
      p.setProperty("lowercaseNGrams", "true");
      // A weaker Gaussian prior than CoreNLP's default sigma 1 (chosen on document-level splits of
      // SEC filings' training data among 0.5, 1, 3 and 10; docs/TRAINING.md, issue 22, sec22).
      p.setProperty("sigma", Double.toString(RICH_SIGMA));
    }
    // CRFClassifier's L-BFGS reads maxQNItr; maxIterations only caps its other optimisers.
    p.setProperty("maxQNItr", Integer.toString(spec.iterations()));
    p.setProperty("maxIterations", Integer.toString(spec.iterations()));
    p.setProperty("featureCountThresh", Integer.toString(Math.max(1, spec.cutoff())));
    p.setProperty("multiThreadGrad", Integer.toString(spec.threads()));
    // L-BFGS keeps 2 x QNsize vectors as long as the weights (16 M for WNUT17's 13 classes): the
    // default 25 took 12 GB there; 5 keeps the optimiser's share near 1.3 GB.
    p.setProperty("QNsize", "5");
    // Keep the tag scheme's labels as written (B-/I-/E-/S-); CrfTagger decodes them with TagScheme.
    p.setProperty("retainEntitySubclassification", "true");
    p.setProperty("saveFeatureIndexToDisk", "false");
    return p;
  }

  static void writeColumns(List<List<TokenSentence>> docs, TagScheme scheme, Path file, PretrainedFeatures.TokenFeatures features)
      throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (List<TokenSentence> doc : docs) {
        for (TokenSentence s : doc) {
          String[] tags = scheme.encode(s.names(), s.size());
          List<String[]> columns = features == null ? List.of() : features.layers(s.words()).columns();
          for (int i = 0; i < s.size(); i++) {
            // CoreNLP splits columns on whitespace: a token cannot contain any.
            w.write(s.words().get(i).replaceAll("\\s", "_"));
            w.write('\t');
            for (String[] column : columns) {
              w.write(column[i]);
              w.write('\t');
            }
            w.write(tags[i]);
            w.write('\n');
          }
          w.write('\n');
        }
      }
    }
  }
}
