package io.nerbyoc.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RefitBudgetTest {

  /** A refit cut short by the deadline would ship a worse model than the one before it. */
  @Test
  void a_refit_that_would_not_finish_in_the_budget_is_skipped_with_the_reason() {
    assertEquals(null, TrainingJob.refitWontFit(600, 80_000, 20_000, 1_000), "750 s x 1.2 = 900 s fits in 1000 s");
    String why = TrainingJob.refitWontFit(600, 80_000, 20_000, 800);
    assertTrue(why.startsWith("it would take about 15 min (the first training took 10) and 13 min are left"), why);
    assertTrue(why.endsWith("raise max_training_minutes to refit"), why);
  }
}
