package io.nerbyoc.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nerbyoc.core.CleanText;
import io.nerbyoc.core.GoldSpan;
import io.nerbyoc.data.LabelledDoc;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseVariantNoisyTest {

  @Test
  void noise_moves_the_gold_spans_with_the_text_and_cleans_back() {
    String text = "The \"Massachusetts Institute\" of Technology and AT&T's engineers met in Philadelphia yesterday.\n"
        + "Representatives from Pennsylvania answered questions concerning infrastructure investments.";
    int mit = text.indexOf("Massachusetts");
    int att = text.indexOf("AT&T");
    int phil = text.indexOf("Philadelphia");
    LabelledDoc d = new LabelledDoc("t", text, List.of(
        new GoldSpan(mit, mit + "Massachusetts Institute".length(), "ORG"),
        new GoldSpan(att, att + 4, "ORG"),
        new GoldSpan(phil, phil + 12, "GPE")), null);
    LabelledDoc noisy = CaseVariant.NOISY.apply(d);
    assertNotEquals(text, noisy.text());
    assertTrue(noisy.text().contains("&amp;") && noisy.text().contains("\r\n") && noisy.text().contains("\u2019"), noisy.text());
    assertTrue(noisy.text().contains("\u00ad") || noisy.text().contains("\u200b") || noisy.text().contains("-\n"), noisy.text());
    int[] cps = noisy.text().codePoints().toArray();
    List<String> spans = noisy.spans().stream().map(g -> new String(cps, g.start(), g.end() - g.start())).toList();
    // what the noisy spans say once cleaned is what the clean ones said
    assertEquals(List.of("Massachusetts Institute", "AT&T", "Philadelphia"),
        spans.stream().map(s -> CleanText.of(s).text().replace('\u00a0', ' ').replaceAll("[ \t]+", " ")).toList());
  }
}
