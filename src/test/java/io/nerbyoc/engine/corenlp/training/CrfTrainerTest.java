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
}
