package io.nerbyoc.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.nerbyoc.core.GoldSpan;
import io.nerbyoc.core.TokenSentence;
import io.nerbyoc.core.TokenSpan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseAugmentationTest {

  private static LabelledDoc doc(String origin, TokenSentence... sentences) {
    DocBuilder b = new DocBuilder(origin);
    for (TokenSentence s : sentences) {
      b.add(s);
    }
    return b.build();
  }

  private static TokenSentence s(String text, TokenSpan... names) {
    return new TokenSentence(List.of(text.split(" ")), List.of(names));
  }

  private static String covered(LabelledDoc d, GoldSpan g) {
    int from = d.text().offsetByCodePoints(0, g.start());
    return d.text().substring(from, d.text().offsetByCodePoints(from, g.end() - g.start()));
  }

  /** Issue 22: signature blocks in capitals ("UNION BANK") were missed; the CRF had never seen a name in capitals. */
  @Test
  void sentences_with_entities_get_a_copy_in_capitals_with_the_same_labels_in_their_own_document() {
    LabelledDoc d = doc("a.conll", s("Union Bank of California lent to Straße AG .", new TokenSpan(0, 4, "ORG"),
        new TokenSpan(6, 8, "ORG")), s("No names here ."));
    CaseAugmentation.Result r = CaseAugmentation.augment(List.of(d), 1.0, 42);
    assertEquals(1, r.copied());
    assertEquals(1, r.candidates(), "a sentence without entities is not a candidate");
    LabelledDoc a = r.docs().get(0);
    assertEquals(3, a.sentences().size());
    TokenSentence copy = a.sentences().get(2);
    assertEquals(List.of("UNION", "BANK", "OF", "CALIFORNIA", "LENT", "TO", "STRAßE", "AG", "."),
        copy.words(), "one code point for one: ß keeps its length");
    assertEquals(d.sentences().get(0).names(), copy.names());
    assertEquals(4, a.spans().size());
    List<String> texts = new ArrayList<>();
    for (GoldSpan g : a.spans()) {
      texts.add(covered(a, g) + "/" + g.label());
    }
    assertEquals(List.of("Union Bank of California/ORG", "Straße AG/ORG", "UNION BANK OF CALIFORNIA/ORG", "STRAßE AG/ORG"),
        texts);
    assertEquals(d.text() + "\n" + "UNION BANK OF CALIFORNIA LENT TO STRAßE AG .", a.text());
  }

  @Test
  void the_share_is_drawn_with_the_seed_and_zero_changes_nothing() {
    List<LabelledDoc> docs = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      docs.add(doc("d" + i, s("Ann met Bob in Paris .", new TokenSpan(0, 1, "PER"), new TokenSpan(4, 5, "LOC"))));
    }
    CaseAugmentation.Result half = CaseAugmentation.augment(docs, 0.5, 7);
    assertEquals(200, half.candidates());
    assertEquals(half.docs(), CaseAugmentation.augment(docs, 0.5, 7).docs(), "deterministic");
    assertEquals(true, half.copied() > 70 && half.copied() < 130, "about half: " + half.copied());
    CaseAugmentation.Result none = CaseAugmentation.augment(docs, 0, 7);
    assertSame(docs, none.docs());
    LabelledDoc caps = doc("c", s("ANN MET BOB .", new TokenSpan(0, 1, "PER")));
    assertEquals(0, CaseAugmentation.augment(List.of(caps), 1.0, 7).copied(), "already in capitals");
  }
}
