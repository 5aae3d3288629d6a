package io.nerbyoc.codec;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.nerbyoc.data.GoldSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a span-annotated JSON Lines file: spaCy style {@code {"text", "ents": [{"start",
 * "end", "label"}]}} or doccano style {@code {"text", "label": [[start, end, "LABEL"]]}}, offsets
 * in code points. Errors are IllegalArgumentException with a message the reader prefixes with
 * the file and line.
 */
public final class SpanJson {
  public record Line(String text, List<GoldSpan> spans) {}

  private SpanJson() {}

  public static Line parse(String line) {
    JsonElement root;
    try {
      root = JsonParser.parseString(line);
    } catch (JsonParseException e) {
      throw new IllegalArgumentException("the line is not valid JSON (" + JsonErrors.describe(e) + "); each line must be one JSON object.");
    }
    if (!root.isJsonObject()) {
      throw new IllegalArgumentException("the line is not a JSON object; write {\"text\": ..., \"ents\": [...]} or {\"text\": ..., \"label\": [...]}.");
    }
    JsonObject o = root.getAsJsonObject();
    if (!o.has("text") || !o.get("text").isJsonPrimitive()) {
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

  private static GoldSpan span(JsonElement s, JsonElement e, JsonElement l, JsonElement whole) {
    try {
      String label = l.getAsString();
      if (label.isBlank()) {
        throw new IllegalStateException();
      }
      return new GoldSpan(s.getAsInt(), e.getAsInt(), label);
    } catch (RuntimeException x) {
      throw new IllegalArgumentException("span " + whole + " needs whole-number start and end and a non-empty label.");
    }
  }
}
