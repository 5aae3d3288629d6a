package io.nerbyoc.engine.casing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The truecase list distilled at build time (target/models/ner-truecase.tsv.gz) and the rules around it. */
class TrueCaserTest {
  private static final TrueCaser SHIPPED = TrueCaser.load(Path.of("target/models"));

  @Test
  void shippedListCasesWordsAsProseDoes() {
    assertArrayEquals(new String[] {"Paris", "NASA", "McDonald", "the", "said"},
        SHIPPED.recase(new String[] {"PARIS", "nasa", "mcdonald", "THE", "said"}));
    assertArrayEquals(new String[] {"in", "New", "York"}, SHIPPED.recase(new String[] {"in", "new", "york"}));
  }

  @Test
  void firstWordAfterTitleUnknownAndPairRules() {
    TrueCaser tc = new TrueCaser(Map.of("visits", "visits", "smith", "Smith", "actor a", "Actor A", "actor", "actor", "a", "a"));
    assertEquals(List.of("Visits", "mr.", "Smith", "."), words(tc.recase(labels("visits", "mr.", "smith", "."))));
    assertEquals(List.of("\"", "Mr", "Budjana"), words(tc.recase(labels("\"", "mr", "budjana"))), "unknown words are names");
    assertEquals(List.of("An", "Actor", "a"), words(tc.recase(labels("an", "actor", "a"))), "no short word capitalised by a pair");
  }

  private static List<CoreLabel> labels(String... words) {
    List<CoreLabel> out = new ArrayList<>();
    for (String w : words) {
      CoreLabel l = new CoreLabel();
      l.setWord(w);
      l.setValue(w);
      out.add(l);
    }
    return out;
  }

  private static List<String> words(List<CoreLabel> labels) {
    return labels.stream().map(CoreLabel::word).toList();
  }
}
