package io.nerbyoc.spacy.text;

import io.nerbyoc.spacy.format.Msgpack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a pipeline's {@code tokenizer} file holds: the prefix, suffix and infix patterns, the
 * token and URL matches (Python patterns, compiled by {@link PyRegex}), and the special cases
 * (exceptions: a string and the tokens it splits into, with their NORMs).
 */
public record TokenizerRules(Pattern prefix, boolean prefixAnchored, Pattern suffix, Pattern infix, Pattern tokenMatch,
    Pattern urlMatch, Map<String, List<Piece>> specials, boolean fasterHeuristics) {

  /** One token of a special case. */
  public record Piece(String orth, String norm) {}

  // spaCy's attribute ids in the exceptions' token dicts (spacy.attrs).
  private static final long ORTH = 65;
  private static final long NORM = 67;

  public static TokenizerRules read(Path file) throws IOException {
    Object root = Msgpack.read(Files.readAllBytes(file));
    if (!(root instanceof Map<?, ?> m)) {
      throw new IOException("is not a msgpack map (is it spaCy's tokenizer file?)");
    }
    Map<String, List<Piece>> specials = new HashMap<>();
    if (m.get("exceptions") instanceof Map<?, ?> exc) {
      for (Map.Entry<?, ?> e : exc.entrySet()) {
        List<Piece> pieces = new ArrayList<>();
        for (Object o : (List<?>) e.getValue()) {
          Map<?, ?> attrs = (Map<?, ?>) o;
          String orth = null;
          String norm = null;
          for (Map.Entry<?, ?> a : attrs.entrySet()) {
            long key = ((Number) a.getKey()).longValue();
            if (key == ORTH) {
              orth = (String) a.getValue();
            } else if (key == NORM) {
              norm = (String) a.getValue();
            }
          }
          if (orth == null) {
            throw new IOException("special case " + e.getKey() + " has a token without ORTH");
          }
          pieces.add(new Piece(orth, norm));
        }
        specials.put((String) e.getKey(), List.copyOf(pieces));
      }
    }
    Object faster = m.get("faster_heuristics");
    boolean anchored = m.get("prefix_search") instanceof String p && PyRegex.anchoredAtStart(p);
    return new TokenizerRules(pattern(m, "prefix_search"), anchored, pattern(m, "suffix_search"), pattern(m, "infix_finditer"),
        pattern(m, "token_match"), pattern(m, "url_match"), Map.copyOf(specials),
        faster == null || Boolean.TRUE.equals(faster));
  }

  private static Pattern pattern(Map<?, ?> m, String key) throws IOException {
    Object v = m.get(key);
    if (!(v instanceof String s)) {
      return null;
    }
    try {
      return PyRegex.compile(s);
    } catch (IllegalArgumentException e) {
      throw new IOException(key + ": " + e.getMessage(), e);
    }
  }
}
