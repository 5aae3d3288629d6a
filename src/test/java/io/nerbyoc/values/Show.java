package io.nerbyoc.values;

import io.nerbyoc.core.Value;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** Values in a short notation for assertions: "5000000 USD", "10..15 %", "300..", "..300", timex "=" value. */
final class Show {
  private Show() {}

  static final LocalDateTime REF = LocalDateTime.parse("2016-11-07T00:00:00"); // a Monday, Recognizers-Text's usual one

  static String value(String label, String text) {
    return value(label, text, REF);
  }

  static String value(String label, String text, LocalDateTime ref) {
    Value v = ValueResolver.resolve(label, text, ref);
    if (v == null) {
      return null;
    }
    if (v instanceof Value.Amount a) {
      String n = a.single() ? plain(a.start()) : (a.start() == null ? "" : plain(a.start())) + ".." + (a.end() == null ? "" : plain(a.end()));
      return a.unit() == null ? n : n + " " + a.unit();
    }
    Value.Temporal t = (Value.Temporal) v;
    String resolved = t.point() != null ? t.point() : t.start() != null || t.end() != null
        ? (t.start() == null ? "" : t.start()) + ".." + (t.end() == null ? "" : t.end()) : null;
    return resolved == null ? t.timex() : t.timex() + " = " + resolved;
  }

  static String plain(BigDecimal n) {
    BigDecimal v = n.abs().compareTo(BigDecimal.ONE) < 0 && n.signum() != 0 ? n.round(new java.math.MathContext(6)) : n;
    return v.stripTrailingZeros().toPlainString();
  }
}
