package io.nerbyoc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MergingRecognizerTest {

  private static Recognizer fixed(String name, Entity... ents) {
    return new Recognizer() {
      @Override
      public List<Entity> recognize(io.nerbyoc.core.Document doc, Checkpoint checkpoint) {
      String text = doc.text();
        return List.of(ents);
      }

      @Override
      public Set<String> labels() {
        return Set.of();
      }

      @Override
      public String describe() {
        return name;
      }
    };
  }

  private static final Recognizer A = fixed("a", new Entity(0, 4, "ORG", "Acme", 0.5, "a"), new Entity(10, 15, "GPE", "Paris", 0.99, "a"));
  private static final Recognizer B = fixed("b", new Entity(0, 9, "ORG", "Acme Corp", 0.9, "b"), new Entity(12, 20, "X", "ris, Tex", 0.4, "b"),
      new Entity(30, 33, "PER", "Bob", 0.8, "b"));

  private static List<String> run(MergePolicy p) {
    return new MergingRecognizer(List.of(A, B), p).recognize("").stream().map(e -> e.text() + "@" + e.source()).toList();
  }

  @Test
  void priority_keeps_the_earlier_recognizer_on_overlap() {
    assertEquals(List.of("Acme@a", "Paris@a", "Bob@b"), run(MergePolicy.PRIORITY));
  }

  @Test
  void longest_keeps_the_longer_span() {
    assertEquals(List.of("Acme Corp@b", "ris, Tex@b", "Bob@b"), run(MergePolicy.LONGEST));
  }

  @Test
  void score_keeps_the_more_confident_span() {
    assertEquals(List.of("Acme Corp@b", "Paris@a", "Bob@b"), run(MergePolicy.SCORE));
  }
}
