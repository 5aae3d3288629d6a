package io.nerbyoc.codec;

import com.google.gson.stream.JsonWriter;
import io.nerbyoc.core.Value;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * An entity's value as response fields (docs/VALUES.md): {@code "timex"} for dates and times,
 * {@code "value"} (a number, an ISO date or time, or {@code {"start", "end"}} for a range or
 * bound), {@code "unit"} for money and quantities; {@code "parts"} for an entity that holds several
 * expressions of time, each with its own span and fields.
 */
final class ValueJson {
  private ValueJson() {}

  static void fields(JsonWriter w, Value value) throws IOException {
    if (value instanceof Value.Amount a) {
      w.name("value");
      if (a.single()) {
        number(w, a.start());
      } else {
        w.beginObject();
        if (a.start() != null) {
          number(w.name("start"), a.start());
        }
        if (a.end() != null) {
          number(w.name("end"), a.end());
        }
        w.endObject();
      }
      if (a.unit() != null) {
        w.name("unit").value(a.unit());
      }
    } else if (value instanceof Value.Parts p) {
      // each expression of an entity that holds several, with its span: {"start", "end", "text", "timex", "value"}
      w.name("parts").beginArray();
      for (Value.Part part : p.parts()) {
        w.beginObject().name("start").value(part.start()).name("end").value(part.end()).name("text").value(part.text());
        fields(w, part.value());
        w.endObject();
      }
      w.endArray();
    } else if (value instanceof Value.Temporal t) {
      w.name("timex").value(t.timex());
      if (t.point() != null) {
        w.name("value").value(t.point());
      } else if (t.start() != null || t.end() != null) {
        w.name("value").beginObject();
        if (t.start() != null) {
          w.name("start").value(t.start());
        }
        if (t.end() != null) {
          w.name("end").value(t.end());
        }
        w.endObject();
      }
    }
  }

  /** Plain decimal notation, no exponent and no trailing zeros: 1200000, 12.5, 0.333333. */
  private static void number(JsonWriter w, BigDecimal n) throws IOException {
    BigDecimal v = n.abs().compareTo(BigDecimal.ONE) < 0 && n.signum() != 0 ? n.round(new java.math.MathContext(6)) : n;
    w.jsonValue(v.stripTrailingZeros().toPlainString());
  }
}
