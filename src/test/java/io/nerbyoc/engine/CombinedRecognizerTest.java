package io.nerbyoc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nerbyoc.core.Entity;
import io.nerbyoc.core.Recognizer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CombinedRecognizerTest {
  private static Recognizer fixed(List<Entity> ents, String... labels) {
    return new Recognizer() {
      @Override public List<Entity> recognize(String text) { return ents; }
      @Override public Set<String> labels() { return Set.of(labels); }
      @Override public String describe() { return "fixed"; }
    };
  }

  @Test
  void trained_entities_win_where_spans_overlap() {
    // "Acme Bank paid Ann in Paris."
    Recognizer trained = fixed(List.of(new Entity(0, 9, "LENDER", "Acme Bank", 0.9, "t")), "LENDER");
    Recognizer embedded = fixed(List.of(
        new Entity(0, 4, "ORG", "Acme", 0.8, "e"),
        new Entity(15, 18, "PERSON", "Ann", 0.8, "e"),
        new Entity(22, 27, "GPE", "Paris", 0.8, "e")), "ORG", "PERSON", "GPE");
    CombinedRecognizer c = new CombinedRecognizer(trained, embedded);
    assertEquals(List.of("LENDER", "PERSON", "GPE"), c.recognize("Acme Bank paid Ann in Paris.").stream().map(Entity::label).toList());
    assertEquals(Set.of("LENDER", "ORG", "PERSON", "GPE"), c.labels());
  }
}
