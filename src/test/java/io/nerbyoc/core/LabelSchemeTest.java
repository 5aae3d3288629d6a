package io.nerbyoc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabelSchemeTest {

  @Test
  void spacy_names_follow_spacys_types() {
    assertEquals("PERSON", LabelScheme.SPACY.map("PERSON", "Ada"));
    assertEquals("ORG", LabelScheme.SPACY.map("ORGANIZATION", "Acme"));
    assertEquals("GPE", LabelScheme.SPACY.map("LOCATION", "Paris"));
    assertEquals("LOC", LabelScheme.SPACY.map("LOCATION", "Rhine River"));
    assertEquals("LOC", LabelScheme.SPACY.map("LOCATION", "Mount Everest"));
    assertEquals("LOC", LabelScheme.SPACY.map("LOCATION", "Lake Geneva"));
    assertEquals("LOC", LabelScheme.SPACY.map("LOCATION", "Gulf of Mexico"));
    assertEquals("LOC", LabelScheme.SPACY.map("LOCATION", "Pacific Ocean"));
    assertEquals("GPE", LabelScheme.SPACY.map("LOCATION", "Salt Lake City"));
    assertEquals("LOC", LabelScheme.SPACY.map("LOCATION", "River Liffey"));
    assertEquals("LOC", LabelScheme.SPACY.map("LOCATION", "San Francisco Bay Area"));
    assertEquals("GPE", LabelScheme.SPACY.map("LOCATION", "Mountain View"));
    assertEquals("GPE", LabelScheme.SPACY.map("LOCATION", "Rhode Island"));
    assertEquals("GPE", LabelScheme.SPACY.map("LOCATION", "Ivory Coast"));
    assertEquals("NORP", LabelScheme.SPACY.map("NATIONALITY", "French"));
    assertEquals("CARDINAL", LabelScheme.SPACY.map("NUMBER", "3"));
    assertEquals("QUANTITY", LabelScheme.SPACY.map("QUANTITY", "300 miles"));
    assertEquals("FAC", LabelScheme.SPACY.map("FAC", "Route 66"));
    assertEquals("LANGUAGE", LabelScheme.SPACY.map("LANGUAGE", "Swahili"));
  }

  @Test
  void no_misc_in_spacy_but_in_conll_and_corenlp() {
    for (String text : List.of("Olympics", "Internet", "French Open", "Superman", "")) {
      String m = LabelScheme.SPACY.map("MISC", text);
      org.junit.jupiter.api.Assertions.assertNotEquals("MISC", m, text);
    }
    assertNull(LabelScheme.SPACY.map("MISC", "Internet"));
    assertNull(LabelScheme.SPACY.map("MISC", "Superman"));
    assertEquals("NORP", LabelScheme.SPACY.map("MISC", "Sudanese"));
    assertEquals("NORP", LabelScheme.SPACY.map("MISC", "Bolivarians"));
    assertEquals("EVENT", LabelScheme.SPACY.map("MISC", "Korean War"));
    org.junit.jupiter.api.Assertions.assertFalse(LabelScheme.SPACY.labels().contains("MISC"));
    org.junit.jupiter.api.Assertions.assertFalse(LabelScheme.SPACY.namesOf(List.of("MISC", "PERSON")).contains("MISC"));
    assertEquals("MISC", LabelScheme.CONLL.map("MISC", "Internet"));
    assertEquals("MISC", LabelScheme.CORENLP.map("MISC", "Internet"));
    assertEquals("LOC", LabelScheme.CONLL.map("FAC", "Route 66"));
    assertEquals("LOC", LabelScheme.CONLL.map("LOC", "Asia"));
    assertEquals("MISC", LabelScheme.CONLL.map("LAW", "Article 5"));
  }

  @Test
  void conll_keeps_four_types_and_drops_numbers_and_dates() {
    assertEquals("PER", LabelScheme.CONLL.map("PERSON", "Ada"));
    assertEquals("LOC", LabelScheme.CONLL.map("LOCATION", "Paris"));
    assertEquals("MISC", LabelScheme.CONLL.map("NATIONALITY", "French"));
    assertEquals("MISC", LabelScheme.CONLL.map("WORK_OF_ART", "Hamlet"));
    assertNull(LabelScheme.CONLL.map("DATE", "Monday"));
    assertNull(LabelScheme.CONLL.map("MONEY", "$1"));
    assertNull(LabelScheme.CONLL.map("QUANTITY", "300 miles"));
  }

  @Test
  void custom_labels_pass_through_every_scheme() {
    for (LabelScheme s : LabelScheme.values()) {
      assertEquals("corporation", s.map("corporation", "Acme"));
    }
  }

  @Test
  void corenlp_scheme_is_native() {
    assertEquals("ORGANIZATION", LabelScheme.CORENLP.map("ORGANIZATION", "Acme"));
  }

  @Test
  void unknown_scheme_names_the_valid_ones() {
    ApiException e = assertThrows(ApiException.class, () -> LabelScheme.parse("bio"));
    assertEquals(400, e.status());
    assertEquals("invalid_label_scheme", e.code());
    assertEquals("Use one of: spacy, conll, corenlp.", e.hint());
  }

  @Test
  void options_rename_then_filter() {
    List<Entity> ents = List.of(
        new Entity(0, 3, "PERSON", "Ada", 0.9, "m"),
        new Entity(4, 9, "LOCATION", "Paris", 0.9, "m"),
        new Entity(10, 16, "DATE", "Monday", 0.9, "m"));
    RequestOptions o = RequestOptions.of(LabelScheme.CONLL).withKeepLabels(Set.of("LOC"));
    List<Entity> out = o.apply(ents);
    assertEquals(1, out.size());
    assertEquals("LOC", out.get(0).label());
  }

  @Test
  void names_of_native_labels_cover_both_spacy_location_types() {
    org.junit.jupiter.api.Assertions.assertEquals(java.util.Set.of("GPE", "LOC", "PERSON", "CARDINAL", "DRUG"),
        LabelScheme.SPACY.namesOf(java.util.List.of("LOCATION", "PER", "NUMBER", "DRUG")));
    org.junit.jupiter.api.Assertions.assertEquals(java.util.Set.of("LOC", "PER", "DRUG"),
        LabelScheme.CONLL.namesOf(java.util.List.of("LOCATION", "PER", "NUMBER", "DRUG")));
    org.junit.jupiter.api.Assertions.assertTrue(LabelScheme.CONLL.labels().containsAll(java.util.List.of("PER", "ORG", "LOC", "MISC")));
    org.junit.jupiter.api.Assertions.assertTrue(!LabelScheme.SPACY.labels().contains("PER"));
  }

  @Test
  void only_spacy_takes_a_names_leading_the_inside() {
    // "in the Federal Reserve": the name at 7..23, its lead "the " at 3..7
    Entity fed = new Entity(7, 23, "ORGANIZATION", "Federal Reserve", 0.9, "crf").withLead("the ");
    Entity person = new Entity(24, 27, "PERSON", "Ada", 0.9, "crf").withLead("the ");
    List<Entity> spacy = RequestOptions.of(LabelScheme.SPACY).apply(List.of(fed, person));
    assertEquals(new Entity(3, 23, "ORG", "the Federal Reserve", 0.9, null), spacy.get(0));
    assertEquals(24, spacy.get(1).start()); // never for a person
    List<Entity> conll = RequestOptions.of(LabelScheme.CONLL).apply(List.of(fed));
    assertEquals(new Entity(7, 23, "ORG", "Federal Reserve", 0.9, null), conll.get(0));
    assertEquals("LOC", LabelScheme.SPACY.map("LOCATION", "the Rhine River"));
  }
}
