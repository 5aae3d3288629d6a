package io.nerbyoc.core;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a numeric or temporal entity means, beside its span: the fields {@code "timex"},
 * {@code "value"} and {@code "unit"} of the response (docs/VALUES.md). Built by
 * {@code io.nerbyoc.values}; an entity the resolver cannot read has none, never a guess.
 */
public sealed interface Value {

  /**
   * A number (CARDINAL, ORDINAL, PERCENT) or an amount with its unit (MONEY: ISO 4217, QUANTITY:
   * a UCUM symbol). {@code start}/{@code end} are both set and equal for one number, differ for a
   * range ("10 to 15"), and one is null for a bound ("more than 300": start only).
   */
  record Amount(BigDecimal start, BigDecimal end, String unit) implements Value {
    public Amount {
      if (start == null && end == null) {
        throw new IllegalArgumentException("an amount needs a start or an end");
      }
    }

    public static Amount of(BigDecimal number, String unit) {
      return new Amount(number, number, unit);
    }

    /** One number rather than a range or a bound. */
    public boolean single() {
      return start != null && end != null && start.compareTo(end) == 0;
    }
  }

  /**
   * A date, time, duration or period: its TIMEX3 value as Recognizers-Text writes it
   * ({@code 2016-11-07}, {@code XXXX-10-02}, {@code 2016-W45}, {@code T15:30}, {@code P3D},
   * {@code (2016-09-03,2016-09-12,P9D)}) and what it is against the reference date: one point
   * ({@code point}, an ISO date, date-time or time) or a period ({@code start}, {@code end}, end
   * exclusive; one may be null for "since ..." or "before ..."). A duration has only its timex.
   */
  record Temporal(String timex, String point, String start, String end) implements Value {
    public Temporal {
      Objects.requireNonNull(timex, "timex");
    }
  }

  /**
   * An entity that holds several expressions joined by "or" or "and" ("Tuesday or Wednesday",
   * "q1 and q2"): no one value says what it means, so each expression the resolver reads whole
   * carries its own, with its span (the {@code "parts"} field, docs/VALUES.md). Those it cannot
   * read are left out; there is at least one part.
   */
  record Parts(List<Part> parts) implements Value {
    public Parts {
      parts = List.copyOf(parts);
      if (parts.isEmpty()) {
        throw new IllegalArgumentException("parts needs a part");
      }
    }
  }

  /**
   * One expression of a {@link Parts}: code point offsets into the document, end exclusive, as an
   * entity's, its text, and its value (a {@link Temporal}).
   */
  record Part(int start, int end, String text, Value value) {
    public Part {
      Objects.requireNonNull(value, "value");
      if (start < 0 || end <= start || value instanceof Parts) {
        throw new IllegalArgumentException("bad part " + start + ".." + end);
      }
    }
  }
}
