package io.nerbyoc.codec;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.nerbyoc.core.GoldSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One span-annotated document as JSON, offsets in code points; strict JSON ({@link StrictJson}):
 * <ul>
 *   <li>spaCy, Prodigy or doccano lines: {@code {"text", "ents" | "entities" | "spans" | "label": [...]}},
 *       each entity {@code {"start", "end", "label"}} or {@code [start, end, "LABEL"]};
 *   <li>spaCy v2's training tuple: {@code ["text", {"entities": [[start, end, "LABEL"]]}]};
 *   <li>a SageMaker Ground Truth named-entity output manifest line: {@code {"source": "text",
 *       "<job>": {"annotations": {"entities": [{"startOffset", "endOffset", "label"}]}}}}.
 * </ul>
 * Entity-like entries anywhere else in the line (a misspelt key, a second labelling job) are an
 * error naming where they are: a silently ignored key once trained a model on 2 of 30 entities.
 * Errors are IllegalArgumentException with a message the reader prefixes with the file and line.
 */
public final class SpanJson {
  public record Line(String text, List<GoldSpan> spans) {}

  /** The keys whose array holds a document's entities, in spaCy's, Prodigy's and doccano's spelling. */
  static final List<String> ENTITY_KEYS = List.of("ents", "entities", "spans", "label");

  private SpanJson() {}

  public static Line parse(String line) {
    return of(read(line));
  }

  /** The parsed JSON of one line or one element of a whole-file array. */
  public static Line of(JsonElement root) {
    if (root.isJsonArray()) {
      return tuple(root.getAsJsonArray());
    }
    if (!root.isJsonObject()) {
      throw new IllegalArgumentException("the line is not a JSON object; write {\"text\": ..., \"ents\": [...]} or "
          + "{\"text\": ..., \"label\": [...]}.");
    }
    JsonObject o = root.getAsJsonObject();
    if (!o.has("text") && o.has("source")) {
      return groundTruth(o);
    }
    String text = text(o, "text", "every line needs the document text");
    String key = entityKey(o);
    List<GoldSpan> spans = key == null ? List.of() : spans(array(o, key), key);
    checkNothingElse(o, key, "\"" + String.join("\", \"", ENTITY_KEYS) + "\"");
    return new Line(text, spans);
  }

  private static JsonElement read(String line) {
    try {
      return StrictJson.read(line);
    } catch (StrictJson.InvalidJson e) {
      throw new IllegalArgumentException("the line is not valid JSON (" + StrictJson.withinLine(e.getMessage())
          + "); each line must be one JSON value, each key once, double-quoted, without comments.");
    }
  }

  /** spaCy v2: {@code ["text", {"entities": [[0, 4, "ORG"]]}]}. */
  private static Line tuple(JsonArray a) {
    if (a.size() != 2 || !isString(a.get(0)) || !a.get(1).isJsonObject()) {
      throw new IllegalArgumentException("the array " + abbreviate(a) + " is not a spaCy v2 training tuple; write "
          + "[\"text\", {\"entities\": [[start, end, \"LABEL\"]]}].");
    }
    JsonObject annotations = a.get(1).getAsJsonObject();
    List<GoldSpan> spans = annotations.has("entities") ? spans(array(annotations, "entities"), "entities") : List.of();
    checkNothingElse(annotations, annotations.has("entities") ? "entities" : null, "\"entities\"");
    return new Line(a.get(0).getAsString(), spans);
  }

  /** Ground Truth's augmented manifest: the text in "source", entities under one labelling job's key. */
  private static Line groundTruth(JsonObject o) {
    String text = text(o, "source", "a Ground Truth manifest line needs the text in \"source\"");
    String job = null;
    for (Map.Entry<String, JsonElement> e : o.entrySet()) {
      JsonElement v = e.getValue();
      if (v.isJsonObject() && v.getAsJsonObject().has("annotations")) {
        if (job != null) {
          throw new IllegalArgumentException("the line holds the annotations of two labelling jobs, \"" + job + "\" and \""
              + e.getKey() + "\"; keep one of them in the manifest.");
        }
        job = e.getKey();
      }
    }
    if (job == null) {
      checkNothingElse(o, null, "a labelling job's \"annotations\": {\"entities\": [...]}");
      return new Line(text, List.of());
    }
    JsonElement ann = o.getAsJsonObject(job).get("annotations");
    if (!ann.isJsonObject() || !ann.getAsJsonObject().has("entities")) {
      throw new IllegalArgumentException("\"" + job + "\".\"annotations\" has no \"entities\" array; is this the output "
          + "manifest of a Ground Truth named entity recognition job?");
    }
    List<GoldSpan> spans = spans(array(ann.getAsJsonObject(), "entities"), job + "\".\"annotations\".\"entities");
    JsonObject rest = o.deepCopy();
    rest.remove(job);
    checkNothingElse(rest, null, "\"" + job + "\".\"annotations\".\"entities\"");
    return new Line(text, spans);
  }

