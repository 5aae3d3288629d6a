package io.nerbyoc.engine.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nerbyoc.config.NewlineMode;
import io.nerbyoc.config.Profile;
import io.nerbyoc.core.Entity;
import io.nerbyoc.core.Recognizer;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The accurate profile on text without informative case (loads the shipped CRFs and truecase list
 * once: ~6 s). Its native labels are spaCy's since the learned decider has the last word (GPE where
 * the CRFs say LOCATION); the casing concerns are that names are found and capitals read as words
 * are not.
 */
class CasingRecognitionTest {
  private static final Recognizer ACCURATE = EmbeddedModels.load(Profile.ACCURATE, Path.of("target/models"), NewlineMode.ALWAYS);

  private static String found(String text) {
    return found(text, ACCURATE.recognize(text));
  }

  private static String found(String text, List<Entity> entities) {
    return entities.stream().map(e -> text.substring(e.start(), e.end()) + "/" + e.label()).collect(Collectors.joining(" "));
  }

  @Test
  void all_capitals_find_the_person_and_the_place_and_no_acronym_organisations() {
    String got = found("ANGELA MERKEL VISITED PARIS AT NOON");
    assertTrue(got.contains("ANGELA MERKEL/PERSON"), got);
    assertTrue(got.contains("PARIS/LOCATION") || got.contains("PARIS/GPE"), got);
    assertTrue(!got.contains("ORGANIZATION") && !got.contains("/ORG"), got);
  }

  @Test
  void lower_case_finds_names() {
    String got = found("barack obama visited paris yesterday .");
    assertTrue(got.contains("barack obama/PERSON"), got);
    assertTrue(got.contains("paris/GPE"), got);
  }

  @Test
  void a_capitalised_headline_over_a_normal_body_is_handled_per_part() {
    String text = "TENNIS - SPANISH CLUB RESULTS ON SATURDAY\nMADRID 2024-05-11\nRafael Ortiz beat Carlos Vega 6-4 in Madrid on Saturday .";
    String got = found(text);
    for (String junk : List.of("TENNIS/", "CLUB/", "RESULTS/", "ON/")) {
      assertTrue(!got.contains(junk), got);
    }
    assertTrue(got.contains("MADRID/GPE"), got);
    assertTrue(got.contains("Madrid/GPE"), got);
    assertTrue(got.contains("Rafael Ortiz/PERSON") && got.contains("Carlos Vega/PERSON"), got);
  }

  @Test
  void offsets_refer_to_the_original_text() {
    String text = "ANGELA MERKEL VISITED PARIS";
    for (Entity e : ACCURATE.recognize(text)) {
      assertEquals(e.text(), text.substring(e.start(), e.end()));
    }
  }
}
