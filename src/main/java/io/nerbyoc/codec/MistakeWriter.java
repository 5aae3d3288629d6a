package io.nerbyoc.codec;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.nerbyoc.core.Entity;
import io.nerbyoc.core.GoldSpan;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code evaluate --errors}: one JSON line per document with a mistake, so a user can read what a
 * model misses or invents without a notebook: {@code {"origin", "text", "missed": [{"start", "end",
 * "label", "text"}], "spurious": [...]}}. Offsets are code points, as in responses.
 * {@code evaluate --predictions} writes every document as labelled JSON Lines, {@code {"origin",
 * "text", "ents": [{"start", "end", "label", "text", "score", "source"}]}}, which every reader of
 * labelled data reads back: pre-annotation for a corpus, or evidence for a model stacked on this one.
 */
public final class MistakeWriter implements AutoCloseable {
  private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
  private final BufferedWriter out;

  public MistakeWriter(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }

  public void write(String origin, String text, List<GoldSpan> missed, List<GoldSpan> spurious) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("origin", origin);
    line.put("text", text);
    line.put("missed", spans(text, missed));
    line.put("spurious", spans(text, spurious));
    try {
      out.write(GSON.toJson(line));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void writePredicted(String origin, String text, List<Entity> predicted) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("origin", origin);
    line.put("text", text);
    line.put("ents", predicted.stream().map(e -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("start", e.start());
      m.put("end", e.end());
      m.put("label", e.label());
      m.put("text", e.text());
      m.put("score", e.score());
      if (e.source() != null) {
        m.put("source", e.source());
      }
      return m;
    }).toList());
    try {
      out.write(GSON.toJson(line));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Map<String, Object>> spans(String text, List<GoldSpan> spans) {
    return spans.stream().map(s -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("start", s.start());
      m.put("end", s.end());
      m.put("label", s.label());
      m.put("text", text.substring(text.offsetByCodePoints(0, s.start()), text.offsetByCodePoints(0, s.end())));
      return m;
    }).toList();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
