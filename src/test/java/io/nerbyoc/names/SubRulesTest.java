package io.nerbyoc.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nerbyoc.core.TaggedSentence;
import org.junit.jupiter.api.Test;

/**
 * The typer's word-list rules alone (NameTyperTest covers them together): places, products,
 * languages, NORP groups and titles of works.
 */
class SubRulesTest {
  private static TaggedSentence sentence(String tokens) {
    return new TaggedSentence(tokens.split(" "));
  }

  @Test
  void places_without_a_government_are_loc_and_those_with_one_are_not() {
    assertTrue(Places.isLoc(sentence("in the Middle East ."), 2, 4));
    assertTrue(Places.isLoc(sentence("in Eastern Europe ."), 1, 3)); // a direction and a capitalised word
    assertFalse(Places.isLoc(sentence("in Northern Ireland ."), 1, 3)); // a region with a government
    assertTrue(Places.isLoc(sentence("in the Caribbean ."), 2, 3));
    assertFalse(Places.isLoc(sentence("Caribbean produce"), 0, 1)); // an adjective
    assertTrue(Places.isGpe("Rhode Island"));
  }

  @Test
  void products_by_name_maker_model_and_designation() {
    assertTrue(Products.isName(sentence("my iPhone broke"), 1));
    assertTrue(Products.isName(sentence("runs Windows"), 1));
    assertFalse(Products.isName(sentence("Windows broke"), 0)); // only away from the sentence start
    assertTrue(Products.isMaker("Boeing") && Products.isModel("747"));
    assertTrue(Products.isDesignation("F-16"));
    assertFalse(Products.isDesignation("G-20")); // a group
  }

  @Test
  void languages_by_name_and_by_context() {
    assertTrue(Languages.isLanguageOnly("Arabic"));
    assertFalse(Languages.isLanguageOnly("English")); // also a people
    assertTrue(Languages.isLanguage(sentence("written in English ,"), 2));
    assertTrue(Languages.isLanguage(sentence("she speaks French ."), 2));
    assertFalse(Languages.isLanguage(sentence("in French markets"), 1));
  }

  @Test
  void norp_members_in_any_case_and_two_word_groups() {
    assertTrue(Norp.isMember("French") && Norp.isMember("Emirati"));
    assertFalse(Norp.isMember("french")); // capitals needed where case informs
    assertTrue(Norp.isMemberAnyCase("french"));
    assertFalse(Norp.isMemberAnyCase("liberal")); // also an ordinary adjective
    assertEquals(2, Norp.match("the South Korean army".split(" "), 1));
    assertEquals(2, Norp.match("a Latin American writer".split(" "), 1));
  }

  @Test
  void titles_of_works_need_a_sentence_about_works() {
    assertTrue(Titles.aboutWorks(sentence("She wrote seven novels")));
    assertFalse(Titles.aboutWorks(sentence("She went home")));
    assertEquals(6, Titles.end(sentence("the novel Gone with the Wind was"), 2)); // "Gone with the Wind"
  }
}
