package io.nerbyoc.engine.corenlp.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import io.nerbyoc.config.NewlineMode;
import io.nerbyoc.core.TokenSentence;
import io.nerbyoc.core.TokenSpan;
import io.nerbyoc.engine.corenlp.TrainSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrfTrainerTest {
  private static final TrainSpec SPEC =
      new TrainSpec("crf", 40, 1, io.nerbyoc.tags.TagScheme.BIO, "default", 1, false, false, false, false, 42);

  /** The iterations hyperparameter must reach the optimiser CoreNLP actually runs (L-BFGS). */
  @Test
  void iterations_cap_corenlps_lbfgs() {
    TrainSpec spec = new TrainSpec("crf", 7, 1, io.nerbyoc.tags.TagScheme.BIO, "default", 1, false, false, false, false, 42);
    CRFClassifier<CoreLabel> crf = new CRFClassifier<>(CrfTrainer.properties(spec));
    assertEquals(7, crf.flags.maxQNItr);
    assertEquals(5, crf.flags.QNsize);
  }

  /**
   * feature_set=rich gives the CRF case-insensitive features and a weaker prior (chosen on SEC
   * filings, docs/TRAINING.md issue 22, sec22); default keeps Stanford's CoNLL flags and sigma 1.
   */
  @Test
  void the_rich_feature_set_adds_case_insensitive_features_and_sigma_3() {
    CRFClassifier<CoreLabel> plain = new CRFClassifier<>(CrfTrainer.properties(SPEC));
    assertEquals(1.0, plain.flags.sigma);
    assertTrue(!plain.flags.useLC && !plain.flags.lowercaseNGrams);
    TrainSpec rich = new TrainSpec("crf", 40, 1, io.nerbyoc.tags.TagScheme.BIO, "rich", 1, false, false, false, false, 42);
    CRFClassifier<CoreLabel> crf = new CRFClassifier<>(CrfTrainer.properties(rich));
    assertEquals(3.0, crf.flags.sigma);
    assertTrue(crf.flags.useLC, "the lower-cased word and its neighbours");
    assertTrue(crf.flags.lowercaseNGrams, "character n-grams of the lower-cased word");
    assertTrue(crf.flags.useDisjunctive && crf.flags.useNGrams, "the CoNLL flags stay");
  }

  private static List<List<TokenSentence>> docs() {
    List<TokenSentence> sentences = new ArrayList<>();
    String[] people = {"Ann", "Bob", "Cy", "Di"};
    String[] firms = {"Acme", "Globex", "Hooli", "Initech"};
    for (int i = 0; i < 40; i++) {
      sentences.add(new TokenSentence(List.of(people[i % 4], "joined", firms[(i / 4) % 4], "."),
          List.of(new TokenSpan(0, 1, "PER"), new TokenSpan(2, 3, "ORG"))));
    }
    return List.of(sentences);
  }

  @Test
  void the_time_budget_stops_the_optimiser_with_a_usable_model(@TempDir Path dir) throws Exception {
    TrainControl past = new TrainControl(System.nanoTime(), null, 120, List.of());
    CrfTrainer.Trained t = CrfTrainer.train(docs(), SPEC, past, dir, dir, NewlineMode.ALWAYS);
    assertEquals(1, t.iterations(), "the deadline had passed: one iteration, then stop");
    assertTrue(Files.size(dir.resolve(t.modelFile())) > 0);
  }

  /**
   * A training whose planned end (room for a refit) comes before it has done the iterations a
   * refit is worth runs on: WNUT17 under load was stopped at iteration 28 and refit as unfinished.
   */
  @Test
  void a_planned_stop_does_not_cut_a_training_short_of_what_a_refit_is_worth(@TempDir Path dir) throws Exception {
    int free = CrfTrainer.train(docs(), SPEC, TrainControl.NONE, dir, dir, NewlineMode.ALWAYS).iterations();
    assertTrue(free > 1 && free < CrfTrainer.ITERATIONS_WORTH_A_REFIT, "the toy data trains in " + free);
    TrainControl planPassed = new TrainControl(Long.MAX_VALUE, null, 120, List.of(), System.nanoTime());
    assertEquals(free, CrfTrainer.train(docs(), SPEC, planPassed, dir, dir, NewlineMode.ALWAYS).iterations());
  }

  /** Found on WNUT17 under load: the budget ran out before the first validation measurement. */
  @Test
  void the_time_budget_stops_early_stopping_before_its_first_measurement(@TempDir Path dir) throws Exception {
    TrainControl past = new TrainControl(System.nanoTime(), null, 120, docs());
    CrfTrainer.Trained t = CrfTrainer.train(docs(), SPEC, past, dir, dir, NewlineMode.ALWAYS);
    assertEquals(1, t.iterations());
    assertTrue(Files.size(dir.resolve(t.modelFile())) > 0);
  }

  @Test
  void a_checkpoint_is_resumed_only_by_the_job_it_belongs_to(@TempDir Path dir, @TempDir Path checkpoints) throws Exception {
    TrainControl control = new TrainControl(Long.MAX_VALUE, checkpoints, 0, List.of()); // a checkpoint every iteration
    CrfTrainer.Trained first = CrfTrainer.train(docs(), SPEC, control, dir, dir, NewlineMode.ALWAYS);
    assertTrue(first.iterations() > 1);
    try (var files = Files.list(checkpoints)) {
      assertEquals(2, files.filter(f -> !f.toString().endsWith(".tmp")).count(), "weights and their description");
    }
    // The same job again continues from the last checkpoint (the final iteration): it has nothing left to do.
    CrfTrainer.Trained again = CrfTrainer.train(docs(), SPEC, control, dir, dir, NewlineMode.ALWAYS);
    assertTrue(again.iterations() >= first.iterations(), first + " then " + again);
    // Other data: another fingerprint, so the checkpoint is not loaded into a different feature space.
    List<List<TokenSentence>> other = List.of(docs().get(0).subList(0, 20));
    CrfTrainer.Trained fresh = CrfTrainer.train(other, SPEC, control, dir, dir, NewlineMode.ALWAYS);
    assertTrue(fresh.iterations() < first.iterations() + 40, fresh.toString());
    try (var files = Files.list(checkpoints)) {
      assertEquals(4, files.count(), "one checkpoint per job");
    }
  }

  /** The documents a refit adds: a person and a firm the first training never saw, and the known ones. */
  private static List<List<TokenSentence>> added() {
    List<TokenSentence> sentences = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      sentences.add(new TokenSentence(List.of(i % 2 == 0 ? "Eve" : "Ann", "joined", i % 2 == 0 ? "Umbrella" : "Acme", "."),
          List.of(new TokenSpan(0, 1, "PER"), new TokenSpan(2, 3, "ORG"))));
    }
    return List.of(sentences);
  }

  /**
   * A refit starts from the first training's weights: the features both share carry theirs over,
   * and the optimiser, starting from a trained model, needs fewer iterations than from zero.
   */
  @Test
  void a_refit_starts_from_the_first_trainings_weights(@TempDir Path first, @TempDir Path cold, @TempDir Path warm)
      throws Exception {
    CrfTrainer.Trained before = CrfTrainer.train(docs(), SPEC, TrainControl.NONE, first, first, NewlineMode.ALWAYS);
    List<List<TokenSentence>> all = new ArrayList<>(docs());
    all.addAll(added());
    CrfTrainer.Trained fromZero = CrfTrainer.train(all, SPEC, TrainControl.NONE, cold, cold, NewlineMode.ALWAYS);
    CrfTrainer.Trained refit = CrfTrainer.train(all, SPEC, TrainControl.NONE, warm, warm, NewlineMode.ALWAYS,
        new CrfTrainer.Reuse(null, first.resolve(before.modelFile()), added()));
    assertEquals(0, fromZero.warmFeatures());
    assertTrue(refit.warmFeatures() > 0, refit.toString());
    assertTrue(refit.iterations() < fromZero.iterations(), "warm " + refit.iterations() + ", from zero " + fromZero.iterations());
    CRFClassifier<CoreLabel> model = CRFClassifier.getClassifier(warm.resolve(refit.modelFile()).toFile());
    List<CoreLabel> tagged = model.classifySentence(edu.stanford.nlp.ling.SentenceUtils.toCoreLabelList("Eve", "joined",
        "Umbrella", "."));
    assertEquals("B-PER", tagged.get(0).get(edu.stanford.nlp.ling.CoreAnnotations.AnswerAnnotation.class));
  }

  /** Weights are matched by feature and class names: CoreNLP numbers both in the order it meets them. */
  @Test
  void warm_start_weights_follow_feature_and_class_names(@TempDir Path first, @TempDir Path again) throws Exception {
    CrfTrainer.Trained before = CrfTrainer.train(docs(), SPEC, TrainControl.NONE, first, first, NewlineMode.ALWAYS);
    CRFClassifier<CoreLabel> from = CRFClassifier.getClassifier(first.resolve(before.modelFile()).toFile());
    // The same data with the sentences' order and so the class order changed (ORG met before PER).
    List<TokenSentence> reordered = new ArrayList<>();
    for (TokenSentence s : docs().get(0)) {
      reordered.add(new TokenSentence(List.of("At", s.words().get(2), ",", s.words().get(0)),
          List.of(new TokenSpan(1, 2, "ORG"), new TokenSpan(3, 4, "PER"))));
    }
    reordered.addAll(docs().get(0));
    TrainSpec one = new TrainSpec("crf", 1, 1, io.nerbyoc.tags.TagScheme.BIO, "default", 1, false, false, false, false, 42);
    CrfTrainer.train(List.of(reordered), one, TrainControl.NONE, again, again, NewlineMode.ALWAYS);
    CRFClassifier<CoreLabel> to = CRFClassifier.getClassifier(again.resolve(CrfTrainer.MODEL_FILE).toFile());
    WarmStart.Result r = WarmStart.weights(from, to);
    edu.stanford.nlp.util.Index<String> fromFeatures = EdgeFeaturePruning.get(from, "featureIndex");
    edu.stanford.nlp.util.Index<String> toFeatures = EdgeFeaturePruning.get(to, "featureIndex");
    int[] toMap = WarmStart.cliques(to, toFeatures);
    List<edu.stanford.nlp.util.Index<edu.stanford.nlp.ie.crf.CRFLabel>> toLabels = EdgeFeaturePruning.get(to, "labelIndices");
    float[][] fromWeights = EdgeFeaturePruning.get(from, "weights");
    List<edu.stanford.nlp.util.Index<edu.stanford.nlp.ie.crf.CRFLabel>> fromLabels = EdgeFeaturePruning.get(from, "labelIndices");
    assertTrue(r.featuresCarried() > 0 && r.featuresCarried() < r.features(), r.toString());
    int word = toFeatures.indexOf("Ann-WORD|C");
    int oldWord = fromFeatures.indexOf("Ann-WORD|C");
    assertTrue(word >= 0 && oldWord >= 0 && toMap[word] == 0);
    int at = 0;
    for (int f = 0; f < word; f++) {
      at += toLabels.get(toMap[f]).size();
    }
    for (int k = 0; k < toLabels.get(0).size(); k++) {
      String cls = to.classIndex.get(toLabels.get(0).get(k).getLabel()[0]);
      int oldK = fromLabels.get(0).indexOf(new edu.stanford.nlp.ie.crf.CRFLabel(new int[] {from.classIndex.indexOf(cls)}));
      assertEquals(fromWeights[oldWord][oldK], r.weights()[at + k], 1e-6, cls);
    }
    assertTrue(r.weights()[at + toLabels.get(0).indexOf(new edu.stanford.nlp.ie.crf.CRFLabel(new int[] {
        to.classIndex.indexOf("B-PER")}))] > 0, "Ann is a person");
  }
}
