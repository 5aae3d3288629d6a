package io.nerbyoc.spacy.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nerbyoc.engine.encoder.PieceVectors;
import io.nerbyoc.spacy.SpacyPipeline;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Runs without spaces that took spaCy's affix loop minutes (the fuzzer's path_brackets_mix) tokenize in bounded time. */
class LongRunTest {
  @Test
  void a_forty_thousand_character_run_of_brackets_tokenizes_in_well_under_a_second_per_ten_thousand() {
    SpacyPipeline nlp = SpacyPipeline.load(Path.of("src/main/models/learned/ner-spacy18"), PieceVectors.shipped(Path.of("target/models")));
    Random random = new Random(7);
    String alphabet = "()[]{}<>";
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 40_000; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    String text = b.toString();
    // The thread's CPU time, not the wall clock: on a loaded machine only the former measures the work.
    long t0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    List<SpacyToken> tokens = nlp.tokenize(text);
    double seconds = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - t0) / 1e9;
    assertTrue(seconds < 10, "took " + seconds + " s");
    // The pieces still cover the text exactly.
    StringBuilder joined = new StringBuilder();
    tokens.forEach(t -> joined.append(t.text()));
    assertEquals(text, joined.toString());
    assertEquals(text.length(), tokens.get(tokens.size() - 1).end());
  }

  @Test
  void a_long_run_ending_in_a_surrogate_pair_is_not_cut_inside_it() {
    SpacyPipeline nlp = SpacyPipeline.load(Path.of("src/main/models/learned/ner-spacy18"), PieceVectors.shipped(Path.of("target/models")));
    String text = "x".repeat(SpacyTokenizer.LONG_RUN - 1) + "\uD835\uDC00" + "y".repeat(10);
    StringBuilder joined = new StringBuilder();
    for (SpacyToken t : nlp.tokenize(text)) {
      assertTrue(!Character.isLowSurrogate(text.charAt(t.begin())), "a token starts inside a surrogate pair at " + t.begin());
      joined.append(t.text());
    }
    assertEquals(text, joined.toString());
  }
}
