package io.nerbyoc.serve;

import io.nerbyoc.core.Checkpoint;
import io.nerbyoc.core.CodePoints;
import io.nerbyoc.core.Entity;
import io.nerbyoc.core.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Labels fixed words wherever they occur; fails on the word "BOOM" to simulate a bug. */
final class FakeRecognizer implements Recognizer {
  private final Map<String, String> words = Map.of("Apple", "ORGANIZATION", "Paris", "LOCATION", "Ada", "PERSON", "Monday", "DATE",
      "next Friday", "DATE", "$5m", "MONEY", "hundreds", "NUMBER");

  @Override
  public List<Entity> recognize(io.nerbyoc.core.Document doc, Checkpoint checkpoint) {
      String text = doc.text();
    if (text.contains("BOOM")) {
      throw new IllegalStateException("simulated bug");
    }
    CodePoints cp = CodePoints.of(text);
    List<Entity> out = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      for (Map.Entry<String, String> w : words.entrySet()) {
        if (text.startsWith(w.getKey(), i)) {
          int end = i + w.getKey().length();
          out.add(new Entity(cp.toCodePoint(i), cp.toCodePoint(end), w.getValue(), w.getKey(), 0.5, "fake"));
        }
      }
    }
    return out;
  }

  @Override
  public Set<String> labels() {
    return Set.copyOf(words.values());
  }

  @Override
  public String describe() {
    return "fake";
  }
}
