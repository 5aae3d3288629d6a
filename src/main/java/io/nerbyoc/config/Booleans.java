package io.nerbyoc.config;

import java.util.Locale;

/**
 * The one rule for a boolean written as text, wherever it comes from (environment variables,
 * hyperparameters, X-Amzn-SageMaker-Custom-Attributes, manifests): {@code true} or {@code false}
 * in any case, surrounding spaces ignored. Nothing else: "1", "yes" or "on" would be a second
 * dialect to document, and a lenient reader silently turns a typo into false.
 */
public final class Booleans {
  /** For messages that list the valid values. */
  public static final String VALID = "true, false";

  private Booleans() {}

  /** @throws IllegalArgumentException naming the value and the valid ones */
  public static boolean parse(String value) {
    String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException(
          "'" + value + "' is not a boolean; use true or false (any case; 1, 0, yes and no are not accepted)");
    };
  }
}
