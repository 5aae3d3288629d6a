package io.nerbyoc.spacy;

import io.nerbyoc.spacy.format.MiniJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The spaCy fixtures under src/test/resources/spacy/NAME: a pipeline saved by spaCy 3.8.16
 * ({@code pipeline/}) and spaCy's own tokens and entities on texts it never trained on
 * ({@code expected.jsonl}), made by scripts/make_spacy_fixtures.sh.
 */
final class SpacyFixtures {
  /** One text and spaCy's analysis of it; offsets are code points, as Python counts. */
  record Expected(String text, List<int[]> tokens, List<Ent> ents, List<Integer> sentStarts) {}

  record Ent(int start, int end, String label) {
    @Override
    public String toString() {
      return "[" + start + "," + end + ")" + label;
    }
  }

  private SpacyFixtures() {}

  static Path root() {
    try {
      return Path.of(SpacyFixtures.class.getResource("/spacy").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path pipeline(String name) {
    return root().resolve(name).resolve("pipeline");
  }

  @SuppressWarnings("unchecked")
  static List<Expected> expected(String name) {
    List<Expected> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(root().resolve(name).resolve("expected.jsonl"))) {
        Map<String, Object> m = MiniJson.parseObject(line);
        List<int[]> tokens = new ArrayList<>();
        for (Object t : (List<Object>) m.get("tokens")) {
          List<Object> se = (List<Object>) t;
          tokens.add(new int[] {((Number) se.get(0)).intValue(), ((Number) se.get(1)).intValue()});
        }
        List<Ent> ents = new ArrayList<>();
        for (Object e : (List<Object>) m.get("ents")) {
          List<Object> l = (List<Object>) e;
          ents.add(new Ent(((Number) l.get(0)).intValue(), ((Number) l.get(1)).intValue(), (String) l.get(2)));
        }
        List<Integer> starts = new ArrayList<>();
        if (m.get("sent_starts") instanceof List<?> s) {
          s.forEach(x -> starts.add(((Number) x).intValue()));
        }
        out.add(new Expected((String) m.get("text"), tokens, ents, starts));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
