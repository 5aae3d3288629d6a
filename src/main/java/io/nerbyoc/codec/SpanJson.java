package io.nerbyoc.codec;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.nerbyoc.core.GoldSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a span-annotated JSON Lines file: spaCy style {@code {"text", "ents": [{"start",
 * "end", "label"}]}} or doccano style {@code {"text", "label": [[start, end, "LABEL"]]}}, offsets
 * in code points; strict JSON ({@link StrictJson}). Errors are IllegalArgumentException with a message the reader prefixes with
 * the file and line.
 */
public final class SpanJson {
  public record Line(String text, List<GoldSpan> spans) {}

  private SpanJson() {}

  public static Line parse(String line) {
    JsonElement root;
    try {
      root = StrictJson.read(line);
    } catch (StrictJson.InvalidJson e) {
      throw new IllegalArgumentException("the line is not valid JSON (" + StrictJson.withinLine(e.getMessage())
          + "); each line must be one JSON object, each key once, double-quoted, without comments.");
    }
    if (!root.isJsonObject()) {
      throw new IllegalArgumentException("the line is not a JSON object; write {\"text\": ..., \"ents\": [...]} or {\"text\": ..., \"label\": [...]}.");
    }
    JsonObject o = root.getAsJsonObject();
    if (!o.has("text") || !o.get("text").isJsonPrimitive() || !o.get("text").getAsJsonPrimitive().isString()) {
      throw new IllegalArgumentException("the object has no string \"text\" field; every line needs the document text.");
    }
    String text = o.get("text").getAsString();
    List<GoldSpan> spans = new ArrayList<>();
    if (o.has("ents")) {
      for (JsonElement e : array(o, "ents")) {
        if (!e.isJsonObject()) {
          throw new IllegalArgumentException("\"ents\" holds " + e + "; each entity must be {\"start\": 0, \"end\": 5, \"label\": \"ORG\"}.");
        }
        JsonObject ent = e.getAsJsonObject();
        spans.add(span(ent.get("start"), ent.get("end"), ent.get("label"), e));
      }
    } else if (o.has("label")) {
      for (JsonElement e : array(o, "label")) {
        if (!e.isJsonArray() || e.getAsJsonArray().size() != 3) {
          throw new IllegalArgumentException("\"label\" holds " + e + "; each entry must be [start, end, \"LABEL\"].");
        }
        JsonArray a = e.getAsJsonArray();
        spans.add(span(a.get(0), a.get(1), a.get(2), e));
      }
    }
    return new Line(text, spans);
  }

  private static JsonArray array(JsonObject o, String key) {
    if (!o.get(key).isJsonArray()) {
      throw new IllegalArgumentException("\"" + key + "\" must be a JSON array.");
    }
    return o.getAsJsonArray(key);
  }

  private static int whole(JsonElement n) {
    if (!n.getAsJsonPrimitive().isNumber()) {
      throw new IllegalStateException();
    }
    return n.getAsBigDecimal().intValueExact();
  }

  private static GoldSpan span(JsonElement s, JsonElement e, JsonElement l, JsonElement whole) {
    try {
      // Typed as written: "5" or 5.5 is a mistake to report, not a number to coerce.
      if (!l.getAsJsonPrimitive().isString() || l.getAsString().isBlank()) {
        throw new IllegalStateException();
      }
      return new GoldSpan(whole(s), whole(e), l.getAsString());
    } catch (RuntimeException x) {
      throw new IllegalArgumentException("span " + whole + " needs whole-number start and end and a non-empty label.");
    }
  }
}
