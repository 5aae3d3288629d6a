package io.nerbyoc.codec;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.nerbyoc.codec.Invocation.Item;
import io.nerbyoc.codec.Invocation.Shape;
import io.nerbyoc.core.ApiException;
import io.nerbyoc.core.LabelScheme;
import io.nerbyoc.core.RequestOptions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns an /invocations body into an {@link Invocation}. */
public final class RequestDecoder {
  private static final String FIELDS_HINT =
      "Send {\"text\": \"...\"}, {\"texts\": [\"...\", ...]} or {\"input\": \"...\"}, optionally with "
          + "\"options\": {\"label_scheme\": \"spacy|conll|corenlp\", \"labels\": [\"ORG\", ...], \"include_source\": true, "
          + "\"values\": false, \"reference_date\": \"2016-11-07\"}.";
  private static final Set<String> OPTION_KEYS =
      Set.of("label_scheme", "labels", "include_source", "values", "reference_date");

  private RequestDecoder() {}

  /** {@code contentType} carries the binary tensor extension's json-header-size. */
  public static Invocation decode(byte[] body, InputFormat format, String contentType, RequestOptions defaults) {
    if (format == InputFormat.V2_BINARY) {
      return KServeCodec.decodeBinary(body, contentType, defaults);
    }
    String text = Utf8.decode(body);
    return switch (format) {
      case TEXT -> {
        Utf8.checkSurrogates(text, "The text");
        yield new Invocation(Shape.SINGLE, List.of(Item.ok(text, defaults)));
      }
      case FORM -> isJsonObject(text) ? decodeJson(text, defaults) : decode(body, InputFormat.TEXT, contentType, defaults);
      case JSON -> decodeJson(text, defaults);
      case JSON_LINES -> decodeLines(text, defaults);
      case V2_BINARY -> throw new IllegalStateException("binary tensors are decoded from bytes");
    };
  }

  /** A form body that parses as a JSON object was meant as JSON; anything else is text. */
  private static boolean isJsonObject(String body) {
    String b = body.strip();
    if (!b.startsWith("{") || !b.endsWith("}")) {
      return false;
    }
    try {
      return StrictJson.read(b).isJsonObject();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Invocation decodeJson(String body, RequestOptions defaults) {
    JsonElement root = StrictJson.parse(body, "The request body");
    if (root.isJsonPrimitive() && root.getAsJsonPrimitive().isString()) {
      return new Invocation(Shape.SINGLE, List.of(Item.ok(string(root, "The body"), defaults)));
    }
    if (!root.isJsonObject()) {
      throw ApiException.badRequest(
          "invalid_field", "The request body is JSON but not an object or a string.", FIELDS_HINT);
    }
    JsonObject obj = root.getAsJsonObject();
    if (KServeCodec.isV2(obj)) {
      return KServeCodec.decodeJson(obj, defaults);
    }
    RequestOptions options = options(obj, defaults);
    if (obj.has("texts")) {
      JsonElement texts = obj.get("texts");
      if (!texts.isJsonArray()) {
        throw ApiException.badRequest("invalid_field", "Field \"texts\" must be an array of strings.", FIELDS_HINT);
      }
      List<Item> items = new ArrayList<>();
      JsonArray arr = texts.getAsJsonArray();
      for (int i = 0; i < arr.size(); i++) {
        items.add(Item.ok(string(arr.get(i), "texts[" + i + "]"), options));
      }
      return new Invocation(Shape.TEXTS, items);
    }
    if (obj.has("text")) {
      return new Invocation(Shape.SINGLE, List.of(Item.ok(string(obj.get("text"), "Field \"text\""), options)));
    }
    if (obj.has("input")) {
      return new Invocation(Shape.LEGACY, List.of(Item.ok(string(obj.get("input"), "Field \"input\""), options)));
    }
    throw ApiException.badRequest(
        "missing_field", "The JSON object has no \"text\", \"texts\" or \"input\" field.", FIELDS_HINT);
  }

  /** One item per line; a bad line becomes an error item so the other lines are still answered. */
  private static Invocation decodeLines(String body, RequestOptions defaults) {
    List<String> lines = JsonLines.split(body);
    List<Item> items = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      try {
        items.add(decodeLine(lines.get(i), i + 1, defaults));
      } catch (ApiException e) {
        items.add(Item.failed(e));
      }
    }
    return new Invocation(Shape.LINES, items);
  }

  private static Item decodeLine(String line, int number, RequestOptions defaults) {
    String where = "Line " + number;
    if (line.isBlank()) {
      throw ApiException.badRequest(
          "empty_line", where + " is empty.", "Put one JSON object {\"text\": \"...\"} or one JSON string on every line.");
    }
    JsonElement e = StrictJson.parseLine(line, number);
    if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
      return Item.ok(string(e, where), defaults);
    }
    if (e.isJsonObject()) {
      JsonObject obj = e.getAsJsonObject();
      RequestOptions options = options(obj, defaults);
      String field = obj.has("text") ? "text" : obj.has("input") ? "input" : null;
      if (field != null) {
        return Item.ok(string(obj.get(field), where + " field \"" + field + "\""), options);
      }
    }
    throw ApiException.badRequest(
        "missing_field", where + " has no \"text\" field.", "Put one JSON object {\"text\": \"...\"} or one JSON string on every line.");
  }

  private static String string(JsonElement e, String where) {
    if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
      throw ApiException.badRequest(
          "invalid_field", where + " must be a JSON string.", FIELDS_HINT);
    }
    String s = e.getAsString();
    Utf8.checkSurrogates(s, where);
    return s;
  }

  static RequestOptions options(JsonObject obj, RequestOptions defaults) {
    JsonElement o = obj.get("options");
    if (o == null || o.isJsonNull()) {
      return defaults;
    }
    if (!o.isJsonObject()) {
      throw ApiException.badRequest("invalid_field", "Field \"options\" must be an object.", FIELDS_HINT);
    }
    RequestOptions options = defaults;
    for (Map.Entry<String, JsonElement> entry : o.getAsJsonObject().entrySet()) {
      switch (entry.getKey()) {
        case "label_scheme" -> options = options.withScheme(LabelScheme.parse(string(entry.getValue(), "options.label_scheme")));
        case "labels" -> options = options.withKeepLabels(labels(entry.getValue()));
        case "include_source" -> options = options.withIncludeSource(bool(entry.getValue(), "options.include_source"));
        case "values" -> options = options.withValues(bool(entry.getValue(), "options.values"));
        case "reference_date" -> options = options.withReferenceDate(
            ReferenceDates.parse(string(entry.getValue(), "options.reference_date"), "options.reference_date", "invalid_field"));
        default -> throw ApiException.badRequest(
            "unknown_option",
            "Option " + ApiException.quote(entry.getKey()) + " is not known.",
            "Valid options: " + String.join(", ", new java.util.TreeSet<>(OPTION_KEYS)) + ".");
      }
    }
    return options;
  }

  private static boolean bool(JsonElement e, String where) {
    if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
      throw ApiException.badRequest("invalid_field", where + " must be true or false.", FIELDS_HINT);
    }
    return e.getAsBoolean();
  }

  private static Set<String> labels(JsonElement e) {
    if (!e.isJsonArray()) {
      throw ApiException.badRequest(
          "invalid_field", "options.labels must be an array of label names.", "For example \"labels\": [\"PERSON\", \"ORG\"].");
    }
    Set<String> out = new LinkedHashSet<>();
    JsonArray arr = e.getAsJsonArray();
    for (int i = 0; i < arr.size(); i++) {
      out.add(string(arr.get(i), "options.labels[" + i + "]"));
    }
    return out;
  }
}
