package io.nerbyoc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.nerbyoc.config.NewlineMode;
import io.nerbyoc.core.Checkpoint;
import io.nerbyoc.core.TextBounds;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words joined by non-ASCII spaces (found by scripts/fuzz_serve.py): CoreNLP's tokenizer is
 * quadratic on them. 32,768 characters of "a\u2028" (one tokenizer piece) took about a minute;
 * two such documents in one request kept both workers silent past NER_STUCK_EXIT_S and the JVM
 * exited with code 6.
 */
class TokenizerBoundsTest {
  private static final StanfordCoreNLP TOKENIZER =
      new StanfordCoreNLP(CoreNlpRecognizer.tokenizerProperties(NewlineMode.ALWAYS));

  @Test
  void words_joined_by_unusual_spaces_tokenise_in_linear_time() {
    TOKENIZER.annotate(new edu.stanford.nlp.pipeline.Annotation("warm up")); // load the lexer once
    for (char sep : new char[] {'\u2028', '\u00a0', '\u000b', '\u001c', '\u1680', '\u2003', '\u3000'}) {
      String text = ("a" + sep).repeat(TextBounds.SEGMENT_CHARS / 2);
      long t0 = System.nanoTime();
      List<List<CoreLabel>> sentences = CoreNlpRecognizer.sentences(TOKENIZER, text, Checkpoint.NONE);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      // Before the fix: 3 to 5 s for a quarter of this text, about a minute for all of it.
      assertTrue(ms < 3_000, "U+" + Integer.toHexString(sep) + " took " + ms + " ms");
      int tokens = sentences.stream().mapToInt(List::size).sum();
      assertEquals(TextBounds.SEGMENT_CHARS / 2, tokens, "U+" + Integer.toHexString(sep));
      CoreLabel last = sentences.get(sentences.size() - 1).get(sentences.get(sentences.size() - 1).size() - 1);
      assertEquals("a", text.substring(last.beginPosition(), last.endPosition()));
    }
  }
}
