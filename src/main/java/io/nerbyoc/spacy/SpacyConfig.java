package io.nerbyoc.spacy;

import io.nerbyoc.spacy.format.MiniJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pipeline's {@code config.cfg} (confection's format): {@code [dotted.section]} headers,
 * {@code key = value} lines whose values are JSON-like, and {@code ${section.key}} references,
 * resolved on read. Only what the engine checks is read: names, architectures and sizes.
 */
public final class SpacyConfig {
  private static final Pattern REF = Pattern.compile("\\$\\{([^}]+)}");

  private final Path file;
  private final Map<String, Map<String, String>> sections;

  private SpacyConfig(Path file, Map<String, Map<String, String>> sections) {
    this.file = file;
    this.sections = sections;
  }

  public static SpacyConfig read(Path file) throws IOException {
    Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    Map<String, String> current = null;
    String lastKey = null;
    for (String raw : Files.readAllLines(file)) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        current = sections.computeIfAbsent(line.substring(1, line.length() - 1).strip(), k -> new LinkedHashMap<>());
        lastKey = null;
        continue;
      }
      if (current == null) {
        throw new IOException(file + ": a value before the first [section]: " + line);
      }
      int eq = line.indexOf('=');
      if (Character.isWhitespace(raw.charAt(0)) && lastKey != null) {
        current.put(lastKey, current.get(lastKey) + "\n" + line); // continuation of a multi-line value
        continue;
      }
      if (eq < 0) {
        throw new IOException(file + ": expected key = value, found: " + line);
      }
      lastKey = line.substring(0, eq).strip();
      current.put(lastKey, line.substring(eq + 1).strip());
    }
    return new SpacyConfig(file, sections);
  }

  public Path file() {
    return file;
  }

  public boolean hasSection(String section) {
    return sections.containsKey(section);
  }

  /** The value at {@code section} / {@code key}, references resolved; null when absent. */
  public Object get(String section, String key) throws IOException {
    Map<String, String> s = sections.get(section);
    if (s == null || !s.containsKey(key)) {
      return null;
    }
    return resolve(s.get(key), 0);
  }

  public String string(String section, String key) throws IOException {
    Object v = get(section, key);
    return v == null ? null : String.valueOf(v);
  }

  public int integer(String section, String key, int fallback) throws IOException {
    Object v = get(section, key);
    return v instanceof Number n ? n.intValue() : fallback;
  }

  public boolean bool(String section, String key, boolean fallback) throws IOException {
    Object v = get(section, key);
    return v instanceof Boolean b ? b : fallback;
  }

  @SuppressWarnings("unchecked")
  public List<Object> list(String section, String key) throws IOException {
    Object v = get(section, key);
    return v instanceof List<?> l ? (List<Object>) l : List.of();
  }

  private Object resolve(String raw, int depth) throws IOException {
    if (depth > 10) {
      throw new IOException(file + ": references nested too deep at " + raw);
    }
    Matcher whole = REF.matcher(raw);
    if (whole.matches()) {
      String target = whole.group(1);
      int dot = target.lastIndexOf('.');
      Map<String, String> s = sections.get(target.substring(0, dot));
      if (s == null || !s.containsKey(target.substring(dot + 1))) {
        throw new IOException(file + ": ${" + target + "} names no value");
      }
      return resolve(s.get(target.substring(dot + 1)), depth + 1);
    }
    try {
      return MiniJson.parse(raw);
    } catch (IOException e) {
      return raw; // confection reads what is not JSON as a plain string
    }
  }
}
