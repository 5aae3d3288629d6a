package io.nerbyoc.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class RulesTest {

  private static Tagging tagging(String sentence) {
    return new Tagging(sentence.split(" "));
  }

  @Test
  void numbers_money_percent_ordinals_and_years() {
    Tagging t = tagging("In 1995 the third firm paid $ 3.5 million for 20 % of two hundred shops");
    NumberRules.apply(t);
    assertArrayEquals(new String[] {
        "O", "DATE", "O", "ORDINAL", "O", "O", "MONEY", "MONEY", "MONEY", "O", "PERCENT", "PERCENT",
        "O", "NUMBER", "NUMBER", "O"}, t.labels);
  }

  @Test
  void nationalities_replace_single_token_misc_only() {
    Tagging t = tagging("French Americans met the French Open team");
    t.set(4, 6, "MISC", 0.9, "crf");
    t.set(0, 1, "MISC", 0.9, "crf");
    NameRules.apply(t);
    assertArrayEquals(new String[] {"NATIONALITY", "NATIONALITY", "O", "O", "MISC", "MISC", "O"}, t.labels);
  }

  @Test
  void battles_become_events_and_titles_keep_their_article() {
    Tagging t = tagging("at the Battle of Gettysburg and The Believer by \" Come Home \"");
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
    Tagging t = tagging("BWF and NASA on TV");
    AcronymRules.apply(t);
    assertArrayEquals(new String[] {"ORGANIZATION", "O", "ORGANIZATION", "O", "O"}, t.labels);
  }
}
