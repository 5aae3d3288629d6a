package io.nerbyoc.core;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Per-request choices: the label scheme, optionally the only labels to keep (named in the chosen
 * scheme), whether entities name their source, whether numeric and temporal entities carry their
 * values, and the date relative expressions resolve against (null: the request's arrival, in UTC).
 */
public record RequestOptions(LabelScheme scheme, Set<String> keepLabels, boolean includeSource, boolean values,
    LocalDateTime referenceDate) {

  public RequestOptions {
    keepLabels = keepLabels == null ? null : Set.copyOf(keepLabels);
  }

  public RequestOptions(LabelScheme scheme, Set<String> keepLabels, boolean includeSource) {
    this(scheme, keepLabels, includeSource, true, null);
  }

  public RequestOptions(LabelScheme scheme, Set<String> keepLabels) {
    this(scheme, keepLabels, false);
  }

  public static RequestOptions of(LabelScheme scheme) {
    return new RequestOptions(scheme, null, false);
  }

  public RequestOptions withScheme(LabelScheme s) {
    return new RequestOptions(s, keepLabels, includeSource, values, referenceDate);
  }

  public RequestOptions withKeepLabels(Set<String> labels) {
    return new RequestOptions(scheme, labels, includeSource, values, referenceDate);
  }

  public RequestOptions withIncludeSource(boolean include) {
    return new RequestOptions(scheme, keepLabels, include, values, referenceDate);
  }

  public RequestOptions withValues(boolean on) {
    return new RequestOptions(scheme, keepLabels, includeSource, on, referenceDate);
  }

  public RequestOptions withReferenceDate(LocalDateTime date) {
    return new RequestOptions(scheme, keepLabels, includeSource, values, date);
  }

  /**
   * Renames labels to the scheme, drops what the scheme or the filter excludes, and drops the
   * source unless asked for, and values when turned off.
   */
  public List<Entity> apply(List<Entity> ents) {
    return ents.stream()
        .map(e -> new Entity(e.start(), e.end(), scheme.map(e.label(), e.text()), e.text(), e.score(),
            includeSource ? e.source() : null, values ? e.value() : null))
        .filter(e -> e.label() != null)
        .filter(e -> keepLabels == null || keepLabels.contains(e.label()))
        .toList();
  }

  /** At most this many names are listed in an {@code unknown_label} hint (the error stays under 2 KB). */
  static final int MAX_LISTED = 40;

  /**
   * Refuses a label filter that can never match: a label that is neither one of the scheme's own
   * names nor one of the served model's native labels as the scheme names them. The rule never
   * refuses a label the model can return (its labels pass every scheme unchanged, or renamed as
   * {@link LabelScheme#namesOf} says). With no model labels known (an empty set) nothing is
   * refused.
   *
   * @throws ApiException 400 {@code unknown_label} naming the labels, the scheme's labels and, when
   *     another scheme knows them all, that scheme
   */
  public void checkLabels(Set<String> modelLabels) {
    if (keepLabels == null || modelLabels == null || modelLabels.isEmpty()) {
      return;
    }
    Set<String> allowed = new TreeSet<>(scheme.labels());
    allowed.addAll(scheme.namesOf(modelLabels));
    List<String> unknown = keepLabels.stream().filter(l -> !allowed.contains(l)).sorted().toList();
    if (unknown.isEmpty()) {
      return;
    }
    List<String> quoted = unknown.stream().map(ApiException::quote).toList();
    String message = (unknown.size() == 1 ? "Label " : "Labels ") + String.join(", ", quoted)
        + (unknown.size() == 1 ? " is" : " are") + " not " + (unknown.size() == 1 ? "a label" : "labels")
        + " of label_scheme=" + scheme.wireName() + " or of the served model, so \"labels\" would drop every entity.";
    List<String> hints = new ArrayList<>();
    for (LabelScheme other : LabelScheme.values()) {
      Set<String> there = new TreeSet<>(other.labels());
      there.addAll(other.namesOf(modelLabels));
      if (other != scheme && there.containsAll(unknown)) {
        hints.add((unknown.size() == 1 ? "That is a " + other.wireName() + " label" : "Those are " + other.wireName() + " labels")
            + ": send label_scheme=" + other.wireName()
            + " (options or custom attributes) with " + (unknown.size() == 1 ? "it." : "them."));
        break;
      }
    }
    for (String u : unknown) {
      allowed.stream().filter(a -> a.equalsIgnoreCase(u)).findFirst()
          .ifPresent(a -> hints.add("Labels are case-sensitive: did you mean " + ApiException.quote(a) + "?"));
    }
    List<String> listed = List.copyOf(allowed).subList(0, Math.min(MAX_LISTED, allowed.size()));
    hints.add("Labels under " + scheme.wireName() + ": " + String.join(", ", listed)
        + (allowed.size() > listed.size() ? " and " + (allowed.size() - listed.size()) + " more" : "") + ".");
    throw ApiException.badRequest("unknown_label", message, String.join(" ", hints));
  }
}
