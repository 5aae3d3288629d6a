package io.nerbyoc.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code --name value} command-line options of the benchmark tools, with defaults, and the
 * {@code key<TAB>value} results file that {@code scripts/bench_serve.sh} turns into its report.
 */
final class BenchArgs {
  private final Map<String, String> values = new HashMap<>();

  BenchArgs(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 == args.length) {
        throw new IllegalArgumentException("Expected --name value pairs, got '" + args[i] + "'.");
      }
      values.put(args[i].substring(2), args[++i]);
    }
  }

  String string(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  int integer(String name, int fallback) {
    return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
  }

  double seconds(String name, double fallback) {
    return values.containsKey(name) ? Double.parseDouble(values.get(name)) : fallback;
  }

  List<Integer> integers(String name, String fallback) {
    return Arrays.stream(string(name, fallback).split(",")).map(String::trim).map(Integer::parseInt).toList();
  }

  /** Appends {@code key<TAB>value} to --results when given; the shell script reads it back. */
  void record(String key, double value) throws IOException {
    String file = values.get("results");
    if (file != null) {
      Files.writeString(Path.of(file), String.format(Locale.ROOT, "%s\t%.3f%n", key, value),
          StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
  }
}
