package io.nerbyoc.engine.encoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WordPiecesTest {
  private final WordPieces pieces = new WordPieces(Map.ofEntries(Map.entry("mine", 1), Map.entry("##craft", 2),
      Map.entry("u", 3), Map.entry(".", 4), Map.entry("s", 5), Map.entry("cafe", 6), Map.entry("北", 7), Map.entry("京", 8),
      Map.entry("$", 9), Map.entry("5", 10), Map.entry("##m", 11)));

  @Test
  void a_word_not_in_the_vocabulary_is_cut_into_its_longest_known_pieces() {
    assertArrayEquals(new int[] {1, 2}, pieces.ids("Minecraft"));
  }

  @Test
  void punctuation_and_ideographs_are_pieces_of_their_own() {
    assertArrayEquals(new int[] {3, 4, 5, 4}, pieces.ids("U.S."));
    assertArrayEquals(new int[] {7, 8}, pieces.ids("北京"));
    assertArrayEquals(new int[] {9, 10, 11}, pieces.ids("$5m"));
  }

  @Test
  void case_and_accents_do_not_matter_and_control_characters_are_dropped() {
    assertArrayEquals(new int[] {6}, pieces.ids("CAFÉ"));
    assertArrayEquals(new int[] {6}, pieces.ids("ca\u200bfe"));
    assertEquals("cafe naive", WordPieces.normalize("Café\u00a0naïve"));
  }

  @Test
  void a_chunk_with_no_match_or_over_a_hundred_characters_gives_nothing() {
    assertArrayEquals(new int[] {}, pieces.ids("xyz"));
    assertArrayEquals(new int[] {3, 4}, pieces.ids("xyz u."), "the rest of the word still counts");
    assertArrayEquals(new int[] {}, pieces.ids("u".repeat(101)));
    assertArrayEquals(new int[] {}, pieces.ids(""));
  }
}
