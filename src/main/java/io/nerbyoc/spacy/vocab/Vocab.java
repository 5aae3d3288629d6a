package io.nerbyoc.spacy.vocab;

import io.nerbyoc.spacy.text.PyStrings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lexical attributes of a word as spaCy's English-style vocab computes them: NORM from the
 * pipeline's {@code lexeme_norm} table, else spaCy's base norms (quotes, currency signs), else the
 * lower case; PREFIX the first character; SUFFIX the last three; SHAPE the word shape. Results are
 * cached per word, as spaCy's vocab keeps its lexemes.
 */
public final class Vocab {
  private static final Map<String, String> BASE_NORMS = readBaseNorms();
  private static final int CACHE_LIMIT = 50_000;

  private final Map<Long, String> lexemeNorms;
  private final Map<String, LexemeFeatures> cache = new ConcurrentHashMap<>();

  /**
   * @param lexemeNorms the pipeline's {@code lexeme_norm} lookups table, keyed by the word's string
   *     id as spaCy stores it (empty when it has none)
   */
  public Vocab(Map<Long, String> lexemeNorms) {
    this.lexemeNorms = Map.copyOf(lexemeNorms);
  }

  /** The word's attributes; {@code normOverride} is a tokenizer exception's NORM (or null). */
  public LexemeFeatures features(String orth, String normOverride) {
    LexemeFeatures f = cache.get(orth);
    if (f == null) {
      f = compute(orth);
      if (cache.size() < CACHE_LIMIT) {
        cache.put(orth, f);
      }
    }
    if (normOverride != null) {
      return new LexemeFeatures(StringIds.of(normOverride), f.prefix(), f.suffix(), f.shape(), f.lower(), f.orth(),
          f.isSpace(), f.text());
    }
    return f;
  }

  private LexemeFeatures compute(String orth) {
    String lower = orth.toLowerCase(Locale.ROOT);
    long orthId = StringIds.of(orth);
    String norm = lexemeNorms.get(orthId);
    if (norm == null) {
      norm = BASE_NORMS.getOrDefault(orth, lower);
    }
    String prefix = orth.isEmpty() ? "" : PyStrings.head(orth, 1);
    return new LexemeFeatures(StringIds.of(norm), StringIds.of(prefix), StringIds.of(PyStrings.tail(orth, 3)),
        StringIds.of(shape(orth)), StringIds.of(lower), orthId, PyStrings.isSpace(orth), orth);
  }

  /** spaCy's word shape: letters as X/x, digits as d, others kept; runs cut after four; "LONG" from 100 characters. */
  static String shape(String text) {
    if (text.codePointCount(0, text.length()) >= 100) {
      return "LONG";
    }
    StringBuilder out = new StringBuilder();
    int last = -1;
    int seq = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int c = PyStrings.isAlpha(cp) ? (PyStrings.isUpper(cp) ? 'X' : 'x') : PyStrings.isDigit(cp) ? 'd' : cp;
      if (c == last) {
        seq++;
      } else {
        seq = 0;
        last = c;
      }
      if (seq < 4) {
        out.appendCodePoint(c);
      }
    }
    return out.toString();
  }

  private static Map<String, String> readBaseNorms() {
    Map<String, String> m = new HashMap<>();
    try (InputStream in = Vocab.class.getResourceAsStream("/io/nerbyoc/spacy/base-norms.tsv")) {
      if (in == null) {
        throw new IllegalStateException("base-norms.tsv is missing from the jar; rebuild it");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        int tab = line.indexOf('\t');
        m.put(line.substring(0, tab), line.substring(tab + 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(m);
  }
}
