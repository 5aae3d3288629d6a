package io.nerbyoc.values;

import io.nerbyoc.core.Entity;
import io.nerbyoc.core.Value;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Values for the numeric and temporal entities of a document, read from each entity's own text
 * after recognition: the spans are already chosen and stay as they are. Labels are the
 * recognizers' native ones (NUMBER or CARDINAL, DATE, TIME, MONEY, PERCENT, QUANTITY, ORDINAL);
 * any other entity, and any text a resolver cannot read in full, keeps no value.
 */
public final class ValueResolver {
  private ValueResolver() {}

  /**
   * {@code entities} of the document {@code text} with values where their text resolves; a DATE
   * or TIME entity takes the value of the whole expression of time it belongs to ({@link
   * Expressions}: "tomorrow" in "tomorrow 8am" is 2016-11-08T08); relative dates against
   * {@code reference}.
   */
  public static List<Entity> attach(String text, List<Entity> entities, LocalDateTime reference) {
    List<Entity> own = attach(entities, reference);
    return text == null ? own : Angles.attach(text, Expressions.widen(text, own, reference));
  }

  /** {@code entities} with values where their own text resolves; relative dates against {@code reference}. */
  public static List<Entity> attach(List<Entity> entities, LocalDateTime reference) {
    List<Entity> out = null;
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      if (!resolvable(e.label())) {
        continue;
      }
      Value v = resolve(e.label(), e.text(), reference);
      if (v != null) {
        out = out == null ? new ArrayList<>(entities) : out;
        out.set(i, e.withValue(v));
      }
    }
    return out == null ? entities : out;
  }

  private static boolean resolvable(String label) {
    return switch (label) {
      case "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "NUMBER", "CARDINAL" -> true;
      default -> false;
    };
  }

  /** The value of {@code text} read as {@code label}, or null when it does not resolve. */
  public static Value resolve(String label, String text, LocalDateTime reference) {
    Words w = Words.of(text);
    if (w.isEmpty()) {
      return null;
    }
    return switch (label) {
      case "NUMBER", "CARDINAL" -> Amounts.resolve(Amounts.Kind.CARDINAL, w);
      case "PERCENT" -> Amounts.resolve(Amounts.Kind.PERCENT, w);
      case "MONEY" -> Amounts.resolve(Amounts.Kind.MONEY, w);
      case "QUANTITY" -> Amounts.resolve(Amounts.Kind.QUANTITY, w);
      case "ORDINAL" -> ordinal(w);
      case "DATE", "TIME" -> Temporals.resolve(w, reference);
      default -> null;
    };
  }

  private static Value ordinal(Words w) {
    java.math.BigDecimal n = Numbers.ordinal(w);
    return n == null ? null : Value.Amount.of(n, null);
  }
}
