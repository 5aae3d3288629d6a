package io.nerbyoc.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nerbyoc.codec.PatternCodec;
import io.nerbyoc.core.Entity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatternSetTest {
  @TempDir Path dir;

  private List<String> run(String text, boolean caseInsensitive, String... lines) throws IOException {
    Path f = dir.resolve("p.jsonl");
    Files.write(f, List.of(lines));
    List<EntityPattern> ps = PatternCodec.read(f);
    PatternRecognizer r = new PatternRecognizer(new PatternSet(ps, caseInsensitive), ps, "t");
    return r.recognize(text).stream().map(e -> e.text() + "/" + e.label()).toList();
  }

  @Test
  void phrase_patterns_match_longest_first_and_case_insensitively_on_request() throws IOException {
    String[] p = {"{\"label\": \"ORG\", \"pattern\": \"Acme\", \"id\": \"acme\"}",
        "{\"label\": \"ORG\", \"pattern\": \"Acme Corp.\"}", "{\"label\": \"GPE\", \"pattern\": \"AT&T Park\"}"};
    assertEquals(List.of("Acme Corp./ORG", "Acme/ORG", "AT&T Park/GPE"),
        run("Acme Corp. and Acme at AT&T Park; acme", false, p));
    assertEquals(List.of("Acme Corp./ORG", "acme/ORG"), run("Acme Corp. or acme", true, p));
  }

  @Test
  void each_token_attribute() throws IOException {
    assertEquals(List.of("San Francisco/GPE"),
        run("in San Francisco", false, "{\"label\": \"GPE\", \"pattern\": [{\"LOWER\": \"san\"}, {\"LOWER\": \"francisco\"}]}"));
    assertEquals(List.of("Bob/PER"), run("bob Bob", false, "{\"label\": \"PER\", \"pattern\": [{\"ORTH\": \"Bob\"}]}"));
    assertEquals(List.of("Bob/PER"), run("bob Bob", false, "{\"label\": \"PER\", \"pattern\": [{\"TEXT\": \"Bob\"}]}"));
    assertEquals(List.of("2024/N"), run("in 2024 x", false, "{\"label\": \"N\", \"pattern\": [{\"IS_DIGIT\": true}]}"));
    assertEquals(List.of("Paris/T"), run("in Paris NASA", false, "{\"label\": \"T\", \"pattern\": [{\"IS_TITLE\": true}]}"));
    assertEquals(List.of("NASA/U"), run("in Paris NASA", false, "{\"label\": \"U\", \"pattern\": [{\"IS_UPPER\": true}]}"));
    assertEquals(List.of("AB12/S"), run("AB12 x", false, "{\"label\": \"S\", \"pattern\": [{\"SHAPE\": \"XXdd\"}]}"));
    assertEquals(List.of("ISO-9001/R"), run("meets ISO-9001 now", false, "{\"label\": \"R\", \"pattern\": [{\"REGEX\": \"^ISO-\\\\d+$\"}]}"));
    assertEquals(List.of("ISO-9001/R"), run("meets ISO-9001 now", false, "{\"label\": \"R\", \"pattern\": [{\"TEXT\": {\"REGEX\": \"^ISO\"}}]}"));
  }

  @Test
  void each_operator() throws IOException {
    String opt = "{\"label\": \"P\", \"pattern\": [{\"LOWER\": \"dr\"}, {\"ORTH\": \".\", \"OP\": \"?\"}, {\"IS_TITLE\": true}]}";
    assertEquals(List.of("Dr. Who/P", "dr No/P"), run("Dr. Who and dr No", false, opt));
    String plus = "{\"label\": \"N\", \"pattern\": [{\"IS_DIGIT\": true, \"OP\": \"+\"}, {\"LOWER\": \"km\"}]}";
    assertEquals(List.of("1 2 3 km/N"), run("1 2 3 km", false, plus));
    String star = "{\"label\": \"C\", \"pattern\": [{\"LOWER\": \"acme\"}, {\"IS_TITLE\": true, \"OP\": \"*\"}, {\"LOWER\": \"inc\"}]}";
    assertEquals(List.of("acme inc/C", "Acme Big Red inc/C"), run("acme inc and Acme Big Red inc", false, star));
    String not = "{\"label\": \"X\", \"pattern\": [{\"LOWER\": \"the\"}, {\"IS_TITLE\": true, \"OP\": \"!\"}]}";
    assertEquals(List.of("the cat/X"), run("the cat and the Dog", false, not));
  }

  @Test
  void bad_patterns_are_rejected_with_line_and_reason() {
    assertBad("line 2: not valid JSON", "{\"label\": \"A\", \"pattern\": \"x\"}", "{oops");
    assertBad("line 1: \"label\" is missing", "{\"pattern\": \"x\"}");
    assertBad("line 1: \"pattern\" is missing", "{\"label\": \"A\"}");
    assertBad("token attribute 'POS' is not supported", "{\"label\": \"A\", \"pattern\": [{\"POS\": \"NOUN\"}]}");
    assertBad("REGEX does not compile", "{\"label\": \"A\", \"pattern\": [{\"REGEX\": \"(\"}]}");
    assertBad("OP must be one of", "{\"label\": \"A\", \"pattern\": [{\"LOWER\": \"a\", \"OP\": \"{2}\"}]}");
    assertBad("IS_DIGIT must be true or false", "{\"label\": \"A\", \"pattern\": [{\"IS_DIGIT\": \"yes\"}]}");
    assertBad("the phrase pattern is empty", "{\"label\": \"A\", \"pattern\": \"  \"}");
    assertBad("non-empty array", "{\"label\": \"A\", \"pattern\": []}");
  }

  private void assertBad(String expected, String... lines) {
    PatternException e = assertThrows(PatternException.class, () -> run("x", false, lines));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  void tokenizer_keeps_offsets_and_joins_inner_punctuation() {
    List<io.nerbyoc.core.Token> t = LightTokenizer.tokenize("U.S. AT&T, New-York 😀x");
    assertEquals(List.of("U.S", ".", "AT&T", ",", "New-York", "😀", "x"), t.stream().map(io.nerbyoc.core.Token::word).toList());
    assertEquals(22, t.get(6).begin()); // UTF-16: the emoji takes two chars
  }

  @Test
  void offsets_are_code_points() throws IOException {
    Path f = dir.resolve("e.jsonl");
    Files.writeString(f, "{\"label\": \"ORG\", \"pattern\": \"Acme\"}\n");
    List<EntityPattern> ps = PatternCodec.read(f);
    Entity e = new PatternRecognizer(new PatternSet(ps, false), ps, "t").recognize("😀 Acme").get(0);
    assertEquals(2, e.start());
    assertEquals(6, e.end());
    assertEquals("patterns", e.source());
  }
}
