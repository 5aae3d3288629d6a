package io.nerbyoc.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** spaCy's "the" convention (../shared/reference/spacy-labels.md, General rules). */
class ArticlesTest {
  /** Whether the name [from, from + length) in the space-separated words takes the "the" before it. */
  private static boolean takes(String sentence, int from, int length) {
    String[] w = sentence.split(" ");
    return Articles.takesArticle(w, from, from + length);
  }

  @Test
  void a_multi_word_name_takes_its_the() {
    assertEquals(true, takes("the Federal Reserve said so", 1, 2));
    assertEquals(true, takes("The Cold War ended", 1, 2));
    assertEquals(true, takes("in the United States .", 2, 2));
    assertEquals(true, takes("by the Clean Air Act 's rules", 2, 3));
    assertEquals(true, takes("the Middle East", 1, 2)); // at the end of the sentence
    assertEquals(true, takes("the UN Security Council voted", 1, 3));
  }

  @Test
  void a_one_word_name_or_a_name_without_the_does_not() {
    assertEquals(false, takes("the Pentagon said", 1, 1));
    assertEquals(false, takes("the FBI and", 1, 1));
    assertEquals(false, takes("a Federal Reserve official", 1, 2));
    assertEquals(false, takes("Federal Reserve", 0, 2));
  }

  @Test
  void a_name_that_modifies_the_noun_after_it_leaves_the_the_to_that_noun() {
    assertEquals(false, takes("the New York office", 1, 2));
    assertEquals(false, takes("the Baltic Sea coast", 1, 2));
    assertEquals(false, takes("the Great Patriotic War film", 1, 3));
    assertEquals(true, takes("the Baltic Sea and", 1, 2));
    assertEquals(true, takes("the Federal Reserve announced", 1, 2)); // a verb, not a noun
    assertEquals(true, takes("the Federal Reserve began", 1, 2));
  }
}
