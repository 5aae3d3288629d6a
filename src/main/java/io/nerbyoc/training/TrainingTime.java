package io.nerbyoc.training;

import java.util.Locale;

/**
 * {@code auto}'s estimate of how long a recipe trains: the first training and, when the recipe
 * has one, the refit. Per-token costs measured on the shared 2-core machine (docs/TRAINING.md);
 * they only have to rank recipes and keep a margin, since the CRF also stops at the deadline
 * with the weights it has.
 *
 * @param refitIterations the refit's CRF iterations (0 without a refit)
 */
record TrainingTime(double firstSeconds, double refitSeconds, int refitIterations) {
  // CRF seconds per L-BFGS iteration are about this much per token and tag class, divided by the threads.
  static final double CRF_SECONDS_PER_TOKEN_CLASS = 2.5e-6;
  /** L-BFGS iterations to expect: with validation data training stops when F1 stops improving. */
  static final int CRF_ITERATIONS_WITH_VALIDATION = 150;
  static final int CRF_ITERATIONS = 300;
  /** Tokens per second and thread that the embedded models tag (pretrained_tags) and the encoder encodes (encoder_tags). */
  static final double PRETRAINED_TOKENS_PER_SECOND = 3_000;
  static final double ENCODER_TOKENS_PER_SECOND = 700;

  static TrainingTime of(AutoChoice.Inputs in, boolean tags, boolean encoder, boolean refit, int minCutoff) {
    double threads = Math.max(1, in.threads());
    int classes = 2 * in.types() + 1;
    double perTokenIteration = CRF_SECONDS_PER_TOKEN_CLASS * classes / threads / (minCutoff > 1 ? 1.5 : 1);
    int iterations = in.validationTokens() > 0 ? CRF_ITERATIONS_WITH_VALIDATION : CRF_ITERATIONS;
    double tagged = in.tokens() + in.validationTokens();
    double features = (tags ? tagged / (PRETRAINED_TOKENS_PER_SECOND * threads) : 0)
        + (encoder ? tagged / (ENCODER_TOKENS_PER_SECOND * threads) : 0);
    // The first CRF learns the training tokens only; the validation tokens are the refit's.
    double first = features + perTokenIteration * in.tokens() * iterations;
    if (!refit) {
      return new TrainingTime(first, 0, 0);
    }
    // As TrainingJob.warmRefitSeconds counts it: the feature layers are reused (but for the serving encoder tagger,
    // trained again), and the warm-started CRF runs at most as many iterations as the first, on training + validation.
    double refitSeconds = features * TrainingJob.WARM_SETUP_SHARE + perTokenIteration * tagged * iterations;
    return new TrainingTime(first, refitSeconds, iterations);
  }

  double seconds() {
    return firstSeconds + refitSeconds;
  }

  /** For the log: the total and, with a refit, what it is made of. */
  String describe() {
    return refitIterations == 0 ? String.format(Locale.ROOT, "%.1f min", seconds() / 60)
        : String.format(Locale.ROOT, "%.1f min (first training %.1f, then warm refit %.1f: up to %d CRF iterations on "
            + "training + validation tokens, feature layers reused)", seconds() / 60, firstSeconds / 60,
            refitSeconds / 60, refitIterations);
  }
}
