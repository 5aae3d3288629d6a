package io.nerbyoc.spacy.vocab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * spaCy's string ids: a fixed symbol table (attribute names, tags, entity types: symbols.tsv,
 * spaCy's {@code spacy.symbols.IDS}) takes precedence, every other string is MurmurHash64A of its
 * UTF-8 with seed 1. A lexeme whose prefix is "X" gets the symbol's id, not the hash, so the table
 * matters for the embeddings.
 */
public final class StringIds {
  private static final Map<String, Long> SYMBOLS = load();

  private StringIds() {}

  /** The id spaCy's StringStore gives {@code s} (an unsigned 64-bit value in a long). */
  public static long of(String s) {
    Long symbol = SYMBOLS.get(s);
    if (symbol != null) {
      return symbol;
    }
    return MurmurHash.hash64A(s.getBytes(StandardCharsets.UTF_8), 1);
  }

  private static Map<String, Long> load() {
    Map<String, Long> m = new HashMap<>();
    try (InputStream in = StringIds.class.getResourceAsStream("/io/nerbyoc/spacy/symbols.tsv")) {
      if (in == null) {
        throw new IllegalStateException("symbols.tsv is missing from the jar; rebuild it");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        int tab = line.lastIndexOf('\t');
        m.put(line.substring(0, tab), Long.parseLong(line.substring(tab + 1)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(m);
  }
}
