package io.nerbyoc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nerbyoc.config.NewlineMode;
import io.nerbyoc.config.Profile;
import io.nerbyoc.core.Entity;
import io.nerbyoc.core.Recognizer;
import io.nerbyoc.engine.corenlp.EmbeddedModels;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Text pasted from PDFs and web pages (issue "Robust to real text", item 4): the accurate profile
 * finds the entities it finds in the clean text, with offsets into the noisy original.
 */
class NoisyTextIT {
  private static Recognizer accurate;

  private static final String CLEAN =
      "Angela Merkel met executives of Microsoft and AT&T in Massachusetts on Tuesday. Macy's opened a store in Paris.";

  @BeforeAll
  static void load() {
    accurate = EmbeddedModels.load(Profile.ACCURATE, Path.of("target/models"), NewlineMode.TWO);
  }

  /** Label and text of each entity, the text cut from {@code text} at the entity's code point offsets. */
  private static List<String> found(String text) {
    int[] cps = text.codePoints().toArray();
    return accurate.recognize(text).stream()
        .map(e -> e.label() + ":" + new String(cps, e.start(), e.end() - e.start()))
        .toList();
  }

  /** What the noisy text should give: the clean text's entities, each written as in the noisy text. */
  private static void assertSameAsClean(String noisy, String... noisyForms) {
    List<String> clean = found(CLEAN);
    List<String> labels = clean.stream().map(s -> s.substring(0, s.indexOf(':'))).toList();
    List<String> got = found(noisy);
    assertEquals(clean.size(), got.size(), "clean " + clean + ", noisy " + got);
    for (int i = 0; i < got.size(); i++) {
      assertEquals(labels.get(i), got.get(i).substring(0, got.get(i).indexOf(':')), got.toString());
    }
    for (String form : noisyForms) {
      assertEquals(1, got.stream().filter(s -> s.endsWith(":" + form)).count(), form + " in " + got);
    }
  }

  @Test
  void the_clean_text_has_the_expected_entities() {
    List<String> clean = found(CLEAN);
    for (String name : new String[] {"Angela Merkel", "Microsoft", "AT&T", "Massachusetts", "Paris"}) {
      assertEquals(1, clean.stream().filter(s -> s.endsWith(":" + name)).count(), name + " in " + clean);
    }
  }

  @Test
  void html_entities_zero_width_characters_and_soft_hyphens() {
    assertSameAsClean(
        "Angela\u00a0Merkel met executives of Micro\u00adsoft and AT&amp;T in Massa\u2060chusetts on Tuesday. "
            + "Macy&#8217;s opened a store in Paris.",
        "Angela\u00a0Merkel", "Micro\u00adsoft", "AT&amp;T", "Massa\u2060chusetts");
  }

  @Test
  void line_end_hyphenation_crlf_tabs_runs_of_spaces_and_curly_quotes() {
    assertSameAsClean(
        "Angela   Merkel met executives of\tMicrosoft and AT&T in Massa-\r\nchusetts on Tuesday.\r\n"
            + "Macy\u2019s opened a store in \u00a0 Paris.",
        "Angela   Merkel", "Massa-\r\nchusetts");
  }

  @Test
  void offsets_stay_in_code_points_of_the_original_after_emoji_and_references() {
    String noisy = "\uD83D\uDE00 &amp; \uD83D\uDE00 " + CLEAN;
    List<Entity> ents = accurate.recognize(noisy);
    int[] cps = noisy.codePoints().toArray();
    Entity first = ents.get(0);
    assertEquals("Angela Merkel", new String(cps, first.start(), first.end() - first.start()));
    assertEquals("Angela Merkel", first.text());
  }
}
