package io.nerbyoc.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nerbyoc.Components;
import io.nerbyoc.codec.ManifestCodec;
import io.nerbyoc.core.MergePolicy;
import io.nerbyoc.engine.corenlp.CrfComponent;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManifestReaderTest {
  private static final Path FILE = Path.of("/m/ner-model.json");

  private static ModelSpec parse(String json) throws Exception {
    return ManifestReader.parse(FILE, ManifestCodec.parse(json, FILE.toString()), Components.ALL);
  }

  private static String error(String json) {
    return assertThrows(ModelLoadException.class, () -> parse(json)).getMessage();
  }

  @Test
  void a_version_2_manifest_is_an_ordered_pipeline_of_typed_components() throws Exception {
    ModelSpec s = parse("{\"format_version\": 2, \"merge\": \"longest\", \"labels\": [\"PER\"], \"info\": {\"note\": 1},"
        + " \"pipeline\": [{\"component\": \"patterns\", \"file\": \"p.jsonl\", \"case_insensitive\": true},"
        + " {\"component\": \"corenlp-crf\", \"models\": [\"a.crf.ser.gz\"], \"outside_threshold\": 0.7,"
        + " \"label_map\": {\"PERSON\": \"PER\"}, \"drop_unmapped\": true}]}");
    assertEquals(MergePolicy.LONGEST, s.merge());
    assertEquals(List.of("patterns", "corenlp-crf"), s.steps().stream().map(x -> x.component().name()).toList());
    CrfComponent.Config crf = (CrfComponent.Config) s.steps().get(1).config();
    assertEquals(0.7, crf.outsideThreshold());
    assertEquals(Map.of("PERSON", "PER"), s.steps().get(1).labelMap());
    assertEquals(Map.of("note", 1.0), s.info());
  }

  @Test
  void a_string_where_a_boolean_belongs_is_an_error_naming_the_key_and_what_was_found() {
    // Before: "pretrained_tags": "true" was silently false and the model served without its features.
    String m = error("{\"engine\": \"corenlp-crf\", \"models\": [\"a\"], \"pretrained_tags\": \"true\"}");
    assertTrue(m.contains("/m/ner-model.json") && m.contains("pipeline[0].pretrained_tags")
        && m.contains("must be true or false") && m.contains("found the string \"true\""), m);
  }

  @Test
  void an_unknown_key_is_an_error_listing_the_valid_keys() {
    // Before: a misspelt key was kept as "information".
    String m = error("{\"engine\": \"corenlp-crf\", \"models\": [\"a\"], \"pretrained_tag\": true}");
    assertTrue(m.contains("\"pretrained_tag\" is not a known key") && m.contains("pretrained_tags"), m);
    m = error("{\"format_version\": 2, \"pipeline\": [{\"component\": \"corenlp-crf\", \"models\": [\"a\"], \"rule\": true}]}");
    assertTrue(m.contains("pipeline[0].rule") && m.contains("valid keys:") && m.contains("rules"), m);
    m = error("{\"format_version\": 2, \"pipeline\": [{\"component\": \"corenlp-embedded\"}], \"notes\": \"x\"}");
    assertTrue(m.contains("\"notes\" is not a known key") && m.contains("info"), m);
  }

  @Test
  void out_of_range_and_unknown_values_are_errors() {
    assertTrue(error("{\"engine\": \"corenlp-crf\", \"models\": [\"a\"], \"outside_threshold\": 1.5}")
        .contains("expected a number from 0.0 to 1.0"));
    assertTrue(error("{\"engine\": \"corenlp-embedded\", \"profile\": \"medium\"}").contains("expected one of: accurate, fast"));
    assertTrue(error("{\"format_version\": 2, \"pipeline\": [{\"component\": \"transformers\"}]}")
        .contains("not a component; expected one of: corenlp-embedded, corenlp-crf, opennlp, patterns, model_dir, spacy"));
    assertTrue(error("{\"format_version\": 3, \"pipeline\": []}").contains("format_version"));
    assertTrue(error("{\"engine\": \"pipeline\", \"merge\": \"first\", \"steps\": [{\"engine\": \"corenlp-embedded\"}]}")
        .contains("priority, longest, score"));
    assertTrue(error("{\"engine\": \"opennlp\", \"models\": [\"a.bin\"]}").contains("\"pipeline[0].labels\" is empty"));
    assertTrue(error("{\"engine\": \"corenlp-crf\"}").contains("lists no CRF file"));
  }

  @Test
  void version_1_manifests_map_onto_pipelines() throws Exception {
    ModelSpec trained = parse("{\"format_version\": 1, \"engine\": \"corenlp-crf\", \"models\": [\"ner.crf.ser.gz\"],"
        + " \"rules\": false, \"labels\": [\"ORG\"], \"combine_with_pretrained\": true, \"profile\": \"fast\","
        + " \"outside_threshold\": 0.8, \"algorithm\": \"crf\", \"created_at\": \"t\", \"metrics\": {}}");
    assertEquals(List.of("corenlp-crf", "corenlp-embedded"), trained.steps().stream().map(x -> x.component().name()).toList());
    assertEquals(MergePolicy.PRIORITY, trained.merge());
    assertEquals(List.of("ORG"), trained.labels());
    assertEquals(Map.of("component", "corenlp-embedded", "profile", "fast"), trained.steps().get(1).json());
    assertEquals(List.of("algorithm", "created_at", "metrics"), List.copyOf(trained.info().keySet()));

    ModelSpec pipeline = parse("{\"engine\": \"pipeline\", \"merge\": \"score\", \"steps\": [{\"patterns\": \"p.jsonl\","
        + " \"case_insensitive\": true}, {\"model_dir\": \"trained\", \"label_map\": {\"ORG\": \"org\"}},"
        + " {\"engine\": \"corenlp-embedded\", \"profile\": \"accurate\"}]}");
    assertEquals(List.of("patterns", "model_dir", "corenlp-embedded"),
        pipeline.steps().stream().map(x -> x.component().name()).toList());
    assertEquals(MergePolicy.SCORE, pipeline.merge());
  }

  @Test
  void a_spec_written_and_read_back_is_the_same_pipeline() throws Exception {
    ModelSpec s = parse("{\"engine\": \"opennlp\", \"models\": [\"m.bin\"], \"labels\": [\"X\"], \"gazetteers\": true}");
    ModelSpec back = ManifestReader.parse(FILE, ManifestCodec.parse(new com.google.gson.Gson().toJson(s.toJson()), "x"),
        Components.ALL);
    assertEquals(s.steps().get(0).config(), back.steps().get(0).config());
    assertEquals(s.labels(), back.labels());
  }

  @Test
  void the_default_label_scheme_is_read_checked_and_written_back() throws Exception {
    ModelSpec trained = parse("{\"format_version\": 2, \"default_label_scheme\": \"corenlp\", \"pipeline\": "
        + "[{\"component\": \"opennlp\", \"models\": [\"m.bin\"], \"labels\": [\"DRUG\"]}]}");
    assertEquals(io.nerbyoc.core.LabelScheme.CORENLP, trained.defaultScheme());
    assertEquals("corenlp", trained.toJson().get("default_label_scheme"));
    ModelSpec plain = parse("{\"format_version\": 2, \"pipeline\": [{\"component\": \"corenlp-embedded\"}]}");
    assertEquals(io.nerbyoc.core.LabelScheme.SPACY, plain.defaultScheme());
    assertTrue(!plain.toJson().containsKey("default_label_scheme"));
    assertTrue(error("{\"format_version\": 2, \"default_label_scheme\": \"trained\", \"pipeline\": "
        + "[{\"component\": \"corenlp-embedded\"}]}").contains("spacy, conll, corenlp"));
  }

  @Test
  void embedded_files_come_from_the_profile_resources() throws Exception {
    ModelSpec s = parse("{\"format_version\": 2, \"pipeline\": [{\"component\": \"corenlp-embedded\", \"profile\": \"fast\"}]}");
    // fast: the 4-class CRF, and the caseless 3-class CRF for sentences whose case says nothing
    assertEquals(java.util.Set.of("edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz",
        "edu/stanford/nlp/models/ner/english.all.3class.caseless.distsim.crf.ser.gz"), s.embeddedFiles());
  }
}
