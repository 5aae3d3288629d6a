package io.nerbyoc.codec;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON files of a SageMaker training job: the config files under input/config/ (read) and
 * metrics or evaluation reports (written). A missing or empty config file reads as empty, as
 * SageMaker leaves hyperparameters.json out when none were given. The files are strict JSON
 * ({@link StrictJson}: a key twice, comments or single quotes are refused). Problems are
 * IllegalArgumentException naming the file and the fix.
 */
public final class JobConfigCodec {
  private JobConfigCodec() {}

  /**
   * hyperparameters.json: SageMaker sends every value as a string; numbers and booleans (from a
   * hand-written local file) are accepted as their text.
   */
  public static Map<String, String> readStringMap(Path file) throws IOException {
    JsonObject o = object(file);
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> e : o.entrySet()) {
      JsonElement v = e.getValue();
      if (!v.isJsonPrimitive()) {
        throw new IllegalArgumentException(file + ": hyperparameter '" + e.getKey() + "' is " + v
            + "; every value must be a string such as \"100\" (SageMaker's HyperParameters is a string map).");
      }
      out.put(e.getKey(), v.getAsString());
    }
    return out;
  }

  /** inputdataconfig.json: channel name to TrainingInputMode (File when not given). */
  public static Map<String, String> readInputModes(Path file) throws IOException {
    JsonObject o = object(file);
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> e : o.entrySet()) {
      String mode = "File";
      if (e.getValue().isJsonObject() && e.getValue().getAsJsonObject().has("TrainingInputMode")) {
        mode = e.getValue().getAsJsonObject().get("TrainingInputMode").getAsString();
      }
      out.put(e.getKey(), mode);
    }
    return out;
  }

  /** resourceconfig.json: the "hosts" list (empty when the file is absent). */
  public static List<String> readHosts(Path file) throws IOException {
    JsonObject o = object(file);
    List<String> hosts = new ArrayList<>();
    if (o.has("hosts") && o.get("hosts").isJsonArray()) {
      o.getAsJsonArray("hosts").forEach(h -> hosts.add(h.getAsString()));
    }
    return hosts;
  }

  private static JsonObject object(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return new JsonObject();
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return new JsonObject();
    }
    JsonElement root;
    try {
      root = StrictJson.read(text);
    } catch (StrictJson.InvalidJson e) {
      throw new IllegalArgumentException(file + " is not valid JSON (" + e.getMessage()
          + "); write one JSON object, each key once, double-quoted, without comments, e.g. {\"iterations\": \"100\"}.");
    }
    if (!root.isJsonObject()) {
      throw new IllegalArgumentException(file + " must hold a JSON object, e.g. {\"iterations\": \"100\"}.");
    }
    return root.getAsJsonObject();
  }

  /** Writes a map (of maps, lists, strings and numbers) as pretty JSON. */
  public static void write(Map<String, ?> data, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(data) + "\n",
        StandardCharsets.UTF_8);
  }
}