  private static String text(JsonObject o, String key, String why) {
    if (!o.has(key) || !isString(o.get(key))) {
      throw new IllegalArgumentException("the object has no string \"" + key + "\" field; " + why + ".");
    }
    return o.get(key).getAsString();
  }

  /** Which of {@link #ENTITY_KEYS} the line uses; two of them are ambiguous. */
  private static String entityKey(JsonObject o) {
    List<String> present = ENTITY_KEYS.stream().filter(o::has).toList();
    if (present.size() > 1) {
      throw new IllegalArgumentException("the line has both \"" + present.get(0) + "\" and \"" + present.get(1)
          + "\"; put the entities under one key.");
    }
    return present.isEmpty() ? null : present.get(0);
  }

  private static List<GoldSpan> spans(JsonArray entries, String key) {
    List<GoldSpan> spans = new ArrayList<>();
    for (JsonElement e : entries) {
      if (e.isJsonArray() && e.getAsJsonArray().size() == 3) {
        JsonArray a = e.getAsJsonArray();
        spans.add(span(a.get(0), a.get(1), a.get(2), e));
      } else if (e.isJsonObject() && e.getAsJsonObject().has("startOffset")) {
        JsonObject ent = e.getAsJsonObject();
        spans.add(span(ent.get("startOffset"), ent.get("endOffset"), ent.get("label"), e));
      } else if (e.isJsonObject()) {
        JsonObject ent = e.getAsJsonObject();
        spans.add(span(ent.get("start"), ent.get("end"), ent.get("label"), e));
      } else {
        throw new IllegalArgumentException("\"" + key + "\" holds " + abbreviate(e) + "; each entity must be "
            + "{\"start\": 0, \"end\": 5, \"label\": \"ORG\"} or [0, 5, \"ORG\"].");
      }
    }
    return spans;
  }

  /**
   * Entity-like entries outside {@code readKey} would be silently lost: name the first one's key.
   *
   * @param expected where entities are read, for the message
   */
  private static void checkNothingElse(JsonObject o, String readKey, String expected) {
    for (Map.Entry<String, JsonElement> e : o.entrySet()) {
      if (e.getKey().equals(readKey)) {
        continue;
      }
      int n = countEntityLike(e.getValue());
      if (n > 0) {
        throw new IllegalArgumentException("\"" + e.getKey() + "\" holds " + n + " entity-like entr" + (n == 1 ? "y" : "ies")
            + " that would not be read; entities are read from " + expected + ": rename the key.");
      }
    }
  }

  /** Objects with start and end (or startOffset and endOffset) and arrays [number, number, "string"], at any depth. */
  private static int countEntityLike(JsonElement e) {
    if (e.isJsonArray()) {
      JsonArray a = e.getAsJsonArray();
      if (a.size() == 3 && isNumber(a.get(0)) && isNumber(a.get(1)) && isString(a.get(2))) {
        return 1;
      }
      int n = 0;
      for (JsonElement x : a) {
        n += countEntityLike(x);
      }
      return n;
    }
    if (e.isJsonObject()) {
      JsonObject o = e.getAsJsonObject();
      if ((o.has("start") && o.has("end") || o.has("startOffset") && o.has("endOffset")) && o.has("label")) {
        return 1;
      }
      int n = 0;
      for (Map.Entry<String, JsonElement> x : o.entrySet()) {
        n += countEntityLike(x.getValue());
      }
      return n;
    }
    return 0;
  }

  private static boolean isString(JsonElement e) {
    return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString();
  }

  private static boolean isNumber(JsonElement e) {
    return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber();
  }

  private static JsonArray array(JsonObject o, String key) {
    if (!o.get(key).isJsonArray()) {
      throw new IllegalArgumentException("\"" + key + "\" must be a JSON array.");
    }
    return o.getAsJsonArray(key);
  }

  private static String abbreviate(JsonElement e) {
    String s = e.toString();
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
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
      throw new IllegalArgumentException("span " + abbreviate(whole) + " needs whole-number start and end and a non-empty label.");
    }
  }
}
