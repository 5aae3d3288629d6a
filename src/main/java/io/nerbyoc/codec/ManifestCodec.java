package io.nerbyoc.codec;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.nerbyoc.core.ApiException;
import io.nerbyoc.core.ModelManifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and writes {@code ner-model.json}. */
public final class ManifestCodec {
  private static final Gson GSON = new Gson();
  private static final Set<String> KNOWN = Set.of("format_version", "engine", "profile", "models", "rules", "labels");

  private static final long MAX_BYTES = 16L << 20;

  private ManifestCodec() {}

  /** Parses the manifest; the exception message names the file and what to fix. */
  public static ModelManifest read(Path file) throws IOException {
    if (Files.size(file) > MAX_BYTES) {
      // Read whole into memory: a huge file named ner-model.json must not exhaust the heap.
      throw new IOException(file + " is over " + (MAX_BYTES >> 20) + " MiB; a manifest is a small JSON object");
    }
    String json = Files.readString(file, StandardCharsets.UTF_8);
    JsonElement root;
    try {
      root = StrictJson.parse(json, file.toString());
    } catch (ApiException e) {
      throw new IOException(e.getMessage());
    }
    if (!root.isJsonObject() || !root.getAsJsonObject().has("engine")) {
      throw new IOException(file + " must be a JSON object with at least an \"engine\" field");
    }
    JsonObject o = root.getAsJsonObject();
    try {
      Map<String, Object> info = new LinkedHashMap<>();
      for (Map.Entry<String, JsonElement> e : o.entrySet()) {
        if (!KNOWN.contains(e.getKey())) {
          info.put(e.getKey(), GSON.fromJson(e.getValue(), Object.class));
        }
      }
      return new ModelManifest(
          o.has("format_version") ? o.get("format_version").getAsInt() : ModelManifest.FORMAT_VERSION,
          o.get("engine").getAsString(),
          o.has("profile") ? o.get("profile").getAsString() : null,
          strings(o, "models"),
          o.has("rules") && o.get("rules").getAsBoolean(),
          strings(o, "labels"),
          info);
    } catch (RuntimeException e) {
      throw new IOException(file + " has a field of the wrong type: " + e.getMessage());
    }
  }

  private static List<String> strings(JsonObject o, String key) {
    List<String> out = new ArrayList<>();
    if (o.has(key)) {
      o.getAsJsonArray(key).forEach(e -> out.add(e.getAsString()));
    }
    return out;
  }

  /** Writes a manifest with its info fields after the known ones, pretty-printed. */
  public static void write(ModelManifest m, Path file) throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("format_version", m.formatVersion());
    out.put("engine", m.engine());
    if (m.profile() != null) {
      out.put("profile", m.profile());
    }
    out.put("models", m.models());
    out.put("rules", m.rules());
    out.put("labels", m.labels());
    out.putAll(m.info());
    Files.writeString(file, new com.google.gson.GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(out), StandardCharsets.UTF_8);
  }
}
