package io.nerbyoc.codec;

import com.google.gson.stream.JsonWriter;
import io.nerbyoc.codec.Invocation.Shape;
import io.nerbyoc.core.ApiException;
import io.nerbyoc.core.Doc;
import io.nerbyoc.core.Entity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Writes results in the requested format, mirroring the request's shape. */
public final class ResponseEncoder {
  private ResponseEncoder() {}

  public static byte[] encode(Shape shape, List<Result> results, OutputFormat format) {
    return switch (format) {
      case HTML -> HtmlRenderer.render(results).getBytes(StandardCharsets.UTF_8);
      case JSON_LINES -> lines(results);
      case JSON -> json(shape, results);
    };
  }

  private static byte[] json(Shape shape, List<Result> results) {
    return write(w -> {
      if (shape == Shape.SINGLE && results.size() == 1 && results.get(0).error() == null) {
        doc(w, results.get(0).doc());
      } else if (shape == Shape.LEGACY && results.size() == 1 && results.get(0).error() == null) {
        legacy(w, results.get(0).doc());
      } else {
        w.beginObject().name("docs").beginArray();
        for (Result r : results) {
          result(w, r);
        }
        w.endArray().endObject();
      }
    });
  }

  /** One line per result, in order, no trailing newline (batch transform appends its own). */
  private static byte[] lines(List<Result> results) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * results.size() + 16);
    for (int i = 0; i < results.size(); i++) {
      if (i > 0) {
        out.write('\n');
      }
      Result r = results.get(i);
      out.writeBytes(write(w -> result(w, r)));
    }
    return out.toByteArray();
  }

  static void result(JsonWriter w, Result r) throws IOException {
    if (r.error() != null) {
      w.beginObject().name("error");
      ErrorCodec.fields(w, r.error(), null);
      w.endObject();
    } else {
      doc(w, r.doc());
    }
  }

  private static void doc(JsonWriter w, Doc d) throws IOException {
    w.beginObject().name("text").value(d.text()).name("ents").beginArray();
    for (Entity e : d.ents()) {
      w.beginObject()
          .name("start").value(e.start())
          .name("end").value(e.end())
          .name("label").value(e.label())
          .name("text").value(e.text())
          .name("score").value(e.score());
      if (e.source() != null) {
        w.name("source").value(e.source());
      }
      if (e.value() != null) {
        ValueJson.fields(w, e.value());
      }
      w.endObject();
    }
    w.endArray().endObject();
  }

  private static void legacy(JsonWriter w, Doc d) throws IOException {
    w.beginObject().name("output").beginArray();
    for (Entity e : d.ents()) {
      w.beginArray().value(e.text()).value(e.label()).endArray();
    }
    w.endArray().endObject();
  }

  /** A small JSON object of scalar values, e.g. /execution-parameters. */
  public static byte[] object(Map<String, ?> fields) {
    return write(w -> {
      w.beginObject();
      for (Map.Entry<String, ?> f : fields.entrySet()) {
        w.name(f.getKey());
        Object v = f.getValue();
        if (v instanceof Number n) {
          w.value(n);
        } else if (v instanceof Boolean b) {
          w.value(b);
        } else {
          w.value(String.valueOf(v));
        }
      }
      w.endObject();
    });
  }

  interface Body {
    void write(JsonWriter w) throws IOException;
  }

  static byte[] write(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        JsonWriter w = new JsonWriter(writer)) {
      w.setHtmlSafe(false);
      body.write(w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
