package io.nerbyoc.core;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renames another recognizer's labels, e.g. the embedded model's PERSON to a trained model's
 * {@code person}, so a pipeline answers in one label set. Labels not in the map are kept, or
 * dropped with {@code dropUnmapped}.
 */
public final class RelabelingRecognizer implements Recognizer {
  private final Recognizer inner;
  private final Map<String, String> map;
  private final boolean dropUnmapped;

  public RelabelingRecognizer(Recognizer inner, Map<String, String> map, boolean dropUnmapped) {
    this.inner = inner;
    this.map = Map.copyOf(map);
    this.dropUnmapped = dropUnmapped;
  }

  @Override
  public List<Entity> recognize(Document doc, Checkpoint checkpoint) {
    return inner.recognize(doc, checkpoint).stream()
        .map(e -> {
          String to = map.get(e.label());
          if (to == null) {
            return dropUnmapped ? null : e;
          }
          return to.isEmpty() ? null : e.withLabel(to);
        })
        .filter(Objects::nonNull)
        .toList();
  }

  @Override
  public Set<String> labels() {
    return inner.labels().stream()
        .map(l -> map.containsKey(l) ? map.get(l) : dropUnmapped ? "" : l)
        .filter(l -> !l.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public String describe() {
    return inner.describe() + " relabelled " + map;
  }
}
