package io.nerbyoc.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nerbyoc.patterns.PatternException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Patterns, training data lines and the job's config files are strict JSON like requests: a key
 * twice, comments or single quotes are an error naming the file, the line and the key.
 */
class StrictFilesTest {
  @TempDir Path dir;

  @Test
  void read_reports_the_problem_with_line_column_and_path() {
    StrictJson.InvalidJson e = assertThrows(StrictJson.InvalidJson.class,
        () -> StrictJson.read("{\n  \"a\": 1,\n  \"a\": 2\n}"));
    assertTrue(e.getMessage().contains("duplicate key 'a' at line 3") && e.getMessage().contains("path $.a"), e.getMessage());
    assertEquals("duplicate key 'a' at column 9 path $.a", StrictJson.withinLine("duplicate key 'a' at line 1 column 9 path $.a"));
  }

  @Test
  void patterns_file() throws IOException {
    Path f = dir.resolve("patterns.jsonl");
    String good = "{\"label\": \"ORG\", \"pattern\": \"Acme\"}";
    for (String[] bad : new String[][] {
        {"{\"label\": \"ORG\", \"pattern\": \"Acme\", \"label\": \"GPE\"}", "duplicate key 'label'"},
        {"{\"label\": \"ORG\", /* c */ \"pattern\": \"Acme\"}", "not valid JSON"},
        {"{'label': 'ORG', 'pattern': 'Acme'}", "not valid JSON"},
        {"{\"label\": \"ORG\", \"pattern\": [{\"LOWER\": \"a\", \"LOWER\": \"b\"}]}", "duplicate key 'LOWER'"}}) {
      Files.writeString(f, good + "\n" + bad[0] + "\n");
      PatternException e = assertThrows(PatternException.class, () -> PatternCodec.read(f), bad[0]);
      assertTrue(e.getMessage().startsWith("Pattern file " + f + " line 2: ") && e.getMessage().contains(bad[1]), e.getMessage());
    }
  }

  @Test
  void training_data_line() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SpanJson.parse("{\"text\": \"Acme\", \"ents\": [], \"text\": \"Globex\"}"));
    assertTrue(e.getMessage().contains("duplicate key 'text' at column") && e.getMessage().contains("$.text"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SpanJson.parse("{'text': 'x', /*c*/ \"ents\": []}"));
    // Typed as written: a string offset or a fraction is a mistake, not a number.
    for (String span : new String[] {"[\"0\", 4, \"ORG\"]", "[0, 4.5, \"ORG\"]", "[0, 4, 5]"}) {
      e = assertThrows(IllegalArgumentException.class, () -> SpanJson.parse("{\"text\": \"Acme\", \"label\": [" + span + "]}"));
      assertTrue(e.getMessage().contains("whole-number start and end"), e.getMessage());
    }
    assertEquals(4, SpanJson.parse("{\"text\": \"Acme\", \"label\": [[0, 4, \"ORG\"]]}").spans().get(0).end());
  }

  @Test
  void job_config_files() throws IOException {
    Path hp = dir.resolve("hyperparameters.json");
    Files.writeString(hp, "{\n  \"iterations\": \"5\",\n  \"iterations\": \"500\"\n}\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JobConfigCodec.readStringMap(hp));
    assertTrue(e.getMessage().startsWith(hp + " is not valid JSON (duplicate key 'iterations' at line 3"), e.getMessage());
    Files.writeString(hp, "{\"iterations\": \"5\" // five\n}");
    assertThrows(IllegalArgumentException.class, () -> JobConfigCodec.readStringMap(hp));
    Files.writeString(hp, "{'iterations': '5'}");
    assertThrows(IllegalArgumentException.class, () -> JobConfigCodec.readStringMap(hp));
    Files.writeString(hp, "{\"iterations\": \"5\"}");
    assertEquals(Map.of("iterations", "5"), JobConfigCodec.readStringMap(hp));

    Path input = dir.resolve("inputdataconfig.json");
    Files.writeString(input, "{\"train\": {\"TrainingInputMode\": \"File\", \"TrainingInputMode\": \"Pipe\"}}");
    e = assertThrows(IllegalArgumentException.class, () -> JobConfigCodec.readInputModes(input));
    assertTrue(e.getMessage().contains(input.toString()) && e.getMessage().contains("'TrainingInputMode'"), e.getMessage());
    Path resources = dir.resolve("resourceconfig.json");
    Files.writeString(resources, "{\"hosts\": [\"algo-1\"], \"hosts\": [\"algo-1\", \"algo-2\"]}");
    e = assertThrows(IllegalArgumentException.class, () -> JobConfigCodec.readHosts(resources));
    assertTrue(e.getMessage().contains(resources.toString()) && e.getMessage().contains("'hosts'"), e.getMessage());
  }
}
