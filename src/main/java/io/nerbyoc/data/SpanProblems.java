package io.nerbyoc.data;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Bad spans collected over a whole read, so one failed run lists every offset to fix: the first
 * {@link #MAX_REPORTED} described (each naming file, line and span), the rest counted.
 */
final class SpanProblems {
  static final int MAX_REPORTED = 20;

  private final String what;
  private final String fix;
  private final List<String> described = new ArrayList<>();
  private int count;

  /**
   * @param what the problem in the plural, after "N spans": "do not start and end on token boundaries"
   * @param fix what to do, appended once
   */
  SpanProblems(String what, String fix) {
    this.what = what;
    this.fix = fix;
  }

  /** The description is only built for the first {@link #MAX_REPORTED}. */
  void add(Supplier<String> description) {
    count++;
    if (described.size() < MAX_REPORTED) {
      described.add(description.get());
    }
  }

  void throwIfAny() {
    if (count == 0) {
      return;
    }
    if (count == 1) {
      throw new DataFormatException(described.get(0) + (fix.isEmpty() ? "" : " " + fix));
    }
    StringBuilder b = new StringBuilder(count + " spans " + what
        + (count > described.size() ? " (the first " + described.size() + " below)" : "") + "."
        + (fix.isEmpty() ? "" : " " + fix));
    described.forEach(x -> b.append("\n  ").append(x));
    if (count > described.size()) {
      b.append("\n  ... and ").append(count - described.size()).append(" more.");
    }
    throw new DataFormatException(b.toString());
  }
}
