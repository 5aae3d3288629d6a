package io.nerbyoc.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one rule for booleans written as text. */
class BooleansTest {

  @Test
  void true_and_false_in_any_case() {
    assertTrue(Booleans.parse("true"));
    assertTrue(Booleans.parse("True"));
    assertTrue(Booleans.parse(" TRUE "));
    assertFalse(Booleans.parse("false"));
    assertFalse(Booleans.parse("False"));
  }

  @Test
  void nothing_else_and_the_message_names_the_value_and_the_valid_ones() {
    for (String v : new String[] {"1", "0", "yes", "no", "on", "", "tru", null}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Booleans.parse(v), v);
      assertTrue(e.getMessage().contains("'" + v + "'") && e.getMessage().contains("true or false"), e.getMessage());
    }
  }

  @Test
  void environment_variables_follow_it() {
    assertTrue(Settings.fromEnv(java.util.Map.of("SAGEMAKER_MULTI_MODEL", "True")).multiModel());
    ConfigException e = assertThrows(ConfigException.class,
        () -> Settings.fromEnv(java.util.Map.of("SAGEMAKER_MULTI_MODEL", "yes", "NER_PATTERNS_CASE_INSENSITIVE", "1")));
    assertTrue(e.problems().size() == 2, e.problems().toString());
    assertTrue(e.problems().stream().anyMatch(p -> p.contains("SAGEMAKER_MULTI_MODEL=yes") && p.contains("true, false")),
        e.problems().toString());
  }
}
