package io.nerbyoc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.api.Test;

class CrfTrainerTest {

  /** The iterations hyperparameter must reach the optimiser CoreNLP actually runs (L-BFGS). */
  @Test
  void iterations_cap_corenlps_lbfgs() {
    TrainSpec spec = new TrainSpec("crf", 7, 1, io.nerbyoc.tags.TagScheme.BIO, "default", 1, false, false, false, false, 42);
    CRFClassifier<CoreLabel> crf = new CRFClassifier<>(CrfTrainer.properties(spec));
    assertEquals(7, crf.flags.maxQNItr);
    assertEquals(5, crf.flags.QNsize);
  }
}
