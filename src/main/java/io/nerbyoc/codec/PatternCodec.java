package io.nerbyoc.codec;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.nerbyoc.patterns.EntityPattern;
import io.nerbyoc.patterns.LightTokenizer;
import io.nerbyoc.patterns.PatternException;
import io.nerbyoc.patterns.TokenSpec;
import io.nerbyoc.patterns.TokenSpec.Attr;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a spaCy EntityRuler patterns file (JSON Lines, each line strict JSON: {@link StrictJson}).
 * A bad line is rejected at load with its line number and the reason, never skipped silently.
 */
public final class PatternCodec {
  private static final String TOKEN_KEYS = "ORTH, TEXT, LOWER, SHAPE, IS_DIGIT, IS_TITLE, IS_UPPER, REGEX, OP";

  private PatternCodec() {}

  public static List<EntityPattern> read(Path file) throws IOException {
    List<EntityPattern> out = new ArrayList<>();
    String name = file.toString();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        out.add(parse(line, name, n));
      }
    }
    if (out.isEmpty()) {
      throw new PatternException(name, 0, "the file has no patterns; put one JSON object per line");
    }
    return out;
  }

  static EntityPattern parse(String line, String file, int n) {
    JsonElement e;
    try {
      e = StrictJson.read(line);
    } catch (StrictJson.InvalidJson ex) {
      throw new PatternException(file, n, "not valid JSON (" + StrictJson.withinLine(ex.getMessage())
          + "); write one JSON object per line, each key once, double-quoted, without comments");
    }
    if (!e.isJsonObject()) {
      throw new PatternException(file, n, "expected an object like {\"label\": \"ORG\", \"pattern\": \"Acme Corp\"}");
    }
    JsonObject o = e.getAsJsonObject();
    String label = string(o, "label", file, n);
    if (label == null || label.isBlank()) {
      throw new PatternException(file, n, "\"label\" is missing or empty");
    }
    String id = o.has("id") ? o.get("id").getAsString() : null;
    JsonElement p = o.get("pattern");
    if (p == null) {
      throw new PatternException(file, n, "\"pattern\" is missing");
    }
    if (p.isJsonPrimitive() && p.getAsJsonPrimitive().isString()) {
      List<String> tokens = LightTokenizer.tokenize(p.getAsString()).stream().map(io.nerbyoc.core.Token::word).toList();
      if (tokens.isEmpty()) {
        throw new PatternException(file, n, "the phrase pattern is empty");
      }
      return new EntityPattern(label, id, tokens, null);
    }
    if (!p.isJsonArray() || p.getAsJsonArray().isEmpty()) {
      throw new PatternException(file, n, "\"pattern\" must be a phrase string or a non-empty array of token objects");
    }
    List<TokenSpec> specs = new ArrayList<>();
    for (JsonElement t : p.getAsJsonArray()) {
      if (!t.isJsonObject()) {
        throw new PatternException(file, n, "each token in \"pattern\" must be an object such as {\"LOWER\": \"san\"}");
      }
      specs.add(token(t.getAsJsonObject(), file, n));
    }
    return new EntityPattern(label, id, null, specs);
  }

  private static TokenSpec token(JsonObject t, String file, int n) {
    List<TokenSpec.Test> tests = new ArrayList<>();
    TokenSpec.Op op = TokenSpec.Op.ONE;
    for (Map.Entry<String, JsonElement> kv : t.entrySet()) {
      String key = kv.getKey().toUpperCase(Locale.ROOT);
      JsonElement v = kv.getValue();
      try {
        switch (key) {
          case "OP" -> op = TokenSpec.Op.parse(v.getAsString());
          case "ORTH", "TEXT", "LOWER", "SHAPE" -> {
            Attr attr = Attr.valueOf(key);
            if (v.isJsonObject() && v.getAsJsonObject().has("REGEX")) {
              tests.add(new TokenSpec.Regex(regex(v.getAsJsonObject().get("REGEX"), file, n)));
            } else {
              String value = primitiveString(v);
              tests.add(new TokenSpec.Equals(attr, attr == Attr.LOWER ? value.toLowerCase(Locale.ROOT) : value));
            }
          }
          case "IS_DIGIT", "IS_TITLE", "IS_UPPER" -> {
            if (!(v.isJsonPrimitive() && v.getAsJsonPrimitive().isBoolean())) {
              throw new PatternException(file, n, key + " must be true or false");
            }
            tests.add(new TokenSpec.Flag(Attr.valueOf(key), v.getAsBoolean()));
          }
          case "REGEX" -> tests.add(new TokenSpec.Regex(regex(v, file, n)));
          default -> throw new PatternException(file, n, "token attribute '" + kv.getKey() + "' is not supported; use " + TOKEN_KEYS);
        }
      } catch (IllegalArgumentException | IllegalStateException | UnsupportedOperationException ex) {
        throw new PatternException(file, n, "token attribute " + kv.getKey() + ": " + ex.getMessage());
      }
    }
    if (tests.isEmpty() && op != TokenSpec.Op.ONE && op != TokenSpec.Op.OPTIONAL && op != TokenSpec.Op.STAR) {
      throw new PatternException(file, n, "a token with OP '" + op + "' needs at least one attribute");
    }
    return new TokenSpec(tests, op);
  }

  private static Pattern regex(JsonElement v, String file, int n) {
    try {
      return Pattern.compile(primitiveString(v));
    } catch (PatternSyntaxException e) {
      throw new PatternException(file, n, "REGEX does not compile: " + e.getDescription());
    }
  }

  private static String primitiveString(JsonElement v) {
    if (v instanceof JsonPrimitive p && p.isString()) {
      return p.getAsString();
    }
    throw new IllegalArgumentException("expected a string, got " + v);
  }

  private static String string(JsonObject o, String key, String file, int n) {
    JsonElement v = o.get(key);
    if (v == null) {
      return null;
    }
    if (!(v instanceof JsonPrimitive p && p.isString())) {
      throw new PatternException(file, n, "\"" + key + "\" must be a string");
    }
    return v.getAsString();
  }
}
