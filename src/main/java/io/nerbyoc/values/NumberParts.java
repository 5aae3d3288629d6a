package io.nerbyoc.values;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * What may continue a written number, for {@link Numbers#at}: groups of three digits after a
 * space ("1 234 567"), spelled decimals ("two hundred point zero three", "nought point eleven"),
 * smaller parts ("4 thousand 3 hundred and 21", "6 crore and two hundred", "twenty and three
 * fifths") and a divisor ("one over three", "1 over 20").
 */
final class NumberParts {
  private NumberParts() {}

  private static final Pattern SHORT_GROUP = Pattern.compile("\\d{1,3}");
  private static final Pattern GROUP = Pattern.compile("\\d{3}");

  /** "1 234 567", "40 000": digits then groups of exactly three, a thousands separator written as a space. */
  static Numbers.Parsed grouped(Words w, int i, Numbers.Parsed p) {
    if (p.end() != i + 1 || !SHORT_GROUP.matcher(w.at(i)).matches() || !GROUP.matcher(w.at(p.end())).matches()) {
      return p;
    }
    StringBuilder digits = new StringBuilder(w.at(i));
    int j = p.end();
    while (GROUP.matcher(w.at(j)).matches()) {
      digits.append(w.at(j));
      j++;
    }
    String t = w.at(j);
    if (t.startsWith(".") || t.length() > 0 && Character.isDigit(t.charAt(0))) {
      return p; // "1 234 567.89" is read as written elsewhere; a longer run is a code
    }
    return new Numbers.Parsed(new BigDecimal(digits.toString()), j, BigDecimal.ONE);
  }

  /** "two hundred point zero three" = 200.03, "nought point eleven" = 0.11: digits after "point", one word each or one number. */
  static Numbers.Parsed decimals(Words w, int i, Numbers.Parsed p) {
    int j = p.end();
    if (!w.at(j).equals("point") || Numbers.unit(w.at(i)) == null || p.value().scale() > 0) {
      return p;
    }
    StringBuilder digits = new StringBuilder();
    int k = j + 1;
    while (Numbers.unit(w.at(k)) != null && Numbers.unit(w.at(k)) < 10) {
      digits.append(Numbers.unit(w.at(k)));
      k++;
    }
    if (digits.length() <= 1) { // "point seventy-one", "point eleven": one number
      Numbers.Parsed n = Numbers.unit(w.at(j + 1)) == null ? null : Numbers.simple(w, j + 1);
      if (n == null || n.value().scale() > 0 || n.value().signum() < 0 || n.value().compareTo(BigDecimal.valueOf(100)) >= 0) {
        return p;
      }
      digits = new StringBuilder(n.value().toPlainString());
      k = n.end();
    }
    BigDecimal fraction = new BigDecimal("0." + digits);
    return new Numbers.Parsed(p.value().add(fraction), k, p.scale());
  }

  /**
   * Smaller parts after a scale ("4 thousand 3 hundred and 21") and a fraction after a whole
   * number ("twenty and three fifths", "two and fifty-four hundredths"), of the scale when there
   * is one ("3 million and a quarter" = 3250000).
   */
  static Numbers.Parsed added(Words w, Numbers.Parsed p) {
    Numbers.Parsed out = p;
    BigDecimal room = p.scale();
    for (int guard = 0; guard < 4; guard++) {
      int j = w.at(out.end()).equals("and") ? out.end() + 1 : out.end();
      Numbers.Parsed q = Numbers.simple(w, j);
      if (q == null || q.value().signum() <= 0) {
        return out;
      }
      boolean fraction = q.value().compareTo(BigDecimal.ONE) < 0 && Numbers.isFractionWord(w.at(q.end() - 1));
      boolean smaller = room.compareTo(BigDecimal.ONE) > 0 && q.value().compareTo(room) < 0
          && (q.scale().compareTo(BigDecimal.ONE) > 0 || j > out.end()); // "3 hundred and 21", not "5 million 3"
      if (!fraction && !smaller || out.value().scale() > 0 && !fraction) {
        return out;
      }
      BigDecimal part = fraction ? q.value().multiply(room) : q.value(); // "3 million and a quarter": of a million
      out = new Numbers.Parsed(out.value().add(part), q.end(), out.scale());
      room = q.scale();
      if (fraction) {
        return out;
      }
    }
    return out;
  }

  /** "one over three", "1 over 20": a numerator over a whole denominator. */
  static Numbers.Parsed over(Words w, Numbers.Parsed p) {
    if (!w.at(p.end()).equals("over")) {
      return p;
    }
    Numbers.Parsed q = Numbers.simple(w, p.end() + 1);
    if (q == null || q.value().signum() <= 0 || q.value().scale() > 0) {
      return p;
    }
    // six significant digits, as fractions are written (docs/VALUES.md): 2000 over 3 is 666.667
    return new Numbers.Parsed(p.value().divide(q.value(), new java.math.MathContext(6)), q.end(), BigDecimal.ONE);
  }
}
