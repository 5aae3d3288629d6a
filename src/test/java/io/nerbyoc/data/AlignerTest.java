package io.nerbyoc.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nerbyoc.core.GoldSpan;
import io.nerbyoc.core.Token;
import io.nerbyoc.core.TokenSentence;
import io.nerbyoc.core.TokenSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AlignerTest {
  /** Words and runs of other symbols as tokens, one sentence per line: enough to test alignment. */
  private static List<List<Token>> tokenize(String text) {
    List<List<Token>> out = new ArrayList<>();
    int offset = 0;
    for (String line : text.split("\n", -1)) {
      List<Token> s = new ArrayList<>();
      Matcher m = Pattern.compile("\\w+|[^\\w\\s]+").matcher(line);
      while (m.find()) {
        s.add(new Token(m.group(), offset + m.start(), offset + m.end()));
      }
      out.add(s);
      offset += line.length() + 1;
    }
    return out;
  }

  private final Aligner aligner = new Aligner(AlignerTest::tokenize);

  @Test
  void maps_code_point_spans_onto_tokens() {
    LabelledDoc d = new LabelledDoc("f:1", "😀 Acme Corp hired Ann.\nBob left.",
        List.of(new GoldSpan(2, 11, "ORG"), new GoldSpan(18, 21, "PER"), new GoldSpan(23, 26, "PER")), null);
    List<TokenSentence> s = aligner.align(List.of(d)).get(0).sentences();
    assertEquals(2, s.size());
    assertEquals(List.of(new TokenSpan(1, 3, "ORG"), new TokenSpan(4, 5, "PER")), s.get(0).names()); // 0 = the emoji
    assertEquals(List.of(new TokenSpan(0, 1, "PER")), s.get(1).names());
  }

  @Test
  void span_inside_a_token_names_file_line_and_span() {
    LabelledDoc d = new LabelledDoc("data.jsonl:7", "Acme hired Ann.", List.of(new GoldSpan(0, 3, "ORG")), null);
    DataFormatException e = assertThrows(DataFormatException.class, () -> aligner.align(List.of(d)));
    assertTrue(e.getMessage().startsWith("data.jsonl:7: span [0, 3, \"ORG\"] ('Acm') does not start and end on token boundaries"),
        e.getMessage());
  }

  @Test
  void span_with_a_trailing_space_or_across_sentences_is_misaligned() {
    assertThrows(DataFormatException.class, () -> aligner.align(List.of(
        new LabelledDoc("f:1", "Acme hired", List.of(new GoldSpan(0, 5, "ORG")), null))));
    assertThrows(DataFormatException.class, () -> aligner.align(List.of(
        new LabelledDoc("f:1", "Acme\nCorp", List.of(new GoldSpan(0, 9, "ORG")), null))));
  }

  @Test
  void retokenize_snaps_column_entities_to_server_tokens_and_drops_split_ones() {
    // The file had "I'm" and "Acme-Corp" as single tokens; this tokenizer splits both.
    LabelledDoc d = new LabelledDoc("f:1", "I'm at Acme-Corp\nx", List.of(new GoldSpan(7, 16, "ORG")),
        List.of(new TokenSentence(List.of("I'm", "at", "Acme-Corp"), List.of(new TokenSpan(2, 3, "ORG"))),
            new TokenSentence(List.of("x"), List.of())));
    int[] dropped = {0};
    List<TokenSentence> s = aligner.retokenize(List.of(d), dropped).get(0).sentences();
    assertEquals(List.of("I", "'", "m", "at", "Acme", "-", "Corp"), s.get(0).words());
    assertEquals(List.of(new TokenSpan(4, 7, "ORG")), s.get(0).names());
    LabelledDoc across = new LabelledDoc("f:1", "Acme\nCorp", List.of(new GoldSpan(0, 9, "ORG")),
        List.of(new TokenSentence(List.of("Acme", "Corp"), List.of(new TokenSpan(0, 2, "ORG")))));
    aligner.retokenize(List.of(across), dropped);
    assertEquals(1, dropped[0]);
  }

  @Test
  void a_span_cutting_a_token_shows_the_tokens_and_the_nearest_whole_token_offsets() {
    // The server's tokenizer keeps "Inc." whole, so [0, 10) ends inside it; the fix is [0, 11).
    Aligner real = new Aligner(io.nerbyoc.engine.corenlp.TextTokenizer.of(io.nerbyoc.config.NewlineMode.TWO));
    LabelledDoc d = new LabelledDoc("train.jsonl:1", "Globex Inc. hired Ann.", List.of(new GoldSpan(0, 10, "ORG")), null);
    DataFormatException e = assertThrows(DataFormatException.class, () -> real.align(List.of(d)));
    String m = e.getMessage();
    assertTrue(m.startsWith("train.jsonl:1: span [0, 10, \"ORG\"] ('Globex Inc') does not start and end on token "
        + "boundaries: it ends inside the token 'Inc.' [7, 11)"), m);
    assertTrue(m.contains("Tokens there: 'Globex' [0, 6) 'Inc.' [7, 11) 'hired' [12, 17)"), m);
    assertTrue(m.contains("nearest whole-token span: [0, 11) ('Globex Inc.')"), m);
    assertTrue(!m.contains("whole words"), m);
  }

  @Test
  void every_bad_span_is_reported_at_once_up_to_a_cap() {
    List<LabelledDoc> docs = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      docs.add(new LabelledDoc("f.jsonl:" + i, "Acme hired Ann.", List.of(new GoldSpan(0, 3, "ORG"), new GoldSpan(11, 14, "PER")), null));
    }
    docs.add(new LabelledDoc("f.jsonl:26", "Acme\nCorp", List.of(new GoldSpan(0, 9, "ORG")), null));
    DataFormatException e = assertThrows(DataFormatException.class, () -> aligner.align(docs));
    String m = e.getMessage();
    assertTrue(m.startsWith("26 spans do not start and end on token boundaries (the first 20 below)."), m);
    assertEquals(20, m.lines().filter(l -> l.startsWith("  f.jsonl:")).count(), m);
    assertTrue(m.contains("  f.jsonl:1: span [0, 3, \"ORG\"] ('Acm')") && m.contains("  f.jsonl:20: "), m);
    assertTrue(m.endsWith("... and 6 more."), m);
    // A span across a sentence break says so.
    DataFormatException x = assertThrows(DataFormatException.class, () -> aligner.align(List.of(docs.get(25))));
    assertTrue(x.getMessage().contains("it crosses a sentence break") && x.getMessage().contains("'Acme' [0, 4) | 'Corp' [5, 9)"),
        x.getMessage());
  }
}
