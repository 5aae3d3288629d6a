package io.nerbyoc.numbers;

/**
 * One numeric or temporal expression over tokens: {@code [start, end)} with a label among DATE,
 * TIME, MONEY, PERCENT, QUANTITY, ORDINAL and NUMBER (a cardinal).
 */
public record NumericSpan(int start, int end, String label) {
  public static final String DATE = "DATE";
  public static final String TIME = "TIME";
  public static final String MONEY = "MONEY";
  public static final String PERCENT = "PERCENT";
  public static final String QUANTITY = "QUANTITY";
  public static final String ORDINAL = "ORDINAL";
  public static final String NUMBER = "NUMBER";

  public NumericSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("empty span " + start + ".." + end);
    }
  }

  int length() {
    return end - start;
  }

  NumericSpan from(int newStart) {
    return new NumericSpan(newStart, end, label);
  }

  NumericSpan to(int newEnd) {
    return new NumericSpan(start, newEnd, label);
  }
}
