package io.nerbyoc.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Typed reads from an environment map that collect problems instead of failing on the first. */
final class EnvReader {
  private final Map<String, String> env;
  private final List<String> problems = new ArrayList<>();

  EnvReader(Map<String, String> env) {
    this.env = env;
  }

  /** The first of the names that is set and not blank, or null. */
  String raw(String... names) {
    for (String n : names) {
      String v = env.get(n);
      if (v != null && !v.isBlank()) {
        return v.trim();
      }
    }
    return null;
  }

  String string(String name, String def) {
    String v = raw(name);
    return v == null ? def : v;
  }

  long number(String name, long def, long min, long max) {
    String v = raw(name);
    if (v == null) {
      return def;
    }
    try {
      long n = Long.parseLong(v);
      if (n < min || n > max) {
        problems.add(name + "=" + v + " is out of range; use a whole number from " + min + " to " + max);
        return def;
      }
      return n;
    } catch (NumberFormatException e) {
      problems.add(name + "=" + v + " is not a whole number; use one from " + min + " to " + max);
      return def;
    }
  }

  <T> T choice(String name, T def, Function<String, T> parse, String valid) {
    String v = raw(name);
    if (v == null) {
      return def;
    }
    try {
      return parse.apply(v.toLowerCase(Locale.ROOT));
    } catch (RuntimeException e) {
      problems.add(name + "=" + v + " is not valid; use one of: " + valid);
      return def;
    }
  }

  void problem(String message) {
    problems.add(message);
  }

  void throwIfProblems() {
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
  }
}
