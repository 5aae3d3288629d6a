package io.nerbyoc.codec;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads and writes {@code ner-model.json} as plain JSON values (maps, lists, strings, numbers,
 * booleans); {@code pipeline.ManifestReader} gives them their types.
 */
public final class ManifestCodec {
  private static final Gson GSON = new Gson();
  private static final long MAX_BYTES = 16L << 20;

  private ManifestCodec() {}

  /** The manifest's JSON object; the exception message names the file and what to fix. */
  public static Map<String, Object> read(Path file) throws IOException {
    if (Files.size(file) > MAX_BYTES) {
      // Read whole into memory: a huge file named ner-model.json must not exhaust the heap.
      throw new IOException(file + " is over " + (MAX_BYTES >> 20) + " MiB; a manifest is a small JSON object");
    }
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /** A manifest's JSON text (strict RFC 8259: duplicate keys and comments are errors). */
  public static Map<String, Object> parse(String json, String where) throws IOException {
    JsonElement root;
    try {
      root = StrictJson.read(json);
    } catch (StrictJson.InvalidJson e) {
      throw new IOException(where + " is not valid JSON: " + e.getMessage());
    }
    if (!root.isJsonObject()) {
      throw new IOException(where + " must be a JSON object");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> m = GSON.fromJson(root, Map.class);
    return m;
  }

  /** Writes the manifest pretty-printed (people read it too). */
  public static void write(Map<String, Object> manifest, Path file) throws IOException {
    Files.writeString(file, new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(manifest),
        StandardCharsets.UTF_8);
  }
}
