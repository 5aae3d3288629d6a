package io.nerbyoc.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nerbyoc.core.GoldSpan;
import io.nerbyoc.data.DocSplitter;
import io.nerbyoc.data.LabelledDoc;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** validation_split=0.1 on 3 documents holds out nothing; the log says so, not "validation_split=0". */
class NoValidationMessageTest {

  @Test
  void too_few_pieces_is_said_as_it_is() {
    List<LabelledDoc> docs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      docs.add(new LabelledDoc("f.jsonl:" + (i + 1), "Globex hired Ada.", List.of(new GoldSpan(0, 6, "ORG")), null));
    }
    DocSplitter.Split split = DocSplitter.split(docs, 0.1, 1);
    assertEquals(0, split.validation().size());
    String why = TrainingJob.noneHeldOut(0.1, split.train().size());
    assertTrue(why.contains("validation_split=0.1 held out 0 of 3 piece(s)"), why);
    assertTrue(why.contains("too few to hold out 10.0 %"), why);
    assertTrue(why.contains("at least 5 pieces are needed"), why);
    assertTrue(why.contains("5 JSON Lines documents or 41 sentences"), why);
    assertTrue(!why.contains("validation_split=0 "), why);
  }

  @Test
  void min_pieces_is_where_rounding_first_holds_one_out() {
    assertEquals(5, DocSplitter.minPieces(0.1));
    assertEquals(1, DocSplitter.minPieces(0.5));
    assertEquals(3, DocSplitter.minPieces(0.2));
    for (double f : new double[] {0.01, 0.05, 0.1, 0.25, 0.5}) {
      int n = DocSplitter.minPieces(f);
      List<LabelledDoc> docs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        docs.add(new LabelledDoc("d" + i, "Ada.", List.of(), null));
      }
      assertEquals(1, DocSplitter.split(docs, f, 7).validation().size(), "fraction " + f);
    }
  }

  @Test
  @org.junit.jupiter.api.Timeout(5)
  void a_tiny_validation_split_gets_an_answer_not_a_hang() {
    // The counting loop this replaced never ended below about 2.3e-10 (int overflow).
    assertEquals(Integer.MAX_VALUE, DocSplitter.minPieces(1e-12));
    assertEquals(500_000_000, DocSplitter.minPieces(1e-9));
  }
}
