package io.nerbyoc.lists;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word lists kept as data: {@code lists/NAME.txt} in the package of the class that uses them, one
 * entry a line, kept as written (lists of lower-case words are written in lower case). Lines
 * starting with {@code #} and blank lines are comments; an entry that itself starts with {@code #},
 * {@code [} or a backslash is written after a backslash ({@code \#}). One list per concept, so each
 * can be read, reviewed, tuned and tested alone; each is read once, by a static field.
 *
 * <p>A list whose entries carry a type is written in sections: a line {@code [LAW]} starts the
 * entries of type {@code LAW}.
 */
public final class WordLists {
  private static final Pattern SECTION = Pattern.compile("\\[(\\S+)]");

  private WordLists() {}

  /** The entries of {@code lists/NAME.txt} beside {@code owner}, as a set. */
  public static Set<String> set(Class<?> owner, String name) {
    return Set.copyOf(list(owner, name));
  }

  /** The entries in the order written (for lists where order decides, and for tests). */
  public static List<String> list(Class<?> owner, String name) {
    List<String> out = new ArrayList<>();
    for (Line line : read(owner, name)) {
      if (line.section() != null) {
        throw new IllegalStateException(path(owner, name) + " line " + line.number() + ": a plain list has no sections");
      }
      out.add(line.entry());
    }
    return List.copyOf(out);
  }

  /**
   * A list of phrases, one a line with its words (tokens) separated by a space, as word arrays in
   * the order written: "New Year 's Day" is {"New", "Year", "'s", "Day"}.
   */
  public static String[][] phrases(Class<?> owner, String name) {
    return list(owner, name).stream().map(p -> p.split(" ")).toArray(String[][]::new);
  }

  /** A list written in sections: each section's name and its entries, both in the order written. */
  public static Map<String, List<String>> sections(Class<?> owner, String name) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    List<String> current = null;
    for (Line line : read(owner, name)) {
      if (line.section() != null) {
        current = out.computeIfAbsent(line.section(), k -> new ArrayList<>());
      } else if (current == null) {
        throw new IllegalStateException(path(owner, name) + " line " + line.number() + ": an entry before the first [SECTION]");
      } else {
        current.add(line.entry());
      }
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return java.util.Collections.unmodifiableMap(out);
  }

  /** A sectioned list read as entry to section ("Act" to LAW); an entry in two sections is an error. */
  public static Map<String, String> typed(Class<?> owner, String name) {
    Map<String, String> out = new LinkedHashMap<>();
    sections(owner, name).forEach((type, entries) -> {
      for (String e : entries) {
        String before = out.putIfAbsent(e, type);
        if (before != null) {
          throw new IllegalStateException(path(owner, name) + ": '" + e + "' is under both [" + before + "] and [" + type + "]");
        }
      }
    });
    return Map.copyOf(out);
  }

  /** The lines of a list as written, for the tests that check them (stray spaces, duplicates). */
  public static List<String> rawLines(Class<?> owner, String name) {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = open(owner, name)) {
      for (String line; (line = r.readLine()) != null; ) {
        out.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** One entry or section header of a list, with its line number. */
  private record Line(int number, String entry, String section) {}

  private static List<Line> read(Class<?> owner, String name) {
    List<Line> out = new ArrayList<>();
    int number = 0;
    for (String raw : rawLines(owner, name)) {
      number++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher m = SECTION.matcher(line);
      if (m.matches()) {
        out.add(new Line(number, null, m.group(1)));
      } else {
        out.add(new Line(number, line.startsWith("\\") ? line.substring(1) : line, null));
      }
    }
    return out;
  }

  private static BufferedReader open(Class<?> owner, String name) {
    InputStream in = owner.getResourceAsStream("lists/" + name + ".txt");
    if (in == null) {
      throw new IllegalStateException("word list " + path(owner, name) + " is missing from the jar");
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  private static String path(Class<?> owner, String name) {
    return owner.getPackageName().replace('.', '/') + "/lists/" + name + ".txt";
  }
}
