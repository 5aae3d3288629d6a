package io.nerbyoc.training;

import io.nerbyoc.config.Booleans;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Typed reads of string hyperparameters that collect every problem (each naming the key, the
 * value and the rule) so one failed job reports them all.
 */
final class ParamReader {
  private final Map<String, String> raw;
  private final TreeSet<String> known = new TreeSet<>();
  private final List<String> problems = new ArrayList<>();

  ParamReader(Map<String, String> raw) {
    this.raw = raw;
  }

  private String value(String key) {
    known.add(key);
    String v = raw.get(key);
    return v == null || v.isBlank() ? null : v.trim();
  }

  int intInRange(String key, int def, int min, int max) {
    String v = value(key);
    if (v == null) {
      return def;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add("'" + key + "' must be a whole number from " + min + " to " + max + ", got '" + v + "'");
    return def;
  }

  long longValue(String key, long def) {
    String v = value(key);
    if (v == null) {
      return def;
    }
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      problems.add("'" + key + "' must be a whole number, got '" + v + "'");
      return def;
    }
  }

  double doubleInRange(String key, double def, double min, double max) {
    String v = value(key);
    if (v == null) {
      return def;
    }
    Double d = numberIn(v, min, max);
    if (d != null) {
      return d;
    }
    problems.add("'" + key + "' must be a number from " + min + " to " + max + ", got '" + v + "'");
    return def;
  }

  /** {@code auto} (the default; returned as NaN) or a number from min to max. */
  double autoOrDouble(String key, double min, double max) {
    String v = value(key);
    if (v == null || "auto".equalsIgnoreCase(v)) {
      return Double.NaN;
    }
    Double d = numberIn(v, min, max);
    if (d != null) {
      return d;
    }
    problems.add("'" + key + "' must be auto or a number from " + min + " to " + max + ", got '" + v + "'");
    return Double.NaN;
  }

  /**
   * A share that can also be switched on or off: {@code false} is 0, {@code true} is {@code onShare},
   * or a number from 0 to 1.
   */
  double shareOrBool(String key, double def, double onShare) {
    String v = value(key);
    if (v == null) {
      return def;
    }
    if ("true".equalsIgnoreCase(v) || "false".equalsIgnoreCase(v)) {
      return Booleans.parse(v) ? onShare : 0;
    }
    Double d = numberIn(v, 0, 1);
    if (d != null) {
      return d;
    }
    problems.add("'" + key + "' must be true, false or a share from 0 to 1 (true = " + onShare + "), got '" + v + "'");
    return def;
  }

  /** {@code v} as a number from min to max, or null (the caller reports it). */
  private static Double numberIn(String v, double min, double max) {
    try {
      double d = Double.parseDouble(v);
      return d >= min && d <= max ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  String oneOf(String key, String def, String... allowed) {
    String v = value(key);
    if (v == null) {
      return def;
    }
    for (String a : allowed) {
      if (a.equalsIgnoreCase(v)) {
        return a;
      }
    }
    problems.add("'" + key + "' must be one of " + String.join(", ", allowed) + ", got '" + v + "'");
    return def;
  }

  /**
   * The key to read a setting from when it was renamed: {@code key}, or {@code former} when only
   * that is given (older jobs keep working); both at once is a problem.
   */
  String renamed(String key, String former) {
    known.add(former);
    boolean both = value(key) != null && raw.get(former) != null && !raw.get(former).isBlank();
    if (both) {
      problems.add("give '" + key + "' only ('" + former + "' is its former name), got both");
    }
    return value(key) == null && raw.get(former) != null && !raw.get(former).isBlank() ? former : key;
  }

  /** Whether the job set {@code key} itself (explicit choices win over algorithm=auto's). */
  boolean given(String key) {
    return raw.get(key) != null && !raw.get(key).isBlank();
  }

  boolean bool(String key, boolean def) {
    String v = value(key);
    if (v == null) {
      return def;
    }
    try {
      return Booleans.parse(v);
    } catch (IllegalArgumentException e) {
      problems.add("'" + key + "' must be true or false, got '" + v + "'");
      return def;
    }
  }

  /** SageMaker adds its own keys (prefixed sagemaker_) for some frameworks; they are not ours to check. */
  void rejectUnknownKeys() {
    List<String> unknown = new ArrayList<>();
    for (String k : new TreeSet<>(raw.keySet())) {
      if (!known.contains(k) && !k.startsWith("sagemaker_") && !k.startsWith("_")) {
        unknown.add("'" + k + "'");
      }
    }
    if (!unknown.isEmpty()) {
      // First, so the valid keys fit in the 1,024 characters SageMaker shows.
      problems.add(0, "Unknown hyperparameter" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
          + "; valid ones are: " + String.join(", ", known));
    }
  }

  void throwIfProblems() {
    if (!problems.isEmpty()) {
      throw new TrainingInputException("Fix the hyperparameters: " + String.join("; ", problems) + ".");
    }
  }
}
