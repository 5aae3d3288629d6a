package io.nerbyoc.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one list of number words and what reads it. */
class NumberWordsTest {
  @Test
  void number_words_run_from_zero_to_ninety() {
    assertEquals(28, NumberWords.ALL.size());
    assertEquals(Set.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine"), NumberWords.UNITS);
    Set<String> withoutZero = new HashSet<>(NumberWords.ALL);
    withoutZero.remove("zero");
    assertEquals(withoutZero, NumberWords.FROM_ONE);
  }

  @Test
  void the_grammar_reads_the_same_list() {
    assertSame(NumberWords.ALL, Lexicon.NUMBER_WORDS);
    assertSame(NumberWords.UNITS, Lexicon.UNITS_WORDS);
  }

  @Test
  void phrases_lists_read_as_tokens() {
    assertEquals(45, Lexicon.MODIFIERS.length);
    assertEquals(java.util.List.of("not", "more", "than"), java.util.List.of(Lexicon.MODIFIERS[0]));
  }
}
