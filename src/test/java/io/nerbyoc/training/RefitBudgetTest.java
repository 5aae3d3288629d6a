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

  /** The first training's share leaves the refit the time refitWontFit asks for, even when it runs to its deadline. */
  @Test
  void the_first_training_leaves_room_for_its_refit() {
    double budget = 30 * 60;
    for (long[] tv : new long[][] {{65_159, 15_581}, {35_000, 4_000}, {10_000, 30_000}}) {
      double share = TrainingJob.shareBeforeRefit(tv[0], tv[1]);
      double first = share * budget;
      double left = (TrainingJob.SHARE_ALONE - TrainingJob.SHARE_BETWEEN) * budget - first;
      assertEquals(null, TrainingJob.refitWontFit(first, tv[0], tv[1], left + 1), "tokens " + tv[0] + " + " + tv[1]);
    }
    assertEquals(0.30, TrainingJob.shareBeforeRefit(80_000, 20_000), 1e-9, "0.75 / (1 + 1.25 x 1.2)");
  }
}
