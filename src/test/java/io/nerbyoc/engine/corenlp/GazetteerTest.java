package io.nerbyoc.engine.corenlp;

import io.nerbyoc.pipeline.ModelLoadException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped gazetteer (built into target/models by the package phase) and the word clusters. */
class GazetteerTest {
  private static final Path MODELS = Path.of("target/models");

  @Test
  void phrases_match_case_insensitively_and_mark_every_token() {
    String[] tags = Gazetteer.load(MODELS).tags(List.of("Barack", "Obama", "in", "NEW", "York", "."));
    assertTrue(tags[0].contains("B-PERSONLIKE") && tags[1].contains("I-PERSONLIKE"), String.join(" ", tags));
    assertTrue(tags[3].contains("B-PLACE") && tags[4].contains("I-PLACE") && !tags[4].contains("B-PLACE"), String.join(" ", tags));
    assertEquals("O", tags[5]);
  }

  @Test
  void a_token_in_several_lists_carries_all_classes() {
    assertEquals("B-FIRSTNAME+B-PERSONLIKE", Gazetteer.load(MODELS).tags(List.of("john"))[0]);
  }

  @Test
  void a_missing_file_names_itself() {
    ModelLoadException e = assertThrows(ModelLoadException.class, () -> Gazetteer.load(Path.of("no/such/dir")));
    assertTrue(e.getMessage().contains("ner-gazetteer.tsv.gz"), e.getMessage());
  }

  @Test
  void word_clusters_come_from_the_embedded_model() {
    Map<String, String> clusters = PretrainedFeatures.wordClusters(MODELS);
    assertTrue(clusters.size() > 500_000, "clusters: " + clusters.size());
    // Places share clusters: two cities are closer to each other than to a verb.
    assertEquals(clusters.get("lyon"), clusters.get("marseille"));
  }
}
