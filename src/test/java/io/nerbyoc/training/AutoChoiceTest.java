package io.nerbyoc.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AutoChoiceTest {
  private static final long GB = 1L << 30;

  private static AutoChoice.Choice choose(long tokens, int types, long validation, boolean channel, long heap, int minutes) {
    return choose(tokens, types, validation, channel, heap, minutes, 0.0);
  }

  private static AutoChoice.Choice choose(long tokens, int types, long validation, boolean channel, long heap, int minutes,
      double lowerCase) {
    return AutoChoice.choose(new AutoChoice.Inputs(tokens, types, validation, channel, 2, heap, minutes, lowerCase));
  }

  /** Issue 22: 28 sentences with {} learned nothing for DRUG; little data gets every kind of knowledge. */
  @Test
  void little_data_gets_a_crf_with_every_pretrained_feature() {
    AutoChoice.Choice c = choose(600, 2, 0, false, 6 * GB, 30);
    assertEquals("crf", c.algorithm());
    assertTrue(c.wordClusters() && c.pretrainedTags() && c.encoderTags() && !c.refit(), c.toString());
    assertTrue(!c.viterbi(), "no validation data: nothing to tune on anyway");
    assertTrue(c.gazetteers(), "the name and place lists come with the pretrained tags");
    assertTrue(c.reason().startsWith("crf with word clusters, pretrained tags, gazetteers and encoder tags: 600 training tokens"),
        c.reason());
  }

  @Test
  void a_validation_channel_adds_refit_when_it_fits_and_the_encoder_comes_with_names_unlike_news() {
    AutoChoice.Choice social = choose(63_000, 6, 16_000, true, 12 * GB, 60, 0.16);
    assertTrue(social.refit() && social.encoderTags() && social.pretrainedTags(), social.reason());
    assertTrue(social.reason().contains("16 % of entities not capitalised"), social.reason());
    AutoChoice.Choice split = choose(63_000, 6, 6_000, false, 12 * GB, 60, 0.16);
    assertTrue(split.refit() && split.viterbi(), "a random split is too like the training data to tune on: " + split);
    assertTrue(!social.viterbi());
    AutoChoice.Choice news = choose(41_000, 4, 10_000, true, 6 * GB, 30, 0.01);
    assertTrue(news.pretrainedTags() && news.wordClusters() && !news.encoderTags(), news.reason());
  }

  @Test
  void a_tight_budget_or_heap_steps_down_and_says_what_it_left_out() {
    AutoChoice.Choice roomy = choose(200_000, 4, 50_000, true, 24 * GB, 30);
    assertTrue(roomy.refit() && roomy.pretrainedTags(), roomy.reason());
    // Issue 22's news corpus on an ml.m5.large (8 GiB, 80 % heap): pretrained tags fit, a refit does not.
    AutoChoice.Choice news = choose(203_000, 4, 51_000, true, (long) (0.8 * 8 * (1L << 30)), 30);
    assertTrue(news.pretrainedTags() && news.wordClusters() && !news.refit(), news.reason());
    assertTrue(news.reason().contains("; not crf with word clusters, pretrained tags, gazetteers and refit (estimated"),
        news.reason());
    AutoChoice.Choice c = choose(200_000, 4, 50_000, true, 3 * GB, 30);
    assertEquals("crf", c.algorithm());
    assertTrue(!c.pretrainedTags() && !c.gazetteers() && c.wordClusters() && c.minCutoff() == 3, c.reason());
    AutoChoice.Choice quick = choose(200_000, 4, 50_000, true, 24 * GB, 10);
    assertTrue(!quick.refit(), "a 10-minute budget leaves no room for a second training: " + quick.reason());
    AutoChoice.Choice huge = choose(5_000_000, 4, 0, false, 6 * GB, 30);
    assertEquals("perceptron", huge.algorithm());
    assertTrue(huge.wordClusters() && "rich".equals(huge.featureSet()), huge.toString());
    assertTrue(huge.reason().startsWith("perceptron with word clusters: no CRF recipe fits"), huge.reason());
  }

  /**
   * Issue 22: the time estimate counted the refit's tokens twice (the first training's CRF on training + validation
   * tokens, then the refit's again), so auto left out a refit that fits. 203k news tokens and a 51k validation channel,
   * 4 types, 2 threads: first training 6.4 min, warm refit 7.3 min, 13.7 in all (15.0 before), inside the 14.25
   * that max_training_minutes 19 lets auto plan.
   */
  @Test
  void a_warm_refit_that_fits_the_budget_is_chosen() {
    AutoChoice.Choice c = choose(203_000, 4, 51_000, true, 24 * GB, 19);
    assertTrue(c.refit() && c.pretrainedTags(), c.reason());
    assertTrue(c.reason().contains("; estimated 13.7 min (first training 6.4, then warm refit 7.2: up to 150 CRF "
        + "iterations on training + validation tokens, feature layers reused) and 5.5 GB, within the 14.3 min and "), c.reason());
    assertTrue(c.reason().contains("(75 % of max_training_minutes 19 and of the heap)"), c.reason());
  }

  /** A recipe left out says by how much and what would let it in. */
  @Test
  void a_recipe_left_out_names_the_limit_and_the_fix() {
    AutoChoice.Choice c = choose(203_000, 4, 51_000, true, 24 * GB, 13);
    assertTrue(!c.refit(), c.reason());
    assertTrue(c.reason().contains("; not crf with word clusters, pretrained tags, gazetteers and refit (estimated 13.7 min "
        + "(first training 6.4, then warm refit 7.2: up to 150 CRF iterations on training + validation tokens, feature "
        + "layers reused) and 5.5 GB: over 9.8 min, raise max_training_minutes)"), c.reason());
    AutoChoice.Choice small = choose(203_000, 4, 51_000, true, 4 * GB, 30);
    assertTrue(small.reason().contains("over 3.2 GB, train on an instance with more memory"), small.reason());
  }

  /**
   * Issue 22 (sec22): SEC filings' {} (41k tokens, a random split, no channel) trains the CRF with
   * feature_set rich (83.8 -> 84.7 test F1); jobs with a validation channel and little data keep default.
   */
  @Test
  void the_crf_takes_the_rich_feature_set_without_a_validation_channel() {
    AutoChoice.Choice sec = choose(35_000, 4, 4_000, false, 6 * GB, 30, 0.03);
    assertEquals("crf", sec.algorithm());
    assertEquals("rich", sec.featureSet(), sec.toString());
    assertTrue(sec.reason().startsWith("crf with word clusters, pretrained tags, gazetteers and refit (feature_set rich: "
        + "case-insensitive features, sigma 3): "), sec.reason());
    assertEquals("rich", choose(35_000, 4, 0, false, 6 * GB, 30).featureSet(), "no validation data at all");
    assertEquals("default", choose(63_000, 6, 16_000, true, 12 * GB, 60, 0.16).featureSet(), "a channel: WNUT17");
    assertEquals("default", choose(8_500, 9, 24_000, true, 6 * GB, 30, 0.10).featureSet(), "a channel: CrossNER");
    assertEquals("default", choose(600, 2, 0, false, 6 * GB, 30).featureSet(), "little data");
  }
}
