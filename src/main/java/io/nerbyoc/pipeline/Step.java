package io.nerbyoc.pipeline;

import io.nerbyoc.core.Recognizer;
import io.nerbyoc.core.RelabelingRecognizer;
import java.util.Map;
import java.util.Set;

/**
 * One parsed pipeline step: its component with the typed config, an optional renaming of its
 * labels into the pipeline's label set, and the step's JSON as written (for manifests).
 */
public record Step(Component<?> component, Object config, Map<String, String> labelMap, boolean dropUnmapped,
    Map<String, Object> json) {

  public Step {
    labelMap = Map.copyOf(labelMap);
    json = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(json));
  }

  @SuppressWarnings("unchecked")
  private Component<Object> typed() {
    return (Component<Object>) component;
  }

  Recognizer create(LoadContext ctx) {
    Recognizer r = typed().create(config, ctx);
    return labelMap.isEmpty() ? r : new RelabelingRecognizer(r, labelMap, dropUnmapped);
  }

  Set<String> embeddedFiles() {
    return typed().embeddedFiles(config);
  }
}
