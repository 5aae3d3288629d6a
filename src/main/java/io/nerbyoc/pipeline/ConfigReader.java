package io.nerbyoc.pipeline;


import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one JSON object of a manifest (already parsed into plain Java values) strictly: every
 * value must have the JSON type asked for and lie in range, and {@link #finish} rejects any key
 * that was not asked for. Errors name the file, the key's path, what was found, what is expected
 * and the valid keys, so a hand-written manifest can be fixed from the message alone.
 */
public final class ConfigReader {
  private final Path file;
  private final String path;
  private final Map<String, Object> values;
  private final Set<String> asked = new LinkedHashSet<>();

  public ConfigReader(Path file, String path, Map<String, Object> values) {
    this.file = file;
    this.path = path;
    this.values = values;
  }

  /** The object at {@code value}, or an error when it is not one. */
  static ConfigReader of(Path file, String path, Object value) {
    if (!(value instanceof Map<?, ?> m)) {
      throw error(file, path, "must be a JSON object, found " + describe(value));
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    m.forEach((k, v) -> copy.put(String.valueOf(k), v));
    return new ConfigReader(file, path, copy);
  }

  public Path file() {
    return file;
  }

  /** The object as read. */
  Map<String, Object> values() {
    return java.util.Collections.unmodifiableMap(values);
  }

  public boolean has(String key) {
    asked.add(key);
    return values.containsKey(key);
  }

  /** Marks a key as valid without reading it (e.g. one read by another reader of the same object). */
  public void allow(String... keys) {
    asked.addAll(List.of(keys));
  }

  public String string(String key, String fallback) {
    Object v = get(key);
    if (v == null) {
      return fallback;
    }
    if (!(v instanceof String s)) {
      throw wrong(key, v, "a string");
    }
    return s;
  }

  public String requiredString(String key) {
    String s = string(key, null);
    if (s == null || s.isEmpty()) {
      throw error(file, at(key), "is required: a non-empty string");
    }
    return s;
  }

  /** One of {@code choices} (case-insensitive), lower-cased. */
  public String choice(String key, String fallback, List<String> choices) {
    String s = string(key, fallback);
    String lower = s == null ? null : s.toLowerCase(java.util.Locale.ROOT);
    if (lower != null && !choices.contains(lower)) {
      throw error(file, at(key), "is \"" + s + "\"; expected one of: " + String.join(", ", choices));
    }
    return lower;
  }

  public boolean bool(String key, boolean fallback) {
    Object v = get(key);
    if (v == null) {
      return fallback;
    }
    if (!(v instanceof Boolean b)) {
      throw wrong(key, v, "true or false (a JSON boolean, without quotes)");
    }
    return b;
  }

  /** A number in [min, max], or {@code fallback} when absent. */
  public double number(String key, double fallback, double min, double max) {
    Object v = get(key);
    if (v == null) {
      return fallback;
    }
    if (!(v instanceof Number n)) {
      throw wrong(key, v, "a number from " + min + " to " + max);
    }
    double d = n.doubleValue();
    if (!(d >= min && d <= max)) {
      throw error(file, at(key), "is " + d + "; expected a number from " + min + " to " + max);
    }
    return d;
  }

  public int integer(String key, int fallback, int min, int max) {
    double d = number(key, fallback, min, max);
    if (d != Math.rint(d)) {
      throw error(file, at(key), "is " + d + "; expected a whole number from " + min + " to " + max);
    }
    return (int) d;
  }

  public List<String> strings(String key) {
    Object v = get(key);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof List<?> l)) {
      throw wrong(key, v, "a list of strings");
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < l.size(); i++) {
      if (!(l.get(i) instanceof String s)) {
        throw error(file, at(key) + "[" + i + "]", "must be a string, found " + describe(l.get(i)));
      }
      out.add(s);
    }
    return List.copyOf(out);
  }

  /** An object of string values; a null value is kept as "" (drop that label). */
  public Map<String, String> stringMap(String key) {
    Object v = get(key);
    if (v == null) {
      return Map.of();
    }
    if (!(v instanceof Map<?, ?> m)) {
      throw wrong(key, v, "an object of label names, e.g. {\"PERSON\": \"person\"}");
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : m.entrySet()) {
      Object x = e.getValue();
      if (x != null && !(x instanceof String)) {
        throw error(file, at(key) + "." + e.getKey(), "must be a label name (a string) or null, found " + describe(x));
      }
      out.put(String.valueOf(e.getKey()), x == null ? "" : (String) x);
    }
    return out;
  }

  /** A non-empty list of objects, each as its own reader. */
  public List<ConfigReader> objects(String key) {
    Object v = get(key);
    if (!(v instanceof List<?> l) || l.isEmpty()) {
      throw error(file, at(key), "must be a non-empty list of objects, found " + describe(v));
    }
    List<ConfigReader> out = new ArrayList<>();
    for (int i = 0; i < l.size(); i++) {
      out.add(of(file, at(key) + "[" + i + "]", l.get(i)));
    }
    return out;
  }

  /** The raw value, for free-form information kept as it is. */
  public Object raw(String key) {
    return get(key);
  }

  /** Rejects every key that was not asked for. */
  public void finish() {
    for (String key : values.keySet()) {
      if (!asked.contains(key)) {
        throw error(file, at(key), "is not a known key here; valid keys: " + String.join(", ", new TreeSet<>(asked))
            + ". Check its spelling, or move free-form notes under \"info\"");
      }
    }
  }

  public ModelLoadException error(String key, String problem) {
    return error(file, at(key), problem);
  }

  private Object get(String key) {
    asked.add(key);
    return values.get(key);
  }

  private String at(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private ModelLoadException wrong(String key, Object found, String expected) {
    return error(file, at(key), "must be " + expected + ", found " + describe(found));
  }

  static ModelLoadException error(Path file, String where, String problem) {
    return new ModelLoadException(file + ": \"" + where + "\" " + problem + ".");
  }

  static String describe(Object v) {
    if (v == null) {
      return "nothing (null)";
    }
    if (v instanceof String s) {
      return "the string \"" + (s.length() > 40 ? s.substring(0, 37) + "..." : s) + "\"";
    }
    if (v instanceof Boolean || v instanceof Number) {
      return (v instanceof Boolean ? "the boolean " : "the number ") + v;
    }
    return v instanceof List<?> ? "a list" : v instanceof Map<?, ?> ? "an object" : v.getClass().getSimpleName();
  }
}
