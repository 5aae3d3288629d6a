package io.nerbyoc.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nerbyoc.config.Profile;
import io.nerbyoc.engine.corenlp.CrfComponent;
import io.nerbyoc.engine.corenlp.EmbeddedModels;
import io.nerbyoc.pipeline.ConfigReader;
import io.nerbyoc.pipeline.ModelLoadException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rule stages a corenlp-crf step names, in the order it names them. */
class RuleStageTest {
  private static CrfComponent.Config read(Map<String, Object> settings) {
    Map<String, Object> step = new HashMap<>(settings);
    step.put("embedded_models", List.of("some.crf.ser.gz"));
    ConfigReader r = new ConfigReader(Path.of("ner-model.json"), "pipeline[0]", step);
    CrfComponent.Config c = new CrfComponent().config(r);
    r.finish();
    return c;
  }

  @Test
  void the_accurate_profile_names_its_stages_in_the_default_order() {
    var c = (CrfComponent.Config) EmbeddedModels.spec(Profile.ACCURATE).steps().get(0).config();
    assertEquals(RuleStage.DEFAULT_ORDER, c.ruleStages());
    assertEquals(List.of("boundaries", "names", "numeric", "acronyms"),
        c.ruleStages().stream().map(RuleStage::stageName).toList());
  }

  @Test
  void rules_without_a_list_run_the_default_order_and_no_rules_run_none() {
    assertEquals(RuleStage.DEFAULT_ORDER, read(Map.of("rules", true)).ruleStages());
    assertEquals(List.of(), read(Map.of()).ruleStages());
  }

  @Test
  void the_stages_run_in_the_order_named() {
    var c = read(Map.of("rules", true, "rule_stages", List.of("numeric", "boundaries")));
    assertEquals(List.of(RuleStage.NUMERIC, RuleStage.BOUNDARIES), c.ruleStages());
  }

  @Test
  void an_unknown_or_repeated_stage_or_stages_without_rules_are_errors_saying_so() {
    var unknown = assertThrows(ModelLoadException.class,
        () -> read(Map.of("rules", true, "rule_stages", List.of("names", "dates"))));
    assertTrue(unknown.getMessage().contains("'dates'") && unknown.getMessage().contains("boundaries, names, numeric, acronyms"),
        unknown.getMessage());
    var twice = assertThrows(ModelLoadException.class,
        () -> read(Map.of("rules", true, "rule_stages", List.of("names", "names"))));
    assertTrue(twice.getMessage().contains("twice"), twice.getMessage());
    var off = assertThrows(ModelLoadException.class, () -> read(Map.of("rule_stages", List.of("names"))));
    assertTrue(off.getMessage().contains("\"rules\": true"), off.getMessage());
  }
}
