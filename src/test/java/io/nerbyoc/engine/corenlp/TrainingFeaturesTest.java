package io.nerbyoc.engine.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A training job's feature layers are computed once per sentence, so a refit reuses them. */
class TrainingFeaturesTest {
  @Test
  void each_sentences_layers_are_computed_once_and_a_refit_keeps_them() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    PretrainedFeatures.TokenFeatures counting = words -> {
      calls.incrementAndGet();
      String[] tags = words.stream().map(w -> "O").toArray(String[]::new);
      return new PretrainedFeatures.Layers(tags, tags, null, null);
    };
    PretrainedFeatures.TrainingFeatures f = new PretrainedFeatures.TrainingFeatures(counting, null);
    List<String> words = new ArrayList<>(List.of("Ann", "visited", "Paris"));
    PretrainedFeatures.Layers first = f.layers(words);
    assertSame(first, f.layers(List.of("Ann", "visited", "Paris")), "equal words, the same layers");
    words.set(0, "Bob"); // the caller's list changing does not change what was stored
    f.layers(words);
    assertEquals(2, calls.get());
    assertEquals(2, f.computedSentences());
    PretrainedFeatures.TrainingFeatures refit = f.forRefit(List.of(), Path.of("unused"), 1);
    assertSame(first, refit.layers(List.of("Ann", "visited", "Paris")));
    assertEquals(2, calls.get());
  }
}
