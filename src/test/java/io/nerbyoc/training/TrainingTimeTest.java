package io.nerbyoc.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TrainingTimeTest {
  /** WNUT17's sizes: 63k training tokens, a 16k validation channel, 6 types (13 classes), 2 threads. */
  private static final AutoChoice.Inputs WNUT = new AutoChoice.Inputs(63_000, 6, 16_000, true, 2, 6L << 30, 30, 0.16);

  /** The first training is the same with or without a refit after it: its CRF does not learn the validation tokens. */
  @Test
  void a_refit_leaves_the_first_training_as_it_is() {
    TrainingTime with = TrainingTime.of(WNUT, true, true, true, 1);
    TrainingTime without = TrainingTime.of(WNUT, true, true, false, 1);
    assertEquals(without.seconds(), with.firstSeconds(), 1e-9);
    assertEquals(0, without.refitSeconds());
    // Features: 79k tokens tagged at 3,000 + 700 per second and thread, 69.6 s; CRF: 2.5e-6 s x 63k x 13 / 2 = 1.02 s an
    // iteration, 150 iterations.
    assertEquals(69.6 + 153.6, with.firstSeconds(), 0.1);
  }

  /**
   * The warm refit reuses the feature layers (but for the serving encoder tagger, 15 % of their time) and runs at most as
   * many CRF iterations as the first training, on training + validation tokens: what TrainingJob.warmRefitSeconds
   * measures at run time. Counted as a second CRF on top of a first one charged for the validation tokens too, WNUT17 was
   * estimated at 454.7 s.
   */
  @Test
  void the_warm_refit_costs_its_iterations_on_all_the_tokens_once() {
    TrainingTime t = TrainingTime.of(WNUT, true, true, true, 1);
    double perIteration = TrainingTime.CRF_SECONDS_PER_TOKEN_CLASS * (63_000 + 16_000) * 13 / 2;
    double features = 69.6;
    assertEquals(features * TrainingJob.WARM_SETUP_SHARE + perIteration * 150, t.refitSeconds(), 0.1);
    assertEquals(150, t.refitIterations());
    assertEquals(426.2, t.seconds(), 0.1);
  }
}
