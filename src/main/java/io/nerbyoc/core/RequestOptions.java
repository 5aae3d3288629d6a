package io.nerbyoc.core;

import java.util.List;
import java.util.Set;

/**
 * Per-request choices: the label scheme and, optionally, the only labels to keep (named in the
 * chosen scheme).
 */
public record RequestOptions(LabelScheme scheme, Set<String> keepLabels) {

  public RequestOptions {
    keepLabels = keepLabels == null ? null : Set.copyOf(keepLabels);
  }

  public static RequestOptions of(LabelScheme scheme) {
    return new RequestOptions(scheme, null);
  }

  public RequestOptions withScheme(LabelScheme s) {
    return new RequestOptions(s, keepLabels);
  }

  public RequestOptions withKeepLabels(Set<String> labels) {
    return new RequestOptions(scheme, labels);
  }

  /** Renames labels to the scheme, drops what the scheme or the filter excludes. */
  public List<Entity> apply(List<Entity> ents) {
    return ents.stream()
        .map(e -> e.withLabel(scheme.map(e.label(), e.text())))
        .filter(e -> e.label() != null)
        .filter(e -> keepLabels == null || keepLabels.contains(e.label()))
        .toList();
  }
}
