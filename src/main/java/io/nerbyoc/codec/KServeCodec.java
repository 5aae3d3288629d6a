package io.nerbyoc.codec;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.nerbyoc.codec.Invocation.Item;
import io.nerbyoc.codec.Invocation.Shape;
import io.nerbyoc.core.ApiException;
import io.nerbyoc.core.RequestOptions;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The KServe v2 / Triton inference protocol on /invocations: a BYTES tensor of texts in, a BYTES
 * tensor of one JSON document per text out; plus the binary tensor extension SageMaker uses
 * (content type {@value #BINARY_TYPE}; json-header-size=N), where each BYTES element is a 4-byte
 * little-endian length followed by its bytes.
 */
public final class KServeCodec {
  public static final String BINARY_TYPE = "application/vnd.sagemaker-triton.binary+json";
  static final String INPUT = "TEXT";
  static final String OUTPUT = "ENTITIES";
  private static final String HINT = "Send {\"inputs\": [{\"name\": \"TEXT\", \"shape\": [n], \"datatype\": \"BYTES\", "
      + "\"data\": [\"text 1\", ...]}]} (binary: \"parameters\": {\"binary_data_size\": bytes} and the data after the JSON header).";

  /** A response body and its content type. */
  public record Encoded(byte[] body, String contentType) {}

  private KServeCodec() {}

  static boolean isV2(JsonObject root) {
    return root.has("inputs");
  }

  /** The JSON form: every input's elements are in its "data" array. */
  static Invocation decodeJson(JsonObject root, RequestOptions defaults) {
    return decode(root, null, defaults, Shape.V2);
  }

  /** The binary form: a JSON header of json-header-size bytes, then the tensors' bytes. */
  static Invocation decodeBinary(byte[] body, String contentType, RequestOptions defaults) {
    int headerSize = headerSize(contentType);
    if (headerSize > body.length) {
      throw bad("json-header-size=" + headerSize + " is larger than the body (" + body.length + " bytes).");
    }
    String header = Utf8.decode(java.util.Arrays.copyOf(body, headerSize));
    JsonElement root = StrictJson.parse(header, "The JSON header");
    if (!root.isJsonObject() || !isV2(root.getAsJsonObject())) {
      throw bad("The JSON header has no \"inputs\".");
    }
    ByteBuffer rest = ByteBuffer.wrap(body, headerSize, body.length - headerSize).slice().order(ByteOrder.LITTLE_ENDIAN);
    return decode(root.getAsJsonObject(), rest, defaults, Shape.V2_BINARY);
  }

  private static Invocation decode(JsonObject root, ByteBuffer binary, RequestOptions defaults, Shape shape) {
    RequestOptions options = defaults;
    if (root.has("parameters") && root.get("parameters").isJsonObject()) {
      JsonObject params = root.getAsJsonObject("parameters").deepCopy();
      params.remove("binary_data_output");
      JsonObject wrapper = new JsonObject();
      wrapper.add("options", params);
      options = RequestDecoder.options(wrapper, defaults);
    }
    JsonObject input = textInput(root);
    if (!"BYTES".equals(string(input, "datatype"))) {
      throw bad("Input \"" + string(input, "name") + "\" has datatype " + ApiException.quote(string(input, "datatype")) + "; texts are BYTES.");
    }
    long declared = elements(input);
    List<String> texts = binary == null ? jsonData(input) : binaryData(input, binary);
    if (texts.size() != declared) {
      throw bad("The shape says " + declared + " elements but " + texts.size() + " were sent.");
    }
    List<Item> items = new ArrayList<>(texts.size());
    for (String t : texts) {
      Utf8.checkSurrogates(t, "A TEXT element");
      items.add(Item.ok(t, options));
    }
    String id = root.has("id") && root.get("id").isJsonPrimitive() ? root.get("id").getAsString() : null;
    return new Invocation(shape, items, id);
  }

  private static JsonObject textInput(JsonObject root) {
    JsonElement inputs = root.get("inputs");
    if (!inputs.isJsonArray() || inputs.getAsJsonArray().isEmpty()) {
      throw bad("\"inputs\" must be a non-empty array of tensors.");
    }
    JsonArray arr = inputs.getAsJsonArray();
    for (JsonElement e : arr) {
      if (!e.isJsonObject()) {
        throw bad("Every element of \"inputs\" must be a tensor object.");
      }
    }
    if (arr.size() == 1) {
      return arr.get(0).getAsJsonObject();
    }
    for (JsonElement e : arr) {
      if (INPUT.equals(string(e.getAsJsonObject(), "name"))) {
        return e.getAsJsonObject();
      }
    }
    throw bad("Several inputs and none named \"" + INPUT + "\".");
  }

  /** Product of the shape; texts are a vector [n] (or [n, 1]). */
  private static long elements(JsonObject input) {
    JsonElement shape = input.get("shape");
    if (shape == null || !shape.isJsonArray() || shape.getAsJsonArray().isEmpty()) {
      throw bad("Input \"" + string(input, "name") + "\" needs a \"shape\" such as [3].");
    }
    JsonArray dims = shape.getAsJsonArray();
    long n = 1;
    for (int i = 0; i < dims.size(); i++) {
      n *= whole(dims.get(i), "shape[" + i + "]", Integer.MAX_VALUE);
      if (n > Integer.MAX_VALUE) {
        throw bad("The shape " + ApiException.quote(shape.toString()) + " has more than " + Integer.MAX_VALUE + " elements.");
      }
    }
    return n;
  }

  /**
   * A whole number from 0 to {@code max}, else a 400 naming the field and the range. The parser
   * keeps numbers exact, so 2^64 + 21 is out of range here instead of wrapping to 21.
   */
  static long whole(JsonElement e, String field, long max) {
    String range = " must be a whole number from 0 to " + max;
    if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
      throw bad(field + range + ", not " + ApiException.quote(String.valueOf(e)) + ".");
    }
    BigDecimal d = e.getAsBigDecimal();
    if (d.signum() < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0 || d.stripTrailingZeros().scale() > 0) {
      throw bad(field + range + ", not " + ApiException.quote(e.toString()) + ".");
    }
    return d.longValue();
  }

  private static List<String> jsonData(JsonObject input) {
    JsonElement data = input.get("data");
    if (data == null || !data.isJsonArray()) {
      throw bad("Input \"" + string(input, "name") + "\" needs a \"data\" array of strings.");
    }
    List<String> out = new ArrayList<>();
    flatten(data.getAsJsonArray(), out);
    return out;
  }

  private static void flatten(JsonArray arr, List<String> out) {
    for (JsonElement e : arr) {
      if (e.isJsonArray()) {
        flatten(e.getAsJsonArray(), out);
      } else if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
        out.add(e.getAsString());
      } else {
        throw bad("\"data\" of a BYTES tensor must hold strings, not " + ApiException.quote(e.toString()) + ".");
      }
    }
  }

  private static List<String> binaryData(JsonObject input, ByteBuffer buf) {
    JsonElement params = input.get("parameters");
    JsonElement size = params != null && params.isJsonObject() ? params.getAsJsonObject().get("binary_data_size") : null;
    if (size == null) {
      return jsonData(input);
    }
    long n = whole(size, "binary_data_size", Integer.MAX_VALUE);
    if (n > buf.remaining()) {
      throw bad("binary_data_size is " + n + " but " + buf.remaining() + " bytes follow the JSON header.");
    }
    ByteBuffer b = buf.slice().order(ByteOrder.LITTLE_ENDIAN);
    b.limit((int) n);
    List<String> out = new ArrayList<>();
    while (b.hasRemaining()) {
      if (b.remaining() < 4) {
        throw bad("A BYTES element is cut short: " + b.remaining() + " bytes left where a 4-byte length belongs.");
      }
      int len = b.getInt();
      if (len < 0 || len > b.remaining()) {
        throw bad("A BYTES element claims " + Integer.toUnsignedString(len) + " bytes but " + b.remaining() + " are left.");
      }
      byte[] bytes = new byte[len];
      b.get(bytes);
      out.add(Utf8.decode(bytes));
    }
    return out;
  }

  static int headerSize(String contentType) {
    for (String part : contentType.split(";", -1)) {
      String p = part.trim().toLowerCase(Locale.ROOT);
      if (p.startsWith("json-header-size=")) {
        String value = p.substring("json-header-size=".length()).trim();
        try {
          int n = Integer.parseInt(value);
          if (n >= 0) {
            return n;
          }
        } catch (NumberFormatException e) {
          // reported below, with the range
        }
        throw bad("json-header-size=" + ApiException.quote(value) + " in the Content-Type must be a whole number from 0 to "
            + Integer.MAX_VALUE + " (the JSON header's length in bytes).");
      }
    }
    throw bad("Content-Type " + ApiException.quote(contentType) + " needs json-header-size=N (the JSON header's length in bytes).");
  }

  /** The response: one JSON document (or error object) per input text, as BYTES. */
  public static Encoded encode(Invocation inv, List<Result> results, String modelName) {
    List<byte[]> docs = new ArrayList<>(results.size());
    for (Result r : results) {
      docs.add(ResponseEncoder.write(w -> ResponseEncoder.result(w, r)));
    }
    JsonObject out = new JsonObject();
    out.addProperty("model_name", modelName);
    if (inv.id() != null) {
      out.addProperty("id", inv.id());
    }
    JsonObject tensor = new JsonObject();
    tensor.addProperty("name", OUTPUT);
    JsonArray shape = new JsonArray();
    shape.add(docs.size());
    tensor.add("shape", shape);
    tensor.addProperty("datatype", "BYTES");
    JsonArray outputs = new JsonArray();
    outputs.add(tensor);
    out.add("outputs", outputs);
    if (inv.shape() != Shape.V2_BINARY) {
      JsonArray data = new JsonArray();
      docs.forEach(d -> data.add(new JsonPrimitive(new String(d, StandardCharsets.UTF_8))));
      tensor.add("data", data);
      return new Encoded(out.toString().getBytes(StandardCharsets.UTF_8), "application/json");
    }
    int size = docs.stream().mapToInt(d -> 4 + d.length).sum();
    JsonObject params = new JsonObject();
    params.addProperty("binary_data_size", size);
    tensor.add("parameters", params);
    byte[] header = out.toString().getBytes(StandardCharsets.UTF_8);
    ByteBuffer body = ByteBuffer.allocate(header.length + size).order(ByteOrder.LITTLE_ENDIAN);
    body.put(header);
    docs.forEach(d -> body.putInt(d.length).put(d));
    return new Encoded(body.array(), BINARY_TYPE + ";json-header-size=" + header.length);
  }

  private static String string(JsonObject o, String key) {
    JsonElement e = o.get(key);
    return e != null && e.isJsonPrimitive() ? e.getAsString() : String.valueOf(e);
  }

  private static ApiException bad(String message) {
    return ApiException.badRequest("invalid_tensor", message, HINT);
  }
}
