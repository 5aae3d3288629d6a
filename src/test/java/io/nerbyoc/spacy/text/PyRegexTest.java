package io.nerbyoc.spacy.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Python re patterns as spaCy's tokenizer stores them, compiled to Java with the same meaning. */
class PyRegexTest {
  @Test
  void long_unicode_escapes_match_characters_beyond_the_bmp() {
    Pattern p = PyRegex.compile("[\\U0001F600-\\U0001F64F]+$");
    assertTrue(p.matcher("ok 😀😃").find());
    assertFalse(p.matcher("ok :)").find());
  }

  @Test
  void brackets_and_ampersands_inside_a_class_are_literal_as_in_python() {
    Pattern p = PyRegex.compile("^[&[(]");
    assertTrue(p.matcher("[x").find());
    assertTrue(p.matcher("&x").find());
    assertTrue(p.matcher("(x").find());
    assertFalse(p.matcher("x").find());
  }

  @Test
  void dollar_matches_before_a_final_newline_only_and_classes_are_unicode() {
    assertTrue(PyRegex.compile("a$").matcher("a\n").find());
    assertFalse(PyRegex.compile("a$").matcher("a\u2028").find());
    assertTrue(PyRegex.compile("^\\w+$").matcher("Zürich").find());
    assertTrue(PyRegex.compile("^\\d$").matcher("٣").find());
  }

  @Test
  void named_groups_and_backreferences_translate() {
    Pattern p = PyRegex.compile("(?P<q>['\"]).*(?P=q)\\Z");
    assertTrue(p.matcher("'hi'").find());
    assertFalse(p.matcher("'hi\"").find());
    assertEquals("(?<q>a)\\k<q>\\z", PyRegex.translate("(?P<q>a)(?P=q)\\Z"));
  }

  @Test
  void a_search_is_a_match_at_the_start_only_when_every_alternative_is_anchored() {
    assertTrue(PyRegex.anchoredAtStart("^\\$|^US\\$|^[|(]|^(a|b)"));
    assertFalse(PyRegex.anchoredAtStart("^a|b"));
    assertFalse(PyRegex.anchoredAtStart("(^a|b)"));
    assertFalse(PyRegex.anchoredAtStart("^a|"));
  }
}
