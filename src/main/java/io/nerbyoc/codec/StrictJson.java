package io.nerbyoc.codec;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.nerbyoc.core.ApiException;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;

/**
 * The one JSON parser for everything a client sends (bodies, JSON Lines lines, KServe headers,
 * model loads) and for every file we read (manifests, patterns, training data, job configuration):
 * RFC 8259 only (no comments, single quotes or unquoted names), one value, and no duplicate keys.
 * Gson's own tree builder keeps the last of two equal keys, so {@code {"text": "a", "text": "b"}}
 * would silently answer for "b"; this builds the tree itself.
 */
public final class StrictJson {
  static final String HINT = "Send one well-formed JSON value (RFC 8259), UTF-8 encoded, each key once per object, "
      + "nested at most 255 levels.";

  static final int MAX_NUMBER_CHARS = 1000;

  private StrictJson() {}

  /** The JSON value in {@code json}; {@code where} names it in the 400 ("The request body", "Line 3"). */
  public static JsonElement parse(String json, String where) {
    try {
      return read(json);
    } catch (InvalidJson e) {
      throw invalid(where, e.getMessage());
    }
  }

  /**
   * One line of a JSON Lines request: the 400 names that line once, with the column when known
   * ("Line 3, column 3: not valid JSON (malformed JSON path $)"), never Gson's "line 1" of the
   * one-line document.
   */
  public static JsonElement parseLine(String json, int number) {
    try {
      return read(json);
    } catch (InvalidJson e) {
      throw ApiException.badRequest("invalid_json", lineMessage(number, e.getMessage()), HINT);
    }
  }

  static String lineMessage(int number, String detail) {
    java.util.regex.Matcher m = LINE_1_COLUMN.matcher(detail);
    if (m.find()) {
      String rest = (detail.substring(0, m.start()) + detail.substring(m.end())).trim();
      return "Line " + number + ", column " + m.group(1) + ": not valid JSON (" + rest + ").";
    }
    return "Line " + number + ": not valid JSON (" + detail + ").";
  }

  private static final java.util.regex.Pattern LINE_1_COLUMN = java.util.regex.Pattern.compile(" ?at line 1 column (\\d+)");

  /**
   * The same rules for files (patterns, training data, job configuration), which report problems
   * with the file's name rather than as an HTTP 400.
   *
   * @throws InvalidJson naming the problem and where: "duplicate key 'a' at line 2 column 7 path $.a"
   */
  public static JsonElement read(String json) {
    try {
      JsonReader reader = new JsonReader(new StringReader(json));
      reader.setStrictness(Strictness.STRICT);
      JsonElement e = value(reader);
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        throw new InvalidJson("trailing data after the JSON value " + position(reader));
      }
      return e;
    } catch (IOException | IllegalStateException | NumberFormatException | StackOverflowError e) {
      throw new InvalidJson(JsonErrors.describe(e));
    }
  }

  /**
   * For one line of a JSON Lines file, whose reader names the file's line: "at line 1 column 9"
   * becomes "at column 9".
   */
  public static String withinLine(String detail) {
    return detail.replace(" at line 1 column ", " at column ");
  }

  /** Not RFC 8259 JSON, or a key twice in one object; the message says what and where. */
  public static final class InvalidJson extends IllegalArgumentException {
    InvalidJson(String detail) {
      super(detail);
    }
  }

  /** Recursion depth is bounded by the reader's nesting limit (255). */
  private static JsonElement value(JsonReader in) throws IOException {
    switch (in.peek()) {
      case BEGIN_ARRAY -> {
        JsonArray a = new JsonArray();
        in.beginArray();
        while (in.hasNext()) {
          a.add(value(in));
        }
        in.endArray();
        return a;
      }
      case BEGIN_OBJECT -> {
        JsonObject o = new JsonObject();
        in.beginObject();
        while (in.hasNext()) {
          String key = in.nextName();
          if (o.has(key)) {
            throw new DuplicateKey(key, position(in));
          }
          o.add(key, value(in));
        }
        in.endObject();
        return o;
      }
      case STRING -> {
        return new JsonPrimitive(in.nextString());
      }
      case NUMBER -> {
        String n = in.nextString();
        if (n.length() > MAX_NUMBER_CHARS) {
          // BigDecimal parses in time quadratic in the digits; no request needs such a number.
          throw new IOException("a number of " + n.length() + " characters " + position(in) + " (at most "
              + MAX_NUMBER_CHARS + ")");
        }
        // Exact: range checks (KServe shapes and sizes) then see 2^64 + 1 as it is, not wrapped.
        return new JsonPrimitive(new BigDecimal(n));
      }
      case BOOLEAN -> {
        return new JsonPrimitive(in.nextBoolean());
      }
      case NULL -> {
        in.nextNull();
        return JsonNull.INSTANCE;
      }
      default -> throw new IOException("unexpected " + in.peek() + " " + position(in));
    }
  }

  /** "at line 2 column 7 path $.a", as Gson's own errors say it. */
  private static String position(JsonReader in) {
    String s = in.toString();
    int at = s.indexOf(" at line ");
    return at < 0 ? "at path " + in.getPath() : s.substring(at + 1);
  }

  private static ApiException invalid(String where, String detail) {
    return ApiException.badRequest("invalid_json", where + " is not valid JSON: " + detail, HINT);
  }

  /** A key seen twice in one object; thrown as the reader's own errors are, so it gets the same 400. */
  private static final class DuplicateKey extends IOException {
    DuplicateKey(String key, String path) {
      super("duplicate key " + ApiException.quote(key) + " " + path);
    }
  }
}
