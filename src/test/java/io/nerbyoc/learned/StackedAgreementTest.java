package io.nerbyoc.learned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.nerbyoc.engine.encoder.PieceVectors;
import io.nerbyoc.spacy.SpacyDoc;
import io.nerbyoc.spacy.SpacyPipeline;
import io.nerbyoc.spacy.ner.NerSpan;
import io.nerbyoc.spacy.text.SpacyToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped learned decider run by the Java engine against spaCy itself, given the same
 * evidence tags: the same tokens and the same entities on every fixture text
 * ({@code data/learned/make_fixture.py} wrote what spaCy found). This is what proves the engine
 * embeds TAG as spaCy does.
 */
class StackedAgreementTest {
  static final Path DECIDER = Path.of("src/main/models/learned/ner-spacy18");

  @Test
  void the_engine_finds_what_spacy_finds_with_the_same_evidence() throws IOException {
    SpacyPipeline nlp = SpacyPipeline.load(DECIDER, PieceVectors.shipped(Path.of("target/models")));
    assertTrue(nlp.readsTags(), "the decider embeds the evidence as TAG");
    List<String> differences = new ArrayList<>();
    int texts = 0;
    int entities = 0;
    for (JsonObject c : fixture()) {
      String text = c.get("text").getAsString();
      String[] tags = strings(c.getAsJsonArray("tags"));
      String[] origins = strings(c.getAsJsonArray("origins"));
      SpacyDoc doc = nlp.process(text, () -> { }, (t, tokens) -> new io.nerbyoc.spacy.TokenTags.Assigned(tags, origins));
      List<String> tokens = new ArrayList<>();
      for (SpacyToken t : doc.tokens()) {
        tokens.add(cp(text, t.begin()) + "-" + cp(text, t.end()));
      }
      List<String> expectedTokens = new ArrayList<>();
      c.getAsJsonArray("tokens").forEach(t -> expectedTokens.add(t.getAsJsonArray().get(0).getAsInt() + "-"
          + t.getAsJsonArray().get(1).getAsInt()));
      assertEquals(expectedTokens, tokens, "tokens of " + text);
      List<String> ents = new ArrayList<>();
      for (NerSpan e : doc.ents()) {
        ents.add(cp(text, doc.tokens().get(e.start()).begin()) + "-" + cp(text, doc.tokens().get(e.end() - 1).end()) + " "
            + e.label());
      }
      List<String> expected = new ArrayList<>();
      c.getAsJsonArray("ents").forEach(e -> expected.add(e.getAsJsonArray().get(0).getAsInt() + "-"
          + e.getAsJsonArray().get(1).getAsInt() + " " + e.getAsJsonArray().get(2).getAsString()));
      if (!expected.equals(ents)) {
        differences.add("spaCy " + expected + ", engine " + ents + " in " + text);
      }
      texts++;
      entities += expected.size();
    }
    assertTrue(texts >= 300 && entities >= 300, texts + " texts, " + entities + " entities: too few to test");
    assertTrue(differences.size() * 200 <= texts, differences.size() + " of " + texts + " texts differ:\n"
        + String.join("\n", differences));
  }

  private static List<JsonObject> fixture() throws IOException {
    try (InputStream in = StackedAgreementTest.class.getResourceAsStream("/learned/stacked-expected.jsonl")) {
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<JsonObject> out = new ArrayList<>();
      for (String line : all.split("\n")) {
        if (!line.isBlank()) {
          out.add(JsonParser.parseString(line).getAsJsonObject());
        }
      }
      return out;
    }
  }

  private static String[] strings(JsonArray a) {
    String[] out = new String[a.size()];
    int i = 0;
    for (JsonElement e : a) {
      out[i++] = e.getAsString();
    }
    return out;
  }

  private static int cp(String text, int utf16) {
    return text.codePointCount(0, utf16);
  }
}
