package io.nerbyoc.core;

import java.util.List;
import java.util.Set;

/**
 * Per-request choices: the label scheme and, optionally, the only labels to keep (named in the
 * chosen scheme).
 */
public record RequestOptions(LabelScheme scheme, Set<String> keepLabels, boolean includeSource) {

  public RequestOptions {
    keepLabels = keepLabels == null ? null : Set.copyOf(keepLabels);
  }

  public RequestOptions(LabelScheme scheme, Set<String> keepLabels) {
    this(scheme, keepLabels, false);
  }

  public static RequestOptions of(LabelScheme scheme) {
    return new RequestOptions(scheme, null, false);
  }

  public RequestOptions withScheme(LabelScheme s) {
    return new RequestOptions(s, keepLabels, includeSource);
  }

  public RequestOptions withKeepLabels(Set<String> labels) {
    return new RequestOptions(scheme, labels, includeSource);
  }

  public RequestOptions withIncludeSource(boolean include) {
    return new RequestOptions(scheme, keepLabels, include);
  }

  /**
   * Renames labels to the scheme, drops what the scheme or the filter excludes, and drops the
   * source unless asked for.
   */
  public List<Entity> apply(List<Entity> ents) {
    return ents.stream()
        .map(e -> new Entity(e.start(), e.end(), scheme.map(e.label(), e.text()), e.text(), e.score(),
            includeSource ? e.source() : null))
        .filter(e -> e.label() != null)
        .filter(e -> keepLabels == null || keepLabels.contains(e.label()))
        .toList();
  }
}
