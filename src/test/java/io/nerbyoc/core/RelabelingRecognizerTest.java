package io.nerbyoc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RelabelingRecognizerTest {
  private static final Recognizer INNER = new Recognizer() {
    @Override
    public List<Entity> recognize(io.nerbyoc.core.Document doc, Checkpoint checkpoint) {
      String text = doc.text();
      return List.of(new Entity(0, 3, "PERSON", "Ada", 0.9, "m"), new Entity(4, 9, "DATE", "today", 0.9, "m"),
          new Entity(10, 15, "LOCATION", "Paris", 0.9, "m"));
    }

    @Override
    public Set<String> labels() {
      return Set.of("PERSON", "DATE", "LOCATION");
    }

    @Override
    public String describe() {
      return "inner";
    }
  };

  @Test
  void renames_keeps_or_drops_unmapped_and_drops_empty_targets() {
    Map<String, String> map = Map.of("PERSON", "person", "LOCATION", "");
    assertEquals(List.of("person", "DATE"), new RelabelingRecognizer(INNER, map, false).recognize("").stream().map(Entity::label).toList());
    assertEquals(List.of("person"), new RelabelingRecognizer(INNER, map, true).recognize("").stream().map(Entity::label).toList());
    assertEquals(Set.of("person"), new RelabelingRecognizer(INNER, map, true).labels());
  }
}
