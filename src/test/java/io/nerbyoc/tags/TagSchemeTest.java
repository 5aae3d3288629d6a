package io.nerbyoc.tags;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nerbyoc.core.TokenSpan;
import io.nerbyoc.tags.Tag.Place;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagSchemeTest {
  // Tokens 0-1 PER, 2-3 PER (adjacent, same label), 4 O, 5 ORG, 6-8 creative-work, 9 LOC.
  private static final List<TokenSpan> SPANS = List.of(
      new TokenSpan(0, 2, "PER"), new TokenSpan(2, 4, "PER"), new TokenSpan(5, 6, "ORG"),
      new TokenSpan(6, 9, "creative-work"), new TokenSpan(9, 10, "LOC"));

  private static String[] tags(String s) {
    return s.split(" ");
  }

  @Test
  void each_scheme_encodes_as_its_convention_says() {
    assertArrayEquals(tags("B-PER I-PER B-PER I-PER O B-ORG B-creative-work I-creative-work I-creative-work B-LOC"),
        TagScheme.BIO.encode(SPANS, 10));
    assertArrayEquals(tags("B-PER E-PER B-PER E-PER O S-ORG B-creative-work I-creative-work E-creative-work S-LOC"),
        TagScheme.BILOU.encode(SPANS, 10));
    assertArrayEquals(tags("I-PER I-PER B-PER I-PER O I-ORG I-creative-work I-creative-work I-creative-work I-LOC"),
        TagScheme.IOB1.encode(SPANS, 10));
    assertArrayEquals(tags("I-PER I-PER I-PER I-PER O I-ORG I-creative-work I-creative-work I-creative-work I-LOC"),
        TagScheme.IO.encode(SPANS, 10));
  }

  @Test
  void bio_iob1_and_bilou_round_trip() {
    for (TagScheme s : List.of(TagScheme.BIO, TagScheme.IOB1, TagScheme.BILOU)) {
      assertEquals(SPANS, TagScheme.decode(s.encode(SPANS, 10)), s.name());
      assertEquals(List.of(), TagScheme.decode(s.encode(List.of(), 3)), s.name());
    }
  }

  @Test
  void io_round_trips_except_where_entities_of_one_label_touch() {
    List<TokenSpan> apart = List.of(new TokenSpan(0, 2, "PER"), new TokenSpan(3, 4, "PER"), new TokenSpan(4, 6, "ORG"));
    assertEquals(apart, TagScheme.decode(TagScheme.IO.encode(apart, 7)));
    assertEquals(new TokenSpan(0, 4, "PER"), TagScheme.decode(TagScheme.IO.encode(SPANS, 10)).get(0), "IO cannot tell them apart");
  }

  @Test
  void bilou_letters_read_as_iobes_ones() {
    assertEquals(TagScheme.decode(tags("B-PER E-PER S-ORG")), TagScheme.decode(tags("B-PER L-PER U-ORG")));
    assertEquals(List.of(new TokenSpan(0, 1, "ORG"), new TokenSpan(1, 2, "ORG")), TagScheme.decode(tags("U-ORG U-ORG")));
  }

  @Test
  void ill_formed_sequences_are_read_as_conlleval_reads_them() {
    assertEquals(List.of(new TokenSpan(1, 3, "PER")), TagScheme.decode(tags("O I-PER I-PER")), "I- after O starts an entity");
    assertEquals(List.of(new TokenSpan(0, 1, "PER"), new TokenSpan(1, 2, "ORG")), TagScheme.decode(tags("B-PER I-ORG")),
        "a new label starts a new entity");
    assertEquals(List.of(new TokenSpan(0, 2, "PER"), new TokenSpan(2, 3, "PER")), TagScheme.decode(tags("B-PER E-PER I-PER")),
        "E- ends the entity; what follows starts another");
    assertEquals(List.of(new TokenSpan(0, 1, "PER")), TagScheme.decode(tags("E-PER O")), "a lone E- is a one-token entity");
    assertEquals(List.of(new TokenSpan(0, 2, "PER")), TagScheme.decode(tags("B-PER I-PER")), "the sentence end closes an entity");
    assertEquals(List.of(new TokenSpan(0, 1, "PER"), new TokenSpan(1, 3, "PER")), TagScheme.decode(tags("B-PER B-PER I-PER")));
    assertEquals(List.of(new TokenSpan(0, 2, "PER"), new TokenSpan(3, 4, "LOC")), TagScheme.decode(tags("PER PER O LOC")),
        "bare labels are IO");
  }

  @Test
  void labels_may_contain_hyphens_and_prefix_letters() {
    assertEquals(new Tag(Place.BEGIN, "creative-work"), Tag.parse("B-creative-work"));
    assertEquals(new Tag(Place.INSIDE, "B-X"), Tag.parse("I-B-X"));
    assertEquals(new Tag(Place.INSIDE, "PER-X"), Tag.parse("PER-X"), "a bare label with a hyphen later on");
    assertEquals(new Tag(Place.INSIDE, "E"), Tag.parse("E"), "a one-letter bare label");
    assertEquals(List.of(new TokenSpan(0, 2, "E-mail")), TagScheme.decode(TagScheme.BILOU.encode(List.of(new TokenSpan(0, 2, "E-mail")), 2)));
  }

  @Test
  void parse_never_fails_and_parse_strict_explains_typos() {
    assertEquals(Tag.OUTSIDE, Tag.parse("O"));
    assertEquals(new Tag(Place.INSIDE, "X-PER"), Tag.parse("X-PER"), "model output: an unknown prefix is part of the label");
    assertEquals(new Tag(Place.INSIDE, "B-"), Tag.parse("B-"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tag.parseStrict("X-PER"));
    assertTrue(e.getMessage().startsWith("tag 'X-PER' has an unknown prefix"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Tag.parseStrict("B-"));
    assertTrue(e.getMessage().contains("no entity type; write it as B-TYPE"), e.getMessage());
    assertEquals(new Tag(Place.SINGLE, "ORG"), Tag.parseStrict("U-ORG"));
    assertEquals(new Tag(Place.INSIDE, "PER"), Tag.parseStrict("PER"));
  }

  @Test
  void tags_print_in_iobes_letters() {
    assertEquals("O", Tag.OUTSIDE.toString());
    assertEquals("E-PER", Tag.parse("L-PER").toString());
    assertEquals("S-PER", Tag.parse("U-PER").toString());
  }

  @Test
  void encode_rejects_overlapping_or_out_of_range_spans() {
    assertThrows(IllegalArgumentException.class, () -> TagScheme.BIO.encode(List.of(new TokenSpan(0, 2, "A"), new TokenSpan(1, 3, "B")), 3));
    assertThrows(IllegalArgumentException.class, () -> TagScheme.BIO.encode(List.of(new TokenSpan(0, 4, "A")), 3));
    assertThrows(IllegalArgumentException.class, () -> TagScheme.BIO.encode(List.of(new TokenSpan(1, 1, "A")), 3));
  }

  @Test
  void the_hyperparameter_names_a_scheme() {
    assertEquals(TagScheme.BIO, TagScheme.named("bio"));
    assertEquals(TagScheme.BILOU, TagScheme.named("bilou"));
  }
}
