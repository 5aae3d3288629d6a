package io.nerbyoc.engine.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Frequent English words ({@code common-words.txt}, written small): in capitals they are emphasis,
 * a headline or a table header, not a name, so the capital-reading rules leave them alone.
 */
final class CommonWords {
  private static final Set<String> WORDS = read("common-words.txt");

  private CommonWords() {}

  /** Whether {@code word}, in any case, is on the list. */
  static boolean contains(String word) {
    return WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> read(String resource) {
    Set<String> words = new HashSet<>();
    try (InputStream in = CommonWords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource " + resource + " is missing from the jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.startsWith("#")) {
          for (String w : line.trim().split("\\s+")) {
            if (!w.isEmpty()) {
              words.add(w.toLowerCase(Locale.ROOT));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
