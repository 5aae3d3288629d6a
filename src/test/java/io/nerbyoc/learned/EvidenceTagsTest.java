package io.nerbyoc.learned;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.nerbyoc.core.Entity;
import io.nerbyoc.spacy.text.SpacyToken;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceTagsTest {
  /** Whitespace-separated tokens with UTF-16 offsets, as spaCy's tokenizer gives them. */
  private static List<SpacyToken> tokens(String text) {
    List<SpacyToken> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int j = text.indexOf(' ', i);
      j = j < 0 ? text.length() : j;
      out.add(new SpacyToken(text.substring(i, j), i, j, null, j < text.length()));
      i = j + 1;
    }
    return out;
  }

  private static Entity ent(String text, String span, String label) {
    return ent(text, span, label, 1.0, "rules:names");
  }

  private static Entity ent(String text, String span, String label, double score, String source) {
    int begin = text.indexOf(span);
    int start = text.codePointCount(0, begin);
    return new Entity(start, start + span.codePointCount(0, span.length()), label, span, score, source);
  }

  @Test
  void multi_word_names_are_begin_inside_last_and_single_words_unit() {
    String t = "the Federal Open Market Committee met on Tuesday";
    String[] tags = EvidenceTags.of(t, tokens(t), List.of(ent(t, "the Federal Open Market Committee", "ORG"),
        ent(t, "Tuesday", "DATE"))).tags();
    assertArrayEquals(new String[] {"B-ORG", "I-ORG", "I-ORG", "I-ORG", "L-ORG", "O", "O", "U-DATE"}, tags);
  }

  @Test
  void an_entity_cut_inside_a_token_widens_to_it_and_a_later_overlapping_one_is_dropped() {
    String t = "visit Apple's store in 2024";
    // "Apple" ends inside the token "Apple's"; "Apple's store" overlaps it and comes second by offset.
    String[] tags = EvidenceTags.of(t, tokens(t), List.of(ent(t, "Apple's store", "FAC"), ent(t, "Apple", "ORG"),
        ent(t, "2024", "DATE"))).tags();
    assertArrayEquals(new String[] {"O", "U-ORG", "O", "O", "U-DATE"}, tags);
  }

  @Test
  void offsets_are_code_points_so_letters_beyond_the_bmp_do_not_shift_the_tags() {
    String t = "𝐀𝐧𝐠𝐞𝐥𝐚 met Angela Merkel";
    String[] tags = EvidenceTags.of(t, tokens(t), List.of(ent(t, "Angela Merkel", "PERSON"))).tags();
    assertArrayEquals(new String[] {"O", "O", "B-PERSON", "L-PERSON"}, tags);
  }

  @Test
  void each_token_of_an_entity_carries_its_origin_the_crf_or_rule_stage_and_a_confidence_band() {
    String t = "Jane Doe paid 5 dollars to Acme";
    String[] origins = EvidenceTags.of(t, tokens(t), List.of(
        ent(t, "Jane Doe", "PERSON", 0.95, "english.all.3class.distsim.crf.ser.gz"),
        ent(t, "5 dollars", "MONEY", 0.8, "rules:numbers"),
        ent(t, "Acme", "ORG", 0.5, "english.conll.4class.distsim.crf.ser.gz+retyped"))).lemmas();
    assertArrayEquals(new String[] {"crf-3class|hi", "crf-3class|hi", "O", "rules:numbers|mid", "rules:numbers|mid", "O",
        "crf-4class+retyped|lo"}, origins);
  }

  @Test
  void no_evidence_is_all_outside() {
    String t = "nothing here";
    assertArrayEquals(new String[] {"O", "O"}, EvidenceTags.of(t, tokens(t), List.of()).tags());
  }
}
