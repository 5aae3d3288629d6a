package io.nerbyoc.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nerbyoc.core.Entity;
import io.nerbyoc.core.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "degrees" of arc after a word of turning or of an angle; otherwise no unit (docs/VALUES.md). */
class AnglesTest {

  /** The unit the resolver gives the QUANTITY {@code entity} inside {@code text}. */
  private static String unit(String text, String entity) {
    int s = text.indexOf(entity);
    Entity e = new Entity(s, s + entity.length(), "QUANTITY", entity, 0.9, "test");
    Value.Amount a = (Value.Amount) ValueResolver.attach(text, List.of(e), Show.REF).get(0).value();
    return a.unit();
  }

  @Test
  void degrees_after_a_turn_or_an_angle_are_of_arc() {
    assertEquals("deg", unit("rotate 90 degrees", "90 degrees"));
    assertEquals("deg", unit("turn left 45 degrees", "45 degrees"));
    assertEquals("deg", unit("The angle is 30 degrees.", "30 degrees"));
  }

  @Test
  void degrees_elsewhere_keep_no_unit() {
    assertEquals(null, unit("The temperature rose 45 degrees today.", "45 degrees"));
    assertEquals(null, unit("Turn it on. It was 45 degrees.", "45 degrees"), "not past a sentence end");
    assertEquals("Cel", unit("rotate it at 90 degrees Celsius", "90 degrees Celsius"), "a scale says heat");
  }

  @Test
  void cues_are_looked_for_three_words_back_and_not_past_a_number() {
    assertTrue(Angles.cued("the ship turned sharply by "));
    assertFalse(Angles.cued("turned the dial to read a further "));
    assertFalse(Angles.cued("rotate 5 times and another "));
  }
}
