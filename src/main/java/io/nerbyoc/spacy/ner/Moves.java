package io.nerbyoc.spacy.ner;

import io.nerbyoc.spacy.format.MiniJson;
import io.nerbyoc.spacy.format.Msgpack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The actions of a trained NER in the order of its output layer, rebuilt from its {@code moves}
 * file as spaCy does: kinds in numeric order; within a kind, labels by descending frequency, then
 * descending label; labels with negative frequency (added after training) after all others.
 */
public final class Moves {
  private Moves() {}

  public static List<Move> read(Path file) throws IOException {
    Object root = Msgpack.read(Files.readAllBytes(file));
    if (!(root instanceof Map<?, ?> m) || !(m.get("moves") instanceof String json)) {
      throw new IOException("is not a spaCy moves file (expected a msgpack map with a \"moves\" JSON string)");
    }
    return order(MiniJson.parseObject(json));
  }

  static List<Move> order(Map<String, Object> byAction) throws IOException {
    List<Move> moves = new ArrayList<>();
    List<Map.Entry<String, Object>> actions = new ArrayList<>(byAction.entrySet());
    actions.sort(Map.Entry.comparingByKey());
    record Added(double freq, String label, int action) {}
    List<Added> added = new ArrayList<>();
    for (Map.Entry<String, Object> a : actions) {
      int action = Integer.parseInt(a.getKey());
      if (action < 0 || action >= Move.Kind.values().length) {
        throw new IOException("unknown NER action " + action);
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> freqs = (Map<String, Object>) a.getValue();
      List<Map.Entry<String, Object>> labels = new ArrayList<>(freqs.entrySet());
      Comparator<Map.Entry<String, Object>> byFreqThenLabel = Comparator
          .<Map.Entry<String, Object>>comparingDouble(e -> ((Number) e.getValue()).doubleValue())
          .thenComparing(Map.Entry::getKey, Moves::compareCodePoints);
      labels.sort(byFreqThenLabel.reversed());
      for (Map.Entry<String, Object> l : labels) {
        double f = ((Number) l.getValue()).doubleValue();
        if (f < 0) {
          added.add(new Added(f, l.getKey(), action));
        } else {
          add(moves, action, l.getKey());
        }
      }
    }
    added.sort(Comparator.comparingDouble(Added::freq).thenComparing(Added::label, Moves::compareCodePoints).reversed());
    // spaCy groups an added label's actions together, in the order they were met.
    Map<String, List<Integer>> actionsOf = new LinkedHashMap<>();
    for (Added a : added) {
      actionsOf.computeIfAbsent(a.label(), k -> new ArrayList<>()).add(a.action());
    }
    for (Added a : added) {
      for (int action : actionsOf.get(a.label())) {
        add(moves, action, a.label());
      }
    }
    return List.copyOf(moves);
  }

  /** spaCy's add_action: no MISSING, OUT only without label, no duplicates. */
  private static void add(List<Move> moves, int action, String label) {
    Move.Kind kind = Move.Kind.values()[action];
    if (kind == Move.Kind.MISSING || (kind == Move.Kind.OUT && !label.isEmpty())) {
      return;
    }
    Move m = new Move(kind, label);
    if (!moves.contains(m)) {
      moves.add(m);
    }
  }

  /** Python's string order (by code point), which differs from Java's for characters beyond the BMP. */
  private static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
