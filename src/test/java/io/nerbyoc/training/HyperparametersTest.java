package io.nerbyoc.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HyperparametersTest {

  @Test
  void defaults_when_nothing_is_given() {
    Hyperparameters hp = Hyperparameters.parse(Map.of());
    assertEquals("auto", hp.algorithm());
    assertEquals(30, hp.maxTrainingMinutes());
    assertEquals("bio", hp.tagScheme());
    assertEquals(0.1, hp.validationSplit());
    assertEquals(java.util.Set.of(), hp.given());
  }

  @Test
  void strings_are_parsed_and_crf_has_its_own_defaults() {
    Hyperparameters hp = Hyperparameters.parse(Map.of("algorithm", "CRF", "label_scheme", "bilou", "seed", "7",
        "threads", "1", "combine_with_pretrained", "true", "validation_split", "0.2"));
    assertEquals("crf", hp.algorithm());
    assertEquals(300, hp.iterations());
    assertEquals("bilou", hp.tagScheme(), "label_scheme is tag_scheme's former name");
    assertEquals(7, hp.seed());
    assertTrue(hp.combineWithPretrained());
  }

  @Test
  void tag_scheme_and_its_former_name_label_scheme_cannot_both_be_given() {
    assertEquals("bilou", Hyperparameters.parse(Map.of("tag_scheme", "BILOU")).tagScheme());
    TrainingInputException e = assertThrows(TrainingInputException.class,
        () -> Hyperparameters.parse(Map.of("tag_scheme", "bio", "label_scheme", "bilou")));
    assertTrue(e.getMessage().contains("give 'tag_scheme' only ('label_scheme' is its former name)"), e.getMessage());
  }

  @Test
  void auto_resolves_to_its_choice_but_keys_the_job_gave_win() {
    Hyperparameters hp = Hyperparameters.parse(Map.of("word_clusters", "false", "iterations", "50"));
    Hyperparameters r = hp.resolved(new AutoChoice.Choice("crf", "default", true, true, true, true, false, 3, true, "why"));
    assertEquals("crf", r.algorithm());
    assertEquals(false, r.wordClusters(), "given by the job");
    assertEquals(true, r.pretrainedTags());
    assertEquals(true, r.gazetteers(), "with the pretrained tags");
    assertEquals(false, Hyperparameters.parse(java.util.Map.of("gazetteers", "false"))
        .resolved(new AutoChoice.Choice("crf", "default", true, true, true, true, false, 1, false, "")).gazetteers(),
        "given by the job");
    assertEquals(50, r.iterations(), "given by the job");
    assertEquals(3, r.cutoff(), "auto's feature cutoff for memory");
    assertEquals(1.0, r.outsideThreshold(), "Viterbi after a random split");
    assertEquals(300, hp.resolved(new AutoChoice.Choice("crf", "default", true, false, false, false, false, 1, false, "")).withIterations(300)
        .iterations());
    assertThrows(IllegalStateException.class, hp::spec, "auto must be resolved before training");
  }

  @Test
  void case_augmentation_is_true_false_or_a_share_and_a_bad_value_says_which() {
    assertEquals(0.0, Hyperparameters.parse(Map.of()).caseAugmentation());
    assertEquals(Hyperparameters.CASE_AUGMENTATION_ON, Hyperparameters.parse(Map.of("case_augmentation", "TRUE"))
        .caseAugmentation());
    assertEquals(0.0, Hyperparameters.parse(Map.of("case_augmentation", "false")).caseAugmentation());
    assertEquals(0.25, Hyperparameters.parse(Map.of("case_augmentation", "0.25")).caseAugmentation());
    assertEquals("0.25", Hyperparameters.parse(Map.of("case_augmentation", "0.25")).toMap().get("case_augmentation"));
    for (String bad : new String[] {"yes", "1.5", "-0.1"}) {
      TrainingInputException e = assertThrows(TrainingInputException.class,
          () -> Hyperparameters.parse(Map.of("case_augmentation", bad)));
      assertTrue(e.getMessage().contains("'case_augmentation' must be true, false or a share from 0 to 1 (true = 1.0), got '"
          + bad + "'"), e.getMessage());
    }
    AutoChoice.Choice withCaps = new AutoChoice.Choice("crf", "default", true, true, true, 0.5, false, true, 1, true, "");
    assertEquals(0.5, Hyperparameters.parse(Map.of()).resolved(withCaps).caseAugmentation(), "auto's choice");
    assertEquals(0.0, Hyperparameters.parse(Map.of("case_augmentation", "false")).resolved(withCaps).caseAugmentation(),
        "an explicit false wins over auto");
  }

  @Test
  void unknown_key_lists_the_valid_ones() {
    TrainingInputException e = assertThrows(TrainingInputException.class,
        () -> Hyperparameters.parse(Map.of("iteratons", "10")));
    assertTrue(e.getMessage().startsWith("Fix the hyperparameters: Unknown hyperparameter 'iteratons'; valid ones are: "
        + "algorithm, case_augmentation, checkpoint_interval_seconds, combine_with_pretrained, cutoff, encoder_tags, feature_set, gazetteers, iterations, label_scheme, "
        + "max_training_minutes, outside_threshold, "
        + "pretrained_tags, refit, retokenize, seed, tag_scheme, threads, validation_split, word_clusters"),
        e.getMessage());
  }

  @Test
  void every_bad_value_is_reported_with_key_value_and_rule() {
    TrainingInputException e = assertThrows(TrainingInputException.class, () -> Hyperparameters.parse(
        Map.of("iterations", "ten", "algorithm", "svm", "validation_split", "0.9", "combine_with_pretrained", "yes")));
    String m = e.getMessage();
    assertTrue(m.contains("'iterations' must be a whole number from 1 to 10000, got 'ten'"), m);
    assertTrue(m.contains("'algorithm' must be one of auto, maxent, maxent_gis, perceptron, crf, got 'svm'"), m);
    assertTrue(m.contains("'validation_split' must be a number from 0.0 to 0.5, got '0.9'"), m);
    assertTrue(m.contains("'combine_with_pretrained' must be true or false, got 'yes'"), m);
  }

  @Test
  void pretrained_knowledge_and_the_outside_threshold() {
    Hyperparameters auto = Hyperparameters.parse(Map.of("algorithm", "crf", "word_clusters", "true", "pretrained_tags", "TRUE",
        "encoder_tags", "true"));
    assertTrue(auto.wordClusters());
    assertTrue(auto.encoderTags() && auto.spec().encoderTags());
    assertEquals("true", auto.toMap().get("encoder_tags"));
    assertTrue(auto.pretrainedTags());
    assertTrue(auto.isAutoThreshold());
    assertEquals("auto", auto.toMap().get("outside_threshold"));
    Hyperparameters fixed = Hyperparameters.parse(Map.of("outside_threshold", "0.8"));
    assertEquals(0.8, fixed.outsideThreshold());
    assertTrue(!fixed.wordClusters() && !fixed.pretrainedTags() && !fixed.encoderTags());
    TrainingInputException e = assertThrows(TrainingInputException.class,
        () -> Hyperparameters.parse(Map.of("outside_threshold", "high")));
    assertTrue(e.getMessage().contains("'outside_threshold' must be auto or a number from 0.05 to 1.0, got 'high'"), e.getMessage());
  }

  @Test
  void sagemaker_own_keys_are_ignored() {
    Hyperparameters.parse(Map.of("sagemaker_program", "x", "_tuning_objective_metric", "validation:f1"));
  }

  @Test
  void booleans_follow_the_one_rule() {
    // Python's str(True) is "True": accepted; "1" and "yes" are not booleans anywhere.
    assertTrue(Hyperparameters.parse(Map.of("refit", "True", "validation_split", "0.2")).refit());
    TrainingInputException e = assertThrows(TrainingInputException.class,
        () -> Hyperparameters.parse(Map.of("word_clusters", "1", "gazetteers", "yes")));
    assertTrue(e.getMessage().contains("'word_clusters' must be true or false, got '1'")
        && e.getMessage().contains("'gazetteers' must be true or false, got 'yes'"), e.getMessage());
  }
}
