package io.nerbyoc.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A document and its entities, in the shape of spaCy's {@code doc.to_json()}; {@code values}, when
 * not null, holds each entity's {@link Value} (or null) at the entity's index.
 */
public record Doc(String text, List<Entity> ents, List<Value> values) {
  public Doc {
    ents = List.copyOf(ents);
    if (values != null && values.size() != ents.size()) {
      throw new IllegalArgumentException(values.size() + " values for " + ents.size() + " entities");
    }
    values = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values)); // nulls allowed
  }

  public Doc(String text, List<Entity> ents) {
    this(text, ents, null);
  }

  /** The value of entity {@code i}, or null. */
  public Value value(int i) {
    return values == null ? null : values.get(i);
  }
}
