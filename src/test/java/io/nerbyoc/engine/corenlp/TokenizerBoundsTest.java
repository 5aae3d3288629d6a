package io.nerbyoc.engine.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nerbyoc.config.NewlineMode;
import io.nerbyoc.core.Checkpoint;
import io.nerbyoc.core.TextBounds;
import io.nerbyoc.core.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words joined by non-ASCII spaces (found by scripts/fuzz_serve.py): CoreNLP's tokenizer is
 * quadratic on them. 32,768 characters of "a\u2028" (one tokenizer piece) took about a minute;
 * two such documents in one request kept both workers silent past NER_STUCK_EXIT_S and the JVM
 * exited with code 6.
 */
class TokenizerBoundsTest {
  private static final TextTokenizer TOKENIZER = TextTokenizer.of(NewlineMode.ALWAYS);

  @Test
  void words_joined_by_unusual_spaces_tokenise_in_linear_time() {
    TOKENIZER.apply("warm up"); // load the lexer once
    for (char sep : new char[] {'\u2028', '\u00a0', '\u000b', '\u001c', '\u1680', '\u2003', '\u3000'}) {
      String text = ("a" + sep).repeat(TextBounds.SEGMENT_CHARS / 2);
      // The thread's CPU time, not the wall clock: on a loaded machine only the former measures the work.
      long t0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      List<List<Token>> sentences = TOKENIZER.tokenize(text, Checkpoint.NONE);
      long ms = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - t0) / 1_000_000;
      // Before the fix: 3 to 5 s for a quarter of this text, about a minute for all of it.
      assertTrue(ms < 3_000, "U+" + Integer.toHexString(sep) + " took " + ms + " ms");
      int tokens = sentences.stream().mapToInt(List::size).sum();
      assertEquals(TextBounds.SEGMENT_CHARS / 2, tokens, "U+" + Integer.toHexString(sep));
      Token last = sentences.get(sentences.size() - 1).get(sentences.get(sentences.size() - 1).size() - 1);
      assertEquals("a", text.substring(last.begin(), last.end()));
    }
  }

  @Test
  void tokens_spanning_spaces_reach_the_models_cut_to_max_run() {
    String[] texts = {". ".repeat(20_000), "<a " + "b ".repeat(16_000) + ">", "<!-- " + "x ".repeat(16_000) + "-->"};
    for (String text : texts) {
      List<List<Token>> sentences = TOKENIZER.tokenize(text, Checkpoint.NONE);
      for (List<Token> s : sentences) {
        for (Token t : s) {
          assertTrue(t.word().codePointCount(0, t.word().length()) <= TextBounds.MAX_RUN, text.substring(0, 10));
          assertTrue(t.end() <= text.length());
        }
      }
      Token first = sentences.get(0).get(0);
      // the ellipsis (or tag) still covers its whole span of the original text
      assertTrue(first.end() - first.begin() > TextBounds.MAX_RUN, text.substring(0, 10));
    }
  }

  @Test
  void a_long_ellipsis_reaches_the_crfs_as_a_short_token() {
    // Before: 20,000 ". " (40 KB of text/plain) made the accurate profile's JVM run out of memory at -Xmx1g.
    String text = ". ".repeat(20_000);
    List<Token> tokens = TOKENIZER.tokenize(text, Checkpoint.NONE).get(0);
    assertEquals(TextBounds.MAX_RUN, tokens.get(0).word().length());
  }
}
