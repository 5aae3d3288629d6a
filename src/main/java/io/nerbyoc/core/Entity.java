package io.nerbyoc.core;

/**
 * One recognized entity. {@code start}/{@code end} are Unicode code point offsets into the
 * document text, end exclusive, so that Python's {@code text[start:end]} returns {@code text}.
 *
 * @param score the recognizer's confidence in [0, 1]
 * @param source the recognizer that produced it (a model or rule name)
 * @param value what a numeric or temporal entity means (io.nerbyoc.values), or null
 */
public record Entity(int start, int end, String label, String text, double score, String source, Value value) {

  public Entity {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad entity offsets " + start + ".." + end);
    }
  }

  /** An entity without a value: what every recognizer produces. */
  public Entity(int start, int end, String label, String text, double score, String source) {
    this(start, end, label, text, score, source, null);
  }

  /**
   * An entity from UTF-16 offsets into {@code text} (what Java tokenizers give): converted to code
   * points, its text cut out, its score rounded to four decimals for the wire.
   */
  public static Entity ofUtf16(String text, CodePoints cp, int begin, int end, String label, double score, String source) {
    return new Entity(cp.toCodePoint(begin), cp.toCodePoint(end), label, text.substring(begin, end),
        Math.round(score * 10000) / 10000.0, source);
  }

  public Entity withLabel(String newLabel) {
    return new Entity(start, end, newLabel, text, score, source, value);
  }

  public Entity withValue(Value newValue) {
    return new Entity(start, end, label, text, score, source, newValue);
  }

  public boolean overlaps(Entity other) {
    return start < other.end && other.start < end;
  }
}
