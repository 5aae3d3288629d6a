package io.nerbyoc.core;

import java.util.List;

/** A document and its entities, in the shape of spaCy's {@code doc.to_json()}. */
public record Doc(String text, List<Entity> ents) {
  public Doc {
    ents = List.copyOf(ents);
  }
}
