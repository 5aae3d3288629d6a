package io.nerbyoc.learned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nerbyoc.core.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

class WholeTextValueTest {
  private static Entity cardinal(int start, int end, String text) {
    return new Entity(start, end, "CARDINAL", text, 0.9, "rules:numbers");
  }

  @Test
  void a_text_that_is_one_number_keeps_the_grammars_entity() {
    List<Entity> evidence = List.of(cardinal(1, 8, "sixteen"));
    assertEquals(evidence, StackedRecognizer.wholeTextValue(" sixteen. ", evidence));
  }

  @Test
  void offsets_are_code_points() {
    // "𝟙" is two UTF-16 units but one code point.
    List<Entity> evidence = List.of(new Entity(2, 4, "DATE", "10", 0.9, "rules:numbers"));
    assertTrue(StackedRecognizer.wholeTextValue("\uD835\uDFD9 10", evidence).isEmpty(), "text before the value");
    List<Entity> alone = List.of(new Entity(0, 4, "MONEY", "$5 \uD835\uDFD9", 0.9, "rules:numbers"));
    assertEquals(alone, StackedRecognizer.wholeTextValue("$5 \uD835\uDFD9", alone));
  }

  @Test
  void the_grammars_label_stands_where_the_decider_found_the_same_span() {
    List<Entity> whole = List.of(new Entity(0, 4, "ORDINAL", "11th", 0.9, "rules:numbers"));
    List<Entity> date = List.of(new Entity(0, 4, "DATE", "11th", 0.84, "learned"));
    assertEquals(whole, StackedRecognizer.withWholeTextValue(date, whole), "alone, \"11th\" is a rank");
    assertEquals(whole, StackedRecognizer.withWholeTextValue(List.of(), whole));
    List<Entity> shorter = List.of(new Entity(0, 2, "CARDINAL", "11", 0.8, "learned"));
    assertEquals(shorter, StackedRecognizer.withWholeTextValue(shorter, whole), "another span is the decider's to choose");
    assertEquals(date, StackedRecognizer.withWholeTextValue(date, List.of()));
  }

  @Test
  void words_around_the_number_or_a_name_leave_the_decision_to_the_decider() {
    assertTrue(StackedRecognizer.wholeTextValue("about sixteen people", List.of(cardinal(6, 13, "sixteen"))).isEmpty());
    assertTrue(StackedRecognizer.wholeTextValue("sixteen", List.of(new Entity(0, 7, "ORG", "sixteen", 0.9, "crf-3class")))
        .isEmpty());
    assertTrue(StackedRecognizer.wholeTextValue("16 17", List.of(cardinal(0, 2, "16"), cardinal(3, 5, "17"))).isEmpty());
  }
}
