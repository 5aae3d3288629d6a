package io.nerbyoc.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * A word list kept as data: {@code lists/NAME.txt} beside this class, one entry a line, {@code #}
 * comments and blank lines ignored, entries kept as written (lists of lower-case words are
 * written in lower case). One list per concept, so each can be read, reviewed and tested alone.
 */
public final class WordList {
  private WordList() {}

  public static Set<String> load(String name) {
    String path = "lists/" + name + ".txt";
    InputStream in = WordList.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("word list " + path + " is missing from the jar beside " + WordList.class.getName());
    }
    Set<String> out = new HashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          out.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }
}
