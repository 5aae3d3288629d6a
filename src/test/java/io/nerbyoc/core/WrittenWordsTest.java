package io.nerbyoc.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WrittenWordsTest {
  @Test
  void inside_a_word_is_between_two_letters_or_digits() {
    assertTrue(WrittenWords.inside("10km", 2));
    assertTrue(WrittenWords.inside("Ange\u00ADla", 4)); // a soft hyphen joins
    assertTrue(WrittenWords.inside("Jose\u0301 M", 4)); // a combining accent belongs to its letter
    assertFalse(WrittenWords.inside("Angela\u200BMerkel", 6)); // a zero-width space separates
    assertFalse(WrittenWords.inside("Apple's", 5));
    assertFalse(WrittenWords.inside("10 km", 2));
    assertFalse(WrittenWords.inside("ab", 0));
    assertFalse(WrittenWords.inside("ab", 2));
    assertFalse(WrittenWords.inside("北京大学", 2)); // Han has no spaces between words
    assertTrue(WrittenWords.inside("😀a𝐀b", 3)); // offsets are UTF-16; 𝐀 is a letter
    assertTrue(WrittenWords.inside("😀a𝐀b", 5));
  }
}
