package io.nerbyoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** evaluate's argument and input errors (scoring itself is covered by TrainServeIT). */
class EvaluateMainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return EvaluateMain.run(args, Map.of("NER_EMBEDDED_MODEL_DIR", "target/models"),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void no_data_prints_usage_and_exits_2() {
    assertEquals(2, run());
    assertTrue(err().startsWith("evaluate: no labelled data given\nUsage: evaluate"), err());
  }

  @Test
  void unknown_option_and_bad_label_scheme_exit_2() {
    assertEquals(2, run("--frobnicate", "x.conll"));
    assertTrue(err().contains("unknown option --frobnicate"), err());
    assertEquals(2, run("--label-scheme", "bio", "x.conll"));
    assertTrue(err().contains("Label scheme 'bio' is not known"), err());
  }

  @Test
  void missing_or_broken_data_exits_2_naming_the_file(@TempDir Path dir) throws Exception {
    assertEquals(2, run(dir.resolve("nope.conll").toString()));
    assertTrue(err().contains("nope.conll does not exist"), err());
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"text\": \"abc\", \"ents\": [{\"start\": 2, \"end\": 9, \"label\": \"X\"}]}\n");
    assertEquals(2, run(bad.toString()));
    assertTrue(err().contains(bad + ":1: span [2, 9, \"X\"] is out of range"), err());
  }

  @Test
  void unloadable_model_exits_3(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("d.conll");
    Files.writeString(data, "Paris B-LOC\n");
    Path model = dir.resolve("model");
    Files.createDirectories(model);
    Files.writeString(model.resolve("ner-model.json"), "{\"engine\": \"opennlp\", \"models\": [\"missing.bin\"], \"labels\": [\"LOC\"]}");
    assertEquals(3, run("--model", model.toString(), data.toString()));
    assertTrue(err().contains("missing.bin") && err().contains("does not exist"), err());
  }

  @Test
  void a_label_scheme_that_cannot_match_the_gold_labels_stops_naming_the_one_that_does(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("d.conll");
    Files.writeString(data, "Ada B-PER\nLovelace I-PER\nvisited O\nGlobex B-ORG\n. O\n");
    Path model = patternsModel(dir, "{\"label\": \"PERSON\", \"pattern\": \"Ada Lovelace\"}\n"
        + "{\"label\": \"ORGANIZATION\", \"pattern\": \"Globex\"}\n");
    assertEquals(2, run("--model", model.toString(), data.toString()));
    assertTrue(err().contains("2 of 2 gold label(s) (ORG, PER) can never be predicted under --label-scheme corenlp")
        && err().contains("rerun with --label-scheme conll"), err());
    assertEquals("", out.toString(StandardCharsets.UTF_8));
    err.reset();
    assertEquals(0, run("--model", model.toString(), "--label-scheme", "conll", data.toString()));
    assertTrue(err().isEmpty(), err());
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("test:f1=1.0"), out.toString(StandardCharsets.UTF_8));
    err.reset();
    assertEquals(0, run("--model", model.toString(), "--force", data.toString()));
    assertTrue(err().contains("WARNING: 2 of 2 gold label(s)"), err());
  }

  @Test
  void gold_labels_no_scheme_can_reach_only_warn() {
    assertEquals(null, EvaluateMain.schemeCheck(java.util.Set.of("PER"), java.util.Set.of("PER"), io.nerbyoc.core.LabelScheme.CORENLP, null));
    String w = EvaluateMain.schemeCheck(java.util.Set.of("DRUG", "PER"), java.util.Set.of("PER"),
        io.nerbyoc.core.LabelScheme.CORENLP, null);
    assertTrue(w.startsWith("1 of 2 gold label(s) (DRUG)") && w.contains("They will score 0"), w);
  }

  @Test
  void spacy_gold_labels_default_to_the_spacy_scheme_and_other_data_keeps_corenlp() {
    assertEquals(io.nerbyoc.core.LabelScheme.SPACY, EvaluateMain.defaultScheme(java.util.Set.of("GPE", "PERSON", "DATE")));
    assertEquals(io.nerbyoc.core.LabelScheme.SPACY, EvaluateMain.defaultScheme(java.util.Set.of("CARDINAL")));
    // CoNLL's names, CoreNLP's names, names shared by all schemes, custom labels: the default stays.
    assertEquals(io.nerbyoc.core.LabelScheme.CORENLP, EvaluateMain.defaultScheme(java.util.Set.of("PER", "ORG", "LOC", "MISC")));
    assertEquals(io.nerbyoc.core.LabelScheme.CORENLP, EvaluateMain.defaultScheme(java.util.Set.of("ORG", "LOC")));
    assertEquals(io.nerbyoc.core.LabelScheme.CORENLP, EvaluateMain.defaultScheme(java.util.Set.of("PERSON", "DATE")));
    assertEquals(io.nerbyoc.core.LabelScheme.CORENLP, EvaluateMain.defaultScheme(java.util.Set.of("GPE", "DRUG")));
    assertEquals(io.nerbyoc.core.LabelScheme.CORENLP, EvaluateMain.defaultScheme(java.util.Set.of()));
  }

  @Test
  void spacy_typed_jsonl_is_scored_per_type_with_unpredicted_and_unexpected_types(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("d.jsonl");
    // GPE matched; PERSON matched; DATE can never be predicted by this model; ORG predicted but not gold.
    Files.writeString(data, "{\"text\": \"Ada Lovelace visited Paris and Globex in 1843.\", \"ents\": ["
        + "{\"start\": 0, \"end\": 12, \"label\": \"PERSON\"}, {\"start\": 21, \"end\": 26, \"label\": \"GPE\"},"
        + " {\"start\": 41, \"end\": 45, \"label\": \"DATE\"}], \"source\": \"test\"}\n");
    Path model = patternsModel(dir, "{\"label\": \"PERSON\", \"pattern\": \"Ada Lovelace\"}\n"
        + "{\"label\": \"LOCATION\", \"pattern\": \"Paris\"}\n{\"label\": \"ORGANIZATION\", \"pattern\": \"Globex\"}\n");
    Path json = dir.resolve("scores.json");
    assertEquals(0, run("--model", model.toString(), "--json", json.toString(), data.toString()));
    assertTrue(err().contains("are spaCy's types: scoring with --label-scheme spacy"), err());
    assertTrue(err().contains("WARNING: 1 of 3 gold label(s) (DATE) can never be predicted"), err());
    String table = out.toString(StandardCharsets.UTF_8);
    assertTrue(table.matches("(?s).*\\nDATE +0\\.00 +0\\.00 +0\\.00 +1 +0 +0\\n.*"), table);
    assertTrue(table.matches("(?s).*\\nGPE +100\\.00 +100\\.00 +100\\.00 +1 +1 +1\\n.*"), table);
    assertTrue(table.matches("(?s).*\\nORG +0\\.00 +0\\.00 +0\\.00 +0 +1 +0\\n.*"), table);
    assertTrue(table.matches("(?s).*\\nALL +66\\.67 +66\\.67 +66\\.67 +3 +3 +2\\n.*"), table);
    String written = Files.readString(json);
    assertTrue(written.contains("\"label_scheme\": \"spacy\""), written);
    assertTrue(written.replaceAll("\\s", "").contains("\"ORG\":{\"precision\":0.0,\"recall\":0.0,\"f1\":0.0,"
        + "\"gold_entities\":0,\"predicted_entities\":1,\"correct_entities\":0}"), written);
    err.reset();
    out.reset();
    // Asked for explicitly, the scheme is kept (and the mismatch check names spacy).
    assertEquals(2, run("--model", model.toString(), "--label-scheme", "corenlp", data.toString()));
    assertTrue(err().contains("rerun with --label-scheme spacy"), err());
  }

  @Test
  void errors_file_lists_each_documents_missed_and_spurious_spans_with_their_text(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("d.jsonl");
    // Line 1: PERSON right, DATE missed, ORG spurious. Line 2: all right, so not written. Emoji: code points.
    Files.writeString(data, "{\"text\": \"\uD83D\uDE00 Ada Lovelace met Globex in 1843.\", \"ents\": ["
        + "{\"start\": 2, \"end\": 14, \"label\": \"PERSON\"}, {\"start\": 29, \"end\": 33, \"label\": \"DATE\"}]}\n"
        + "{\"text\": \"Ada Lovelace.\", \"ents\": [{\"start\": 0, \"end\": 12, \"label\": \"PERSON\"}]}\n");
    Path model = patternsModel(dir, "{\"label\": \"PERSON\", \"pattern\": \"Ada Lovelace\"}\n"
        + "{\"label\": \"ORGANIZATION\", \"pattern\": \"Globex\"}\n");
    Path errors = dir.resolve("out/errors.jsonl");
    assertEquals(0, run("--model", model.toString(), "--force", "--errors", errors.toString(), data.toString()), err());
    List<String> lines = Files.readAllLines(errors);
    assertEquals(1, lines.size(), lines.toString());
    String line = lines.get(0);
    assertTrue(line.startsWith("{\"origin\":\"" + data + ":1\""), line);
    assertTrue(line.contains("\"missed\":[{\"start\":29,\"end\":33,\"label\":\"DATE\",\"text\":\"1843\"}]"), line);
    assertTrue(line.contains("\"spurious\":[{\"start\":19,\"end\":25,\"label\":\"ORGANIZATION\",\"text\":\"Globex\"}]"), line);
  }

  /** A model directory of one pattern-rules component with these patterns (JSON Lines). */
  private static Path patternsModel(Path dir, String patterns) throws java.io.IOException {
    Path model = Files.createDirectories(dir.resolve("model"));
    Files.writeString(model.resolve("patterns.jsonl"), patterns);
    Files.writeString(model.resolve("ner-model.json"),
        "{\"format_version\": 2, \"pipeline\": [{\"component\": \"patterns\", \"file\": \"patterns.jsonl\"}]}");
    return model;
  }
}
