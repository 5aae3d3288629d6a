package io.nerbyoc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CasingTest {
  private static Casing of(String sentence) {
    return Casing.of(sentence.split(" "));
  }

  @Test
  void prose_with_names_is_normal() {
    assertEquals(Casing.NORMAL, of("Angela Merkel visited Paris at noon ."));
    assertEquals(Casing.NORMAL, of("He studied at the University of California at Los Angeles ."));
    assertEquals(Casing.NORMAL, of("The BBC and ITV showed it ."));
    assertEquals(Casing.NORMAL, of("It works ."));
    assertEquals(Casing.NORMAL, of("2024-05-11"));
  }

  @Test
  void all_capitals() {
    assertEquals(Casing.UPPER, of("ANGELA MERKEL VISITED PARIS AT NOON"));
    assertEquals(Casing.UPPER, of("TENNIS - SPANISH CLUB RESULTS ."));
    assertEquals(Casing.NORMAL, of("I"), "one letter says nothing");
  }

  @Test
  void lower_case() {
    assertEquals(Casing.LOWER, of("barack obama visited paris"));
    assertEquals(Casing.LOWER, of("paris"));
    assertEquals(Casing.NORMAL, of("Barack obama visited paris yesterday"), "could be prose without names");
  }

  @Test
  void title_cased_headline() {
    assertEquals(Casing.TITLE, of("Merkel Visits Paris Ahead Of Crucial Summit"));
    assertEquals(Casing.NORMAL, of("Merkel visits Paris ahead of a crucial summit with Macron"));
    String[] names = "Colonel Jesse Auton , Brigadier General Ross Hoyt".split(" ");
    assertEquals(Casing.TITLE, Casing.of(names), "a candidate");
    assertEquals(false, Casing.confirmsTitle(names, names), "the truecaser keeps every capital: names");
    String[] headline = "Merkel Visits Paris Ahead Of Crucial Summit".split(" ");
    assertEquals(true, Casing.confirmsTitle(headline, "Merkel visits Paris ahead of crucial summit".split(" ")));
  }

  @Test
  void a_long_list_of_titles_in_prose_is_no_headline() {
    assertEquals(Casing.NORMAL, of("He had roles in films including Beer League , The Usual Suspects , Natural Born Killers ,"
        + " Suicide Kings , Beverly Hills Cop III , The Animal , The Hot Chick , The Spirit and Jersey Boys ."));
  }
}
