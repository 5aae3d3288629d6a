package io.nerbyoc.codec;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.nerbyoc.core.ApiException;
import java.util.List;
import java.util.Map;

/** The JSON of the multi-model management API (POST/GET/DELETE /models). */
public final class ManagementCodec {
  /** A model as GET /models lists it. */
  public record ModelInfo(String name, String url, String description) {}

  private ManagementCodec() {}

  /** {@code {"model_name": ..., "url": ...}} → [name, url]. */
  public static String[] loadRequest(byte[] body) {
    JsonElement root = StrictJson.parse(Utf8.decode(body), "The request body");
    if (!root.isJsonObject()) {
      throw missing();
    }
    JsonObject o = root.getAsJsonObject();
    JsonElement name = o.get("model_name");
    JsonElement url = o.get("url");
    if (!isString(name) || !isString(url)) {
      throw missing();
    }
    return new String[] {name.getAsString(), url.getAsString()};
  }

  private static boolean isString(JsonElement e) {
    return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString();
  }

  private static ApiException missing() {
    return ApiException.badRequest("missing_field", "Loading a model needs \"model_name\" and \"url\" strings.",
        "Send {\"model_name\": \"my-model\", \"url\": \"/opt/ml/models/my-model/model\"}.");
  }

  public static byte[] model(ModelInfo m) {
    return ResponseEncoder.object(Map.of("modelName", m.name(), "modelUrl", m.url(), "description", m.description()));
  }

  public static byte[] list(List<ModelInfo> models, String nextPageToken) {
    return ResponseEncoder.write(w -> {
      w.beginObject().name("models").beginArray();
      for (ModelInfo m : models) {
        w.beginObject().name("modelName").value(m.name()).name("modelUrl").value(m.url()).endObject();
      }
      w.endArray();
      if (nextPageToken != null) {
        w.name("nextPageToken").value(nextPageToken);
      }
      w.endObject();
    });
  }
}
