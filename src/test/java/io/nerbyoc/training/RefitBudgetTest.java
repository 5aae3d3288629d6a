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
      double share = TrainingJob.shareBeforeRefit(tv[0], tv[1], 1);
      double first = share * budget;
      double left = (TrainingJob.SHARE_ALONE - TrainingJob.SHARE_BETWEEN) * budget - first;
      assertEquals(null, TrainingJob.refitWontFit(first, tv[0], tv[1], left + 1), "tokens " + tv[0] + " + " + tv[1]);
    }
    assertEquals(0.30, TrainingJob.shareBeforeRefit(80_000, 20_000, 1), 1e-9, "0.75 / (1 + 1.25 x 1.2)");
  }

  /**
   * A warm-started CRF refit costs about half the first training per token, so the first may use
   * more of the budget, and the refit still gets its fewest worthwhile iterations when the first
   * runs to its planned end.
   */
  @Test
  void a_warm_refit_leaves_the_first_training_more_and_still_fits() {
    assertEquals(0.75 / 1.75, TrainingJob.shareBeforeRefit(80_000, 20_000, TrainingJob.WARM_REFIT_COST), 1e-9,
        "0.75 / (1 + 0.5 x 1.25 x 1.2)");
    double budget = 30 * 60;
    for (long[] tv : new long[][] {{65_159, 15_581}, {35_000, 4_000}, {10_000, 30_000}}) {
      double first = TrainingJob.shareBeforeRefit(tv[0], tv[1], TrainingJob.WARM_REFIT_COST) * budget;
      double left = (TrainingJob.SHARE_ALONE - TrainingJob.SHARE_BETWEEN) * budget - first;
      // Half of it features, half the CRF, 80 iterations.
      assertEquals(null, TrainingJob.warmRefitWontFit(first, first / 2, 80, tv[0], tv[1], left + 1),
          "tokens " + tv[0] + " + " + tv[1]);
    }
  }

  /** Only the fewest worthwhile iterations must fit: the time budget may end a warm refit, which is trained at every iteration. */
  @Test
  void a_warm_refit_runs_when_its_fewest_iterations_fit_and_says_so() {
    // 600 s of features, 400 s of CRF for 80 iterations (5 s each, 6.25 s with 25 % more tokens): 20 iterations and
    // 15 % of the features' time take 125 + 90 = 215 s, x 1.2 = 258 s.
    assertEquals(null, TrainingJob.warmRefitWontFit(1000, 400, 80, 80_000, 20_000, 260));
    String why = TrainingJob.warmRefitWontFit(1000, 400, 80, 80_000, 20_000, 250);
    assertTrue(why.startsWith("even 20 iterations of a warm-started refit would take about 4.3 min"), why);
    String plan = TrainingJob.warmRefitPlan(1000, 400, 80, 80_000, 20_000, 260);
    assertTrue(plan.contains("up to 80 iterations") && plan.contains("the time budget may end it sooner"), plan);
    assertTrue(!TrainingJob.warmRefitPlan(1000, 400, 80, 80_000, 20_000, 1000).contains("sooner"));
  }
}
