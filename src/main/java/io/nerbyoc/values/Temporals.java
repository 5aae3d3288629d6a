package io.nerbyoc.values;

import io.nerbyoc.core.Value;
import java.time.LocalDateTime;

final class Temporals {
  private Temporals() {}

  static Value.Temporal resolve(Words w, LocalDateTime reference) {
    return null;
  }
}
