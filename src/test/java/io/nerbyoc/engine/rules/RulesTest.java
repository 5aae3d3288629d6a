package io.nerbyoc.engine.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.nerbyoc.core.Casing;
import io.nerbyoc.core.TaggedSentence;
import org.junit.jupiter.api.Test;

class RulesTest {

  private static TaggedSentence tagging(String sentence) {
    return new TaggedSentence(sentence.split(" "));
  }

  @Test
  void numeric_grammar_replaces_crf_numbers_and_keeps_names() {
    TaggedSentence t = tagging("In 1995 the third firm paid $ 3.5 million for 20 % of two hundred shops");
    t.set(1, 2, "NUMBER", 0.9, "crf"); // a CRF's numeric label gives way
    t.set(6, 8, "MONEY", 0.9, "crf"); // and so does a cut-short amount
    NumericRules.apply(t);
    assertArrayEquals(new String[] {
        "O", "DATE", "O", "ORDINAL", "O", "O", "MONEY", "MONEY", "MONEY", "O", "PERCENT", "PERCENT",
        "O", "NUMBER", "NUMBER", "O"}, t.labels);
  }

  @Test
  void names_over_numbers_stay_unless_all_numeric() {
    TaggedSentence t = tagging("the Boeing 747 flew on 12 March 2004 past Apollo 11");
    t.set(1, 3, "MISC", 0.9, "crf");
    t.set(5, 6, "MISC", 0.9, "crf"); // "12" alone as a name: numeric, yields to the DATE
    t.set(9, 11, "MISC", 0.9, "crf");
    NumericRules.apply(t);
    assertArrayEquals(new String[] {
        "O", "MISC", "MISC", "O", "O", "DATE", "DATE", "DATE", "O", "MISC", "MISC"}, t.labels);
  }

  @Test
  void a_name_after_the_number_of_an_amount_is_its_unit_or_country() {
    TaggedSentence t = tagging("fined 10,000 Swiss francs and 40 Celsius in Kansas City");
    t.set(2, 3, "MISC", 0.9, "crf"); // the currency's country: one MONEY span by spaCy's conventions
    t.set(6, 7, "PERSON", 0.6, "crf"); // the unit
    t.set(8, 10, "LOCATION", 0.9, "crf");
    NumericRules.apply(t);
    assertArrayEquals(new String[] {
        "O", "MONEY", "MONEY", "MONEY", "O", "QUANTITY", "QUANTITY", "O", "LOCATION", "LOCATION"}, t.labels);
  }

  @Test
  void a_name_starting_at_the_unit_of_a_hyphened_amount_goes_with_it() {
    TaggedSentence t = tagging("on my four - mile drive to the Seven - Mile Bridge");
    t.set(4, 6, "ORGANIZATION", 0.9, "crf"); // "mile drive": a cut through "four-mile"
    t.set(8, 12, "LOCATION", 0.9, "crf"); // a whole name holding the amount stays
    NumericRules.apply(t);
    assertArrayEquals(new String[] {
        "O", "O", "QUANTITY", "QUANTITY", "QUANTITY", "O", "O", "O", "LOCATION", "LOCATION", "LOCATION", "LOCATION"}, t.labels);
  }

  @Test
  void nationalities_replace_single_token_misc_only() {
    TaggedSentence t = tagging("French Americans met the French Open team");
    t.set(4, 6, "MISC", 0.9, "crf");
    t.set(0, 1, "MISC", 0.9, "crf");
    NameRules.apply(t);
    assertArrayEquals(new String[] {"NATIONALITY", "NATIONALITY", "O", "O", "MISC", "MISC", "O"}, t.labels);
  }

  @Test
  void battles_become_events_and_titles_keep_their_article() {
    TaggedSentence t = tagging("at the Battle of Gettysburg and The Believer by \" Come Home \"");
    t.set(4, 5, "LOCATION", 0.9, "crf");
    t.set(7, 8, "MISC", 0.8, "crf");
    t.set(10, 11, "PERSON", 0.5, "crf");
    BoundaryRules.apply(t);
    assertArrayEquals(new String[] {
        "O", "O", "EVENT", "EVENT", "EVENT", "O", "MISC", "MISC", "O", "O", "WORK_OF_ART", "WORK_OF_ART", "O"},
        t.labels);
  }

  @Test
  void acronyms_are_organisations_unless_common_words() {
    TaggedSentence t = tagging("BWF and NASA on TV");
    AcronymRules.apply(t, true);
    assertArrayEquals(new String[] {"ORGANIZATION", "O", "ORGANIZATION", "O", "O"}, t.labels);
  }

  @Test
  void acronym_rule_skips_common_words_and_runs_of_capitals() {
    TaggedSentence t = tagging("Results AT the NEW LEAGUE table , PTS and BWF");
    AcronymRules.apply(t, true);
    assertArrayEquals(new String[] {"O", "O", "O", "O", "O", "O", "O", "O", "O", "ORGANIZATION"}, t.labels);
  }

  @Test
  void retweet_markers_time_zones_and_weapons_are_not_organisations_when_serving() {
    TaggedSentence t = tagging("RT @cnn : a VBIED hit at 1 p.m. ET , NATO said");
    AcronymRules.apply(t, true);
    assertArrayEquals(new String[] {"O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "ORGANIZATION", "O"}, t.labels);
    // The feature path of trained models keeps the frozen list: RT is still an acronym there.
    TaggedSentence frozen = tagging("RT @cnn");
    AcronymRules.apply(frozen, false);
    assertArrayEquals(new String[] {"ORGANIZATION", "O"}, frozen.labels);
  }

  @Test
  void acronym_rule_is_off_where_case_says_nothing() {
    TaggedSentence t = tagging("ANGELA MERKEL VISITED PARIS AT NOON");
    t.casing = Casing.of(t.words);
    AcronymRules.apply(t, true);
    assertArrayEquals(new String[] {"O", "O", "O", "O", "O", "O"}, t.labels);
  }

  @Test
  void lower_case_sentences_find_nationalities_but_not_ambiguous_adjectives() {
    TaggedSentence t = tagging("the american and liberal voters");
    t.casing = Casing.of(t.words);
    NameRules.apply(t);
    assertArrayEquals(new String[] {"O", "NATIONALITY", "O", "O", "O"}, t.labels);
  }

  @Test
  void document_consistency_spreads_only_from_and_into_sentences_with_informative_case() {
    TaggedSentence headline = tagging("SOCCER - LEAGUE RESULTS");
    headline.casing = Casing.of(headline.words);
    headline.set(2, 3, "ORGANIZATION", 0.9, "crf");
    TaggedSentence body = tagging("The LEAGUE said Smith left . Smith agreed");
    body.set(3, 4, "PERSON", 0.9, "crf");
    DocumentConsistency.apply(java.util.List.of(headline, body));
    assertArrayEquals(new String[] {"O", "O", "O", "PERSON", "O", "O", "PERSON", "O"}, body.labels);
  }
}
