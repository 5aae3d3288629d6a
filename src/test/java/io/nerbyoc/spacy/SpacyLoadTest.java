package io.nerbyoc.spacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nerbyoc.core.Entity;
import io.nerbyoc.engine.encoder.PieceVectors;
import io.nerbyoc.pipeline.ModelLoadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading spaCy pipelines: what is refused and how, where a pipeline is found, scores. */
class SpacyLoadTest {
  @Test
  void an_unsupported_architecture_is_refused_naming_component_architecture_and_what_is_supported(@TempDir Path tmp)
      throws IOException {
    Path p = copyNarrow(tmp);
    edit(p, "spacy.TransitionBasedParser.v2", "spacy.TransitionBasedParser.v3");
    ModelLoadException e = assertThrows(ModelLoadException.class, () -> SpacyPipeline.load(p));
    assertTrue(e.getMessage().contains("component 'ner' uses spacy.TransitionBasedParser.v3"), e.getMessage());
    assertTrue(e.getMessage().contains("supported: spacy.TransitionBasedParser.v2"), e.getMessage());
    assertTrue(e.getMessage().contains("Retrain"), e.getMessage());
  }

  @Test
  void an_unknown_component_is_refused_with_the_fix(@TempDir Path tmp) throws IOException {
    Path p = copyNarrow(tmp);
    edit(p, "pipeline = [\"tok2vec\", \"ner\"]", "pipeline = [\"tok2vec\",\"ner\",\"my_cats\"]");
    Files.writeString(p.resolve("config.cfg"), Files.readString(p.resolve("config.cfg"))
        + "\n[components.my_cats]\nfactory = \"my_custom_factory\"\n");
    ModelLoadException e = assertThrows(ModelLoadException.class, () -> SpacyPipeline.load(p));
    assertTrue(e.getMessage().contains("component 'my_cats' (factory 'my_custom_factory') is not supported"), e.getMessage());
    assertTrue(e.getMessage().contains("nlp.remove_pipe(\"my_cats\")"), e.getMessage());
  }

  @Test
  void components_that_cannot_change_entities_are_skipped_and_said_so(@TempDir Path tmp) throws IOException {
    Path p = copyNarrow(tmp);
    edit(p, "pipeline = [\"tok2vec\", \"ner\"]", "pipeline = [\"tok2vec\",\"ner\",\"textcat\"]");
    Files.writeString(p.resolve("config.cfg"), Files.readString(p.resolve("config.cfg"))
        + "\n[components.textcat]\nfactory = \"textcat\"\n");
    SpacyPipeline nlp = SpacyPipeline.load(p);
    assertEquals(List.of("tok2vec", "ner"), nlp.components());
    assertTrue(nlp.notes().stream().anyMatch(n -> n.contains("'textcat' (textcat) is skipped")), nlp.notes().toString());
  }

  @Test
  void a_missing_weights_file_names_the_file_and_how_to_save_again(@TempDir Path tmp) throws IOException {
    Path p = copyNarrow(tmp);
    Files.delete(p.resolve("ner/moves"));
    ModelLoadException e = assertThrows(ModelLoadException.class, () -> SpacyPipeline.load(p));
    assertTrue(e.getMessage().contains("ner/moves is missing"), e.getMessage());
    assertTrue(e.getMessage().contains("nlp.to_disk"), e.getMessage());
  }

  @Test
  void a_pipeline_is_found_at_the_top_or_in_the_only_sub_folder(@TempDir Path tmp) throws IOException {
    Path top = copyNarrow(tmp.resolve("a"));
    assertEquals(Optional.of(top), SpacyPipelines.find(top));
    assertEquals(Optional.of(top), SpacyPipelines.find(tmp.resolve("a")));
    Files.writeString(tmp.resolve("a/patterns.jsonl"), "{\"label\": \"ORG\", \"pattern\": \"Acme\"}\n");
    assertEquals(Optional.of(top), SpacyPipelines.find(tmp.resolve("a")), "a file beside the pipeline folder");
    Files.createDirectories(tmp.resolve("b/one"));
    Files.createDirectories(tmp.resolve("b/two"));
    assertFalse(SpacyPipelines.find(tmp.resolve("b")).isPresent());
  }

  @Test
  void entities_carry_the_pipelines_labels_and_scores_between_0_and_1() {
    SpacyRecognizer r = SpacyComponent.load(SpacyFixtures.pipeline("default"));
    List<Entity> ents = r.recognize("Tim Cook said Apple will open a store in Paris on Monday.");
    assertEquals(List.of("Tim Cook PER", "Paris LOC", "Monday LOC"),
        ents.stream().map(e -> e.text() + " " + e.label()).toList());
    for (Entity e : ents) {
      assertTrue(e.score() > 0 && e.score() <= 1, e.toString());
      assertEquals("spacy:en_pipeline 0.0.0", e.source());
    }
    assertTrue(r.labels().containsAll(List.of("PER", "ORG", "LOC", "MISC")), r.labels().toString());
  }

  @Test
  void the_shipped_decider_served_alone_as_a_users_pipeline_is_refused_naming_the_attribute() {
    // it embeds the rules' evidence as TAG and LEMMA, which a user's request cannot give it
    Path decider = Path.of("src/main/models/learned/ner-spacy18");
    ModelLoadException e = assertThrows(ModelLoadException.class,
        () -> SpacyComponent.load(decider, PieceVectors.shipped(Path.of("target/models"))));
    assertTrue(e.getMessage().contains("TAG or LEMMA") && e.getMessage().contains("attrs"), e.getMessage());
  }

  @Test
  void a_pipeline_that_projects_static_vectors_but_ships_none_is_refused_naming_the_file() {
    // the shipped decider's vectors are composed by the container (PieceVectors); alone, it has none
    ModelLoadException e = assertThrows(ModelLoadException.class,
        () -> SpacyComponent.load(Path.of("src/main/models/learned/ner-spacy18")));
    assertTrue(e.getMessage().contains("vocab/vectors is missing"), e.getMessage());
  }

  private static Path copyNarrow(Path tmp) throws IOException {
    Path from = SpacyFixtures.pipeline("narrow");
    Path to = tmp.resolve("narrow");
    try (Stream<Path> s = Files.walk(from)) {
      for (Path f : s.toList()) {
        Path t = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(t);
        } else {
          Files.copy(f, t);
        }
      }
    }
    return to;
  }

  private static void edit(Path pipeline, String from, String to) throws IOException {
    Path cfg = pipeline.resolve("config.cfg");
    String s = Files.readString(cfg);
    assertTrue(s.contains(from), "config.cfg has no " + from);
    Files.writeString(cfg, s.replace(from, to));
  }
}
