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
  private static final Pattern LAST_GROUP = Pattern.compile("\\d{3}\\.\\d+");

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
    if (LAST_GROUP.matcher(w.at(j)).matches()) {
      digits.append(w.at(j)); // "1 234 567.89"
      j++;
    }
    String t = w.at(j);
    if (t.startsWith(".") || t.length() > 0 && Character.isDigit(t.charAt(0))) {
      return p; // a longer run is a code
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
      Numbers.Parsed byOrdinal = ordinalFraction(w, j);
      boolean ordinal = byOrdinal != null && (q == null || byOrdinal.end() >= q.end());
      q = ordinal ? byOrdinal : q; // "and a thirtieth"
      if (q == null || q.value().signum() <= 0) {
        return out;
      }
      Integer quarters = Numbers.denominator(w.at(q.end()));
      if (quarters != null && quarters == 4 && q.value().scale() <= 0 && q.value().compareTo(BigDecimal.valueOf(4)) < 0
          && j > out.end()) {
        // "one hundred and three quarters": after "and", quarters are of a whole, not of a year
        q = new Numbers.Parsed(q.value().divide(BigDecimal.valueOf(4), Numbers.CONTEXT), q.end() + 1, BigDecimal.ONE);
      }
      boolean scaled = q.scale().compareTo(BigDecimal.ONE) > 0 || w.list().subList(j, q.end()).contains("hundred");
      String last = w.at(q.end() - 1);
      if (j == out.end() && scaled && room.compareTo(BigDecimal.ONE) > 0 && last.endsWith("s") && Numbers.isFractionWord(last)) {
        // "one million two hundred three fifths": the fraction word counts the whole number before it, as "one hundred thirty fifths"
        Numbers.Parsed count = Numbers.simple(w.slice(0, q.end() - 1), j);
        return count == null || count.end() != q.end() - 1 ? out : new Numbers.Parsed(out.value().add(count.value())
            .divide(BigDecimal.valueOf(Numbers.denominator(last)), Numbers.CONTEXT), q.end(), BigDecimal.ONE);
      }
      boolean fraction = q.value().compareTo(BigDecimal.ONE) < 0 && (ordinal || Numbers.isFractionWord(last));
      boolean smaller = room.compareTo(BigDecimal.ONE) > 0 && q.value().compareTo(room) < 0
          && (scaled || j > out.end()); // "3 hundred and 21", "a million two hundred three", not "5 million 3"
      if (!fraction && !smaller || out.value().scale() > 0 && !fraction) {
        return out;
      }
      BigDecimal of = fraction ? Numbers.SCALES.get(w.at(q.end())) : null;
      boolean ofSmaller = of != null && of.compareTo(room) < 0; // "one billion and a quarter million": of a million
      BigDecimal part = fraction ? q.value().multiply(ofSmaller ? of : room) : q.value(); // "3 million and a quarter": of a million
      out = new Numbers.Parsed(out.value().add(part), q.end() + (ofSmaller ? 1 : 0), out.scale());
      room = q.scale();
      if (fraction) {
        return out;
      }
    }
    return out;
  }

  /** "one over three", "1 over 20", "one out of three", "1 in twenty-one": a numerator over a whole denominator. */
  static Numbers.Parsed over(Words w, Numbers.Parsed p) {
    // "1 in 5": odds, only of one ("3 in 2016" is a count and a year)
    boolean odds = w.at(p.end()).equals("in") && p.value().compareTo(BigDecimal.ONE) == 0;
    int k = w.at(p.end()).equals("over") || odds ? p.end() + 1
        : w.at(p.end()).equals("out") && w.at(p.end() + 1).equals("of") ? p.end() + 2 : -1; // "one out of three": a ratio
    if (k < 0) {
      return p;
    }
    Numbers.Parsed q = Numbers.simple(w, k);
    if (q == null || q.value().signum() <= 0 || q.value().scale() > 0 || odds && (q.value().compareTo(BigDecimal.ONE) <= 0
        || DateParts.isYear(w.at(k)))) {
      return p;
    }
    String after = w.at(q.end());
    if (w.at(p.end()).equals("out") && (p.value().compareTo(q.value()) > 0 || Numbers.SCALES.containsKey(after)
        || after.endsWith("s") && Numbers.SCALES.containsKey(after.substring(0, after.length() - 1)))) {
      return p; // a part out of a whole: "12 out of 10" is two counts; "five hundreds" is no whole number
    }
    // six significant digits, as fractions are written (docs/VALUES.md): 2000 over 3 is 666.667
    return new Numbers.Parsed(p.value().divide(q.value(), new java.math.MathContext(6)), q.end(), BigDecimal.ONE);
  }

  /** A power: "1.1^23", "2.5^-1", "1.1^+23". Exponents beyond {@link #MAX_EXPONENT} are not read. */
  static Numbers.Parsed power(Words w, Numbers.Parsed p) {
    if (!w.at(p.end()).equals("^")) {
      return p;
    }
    Integer e = exponent(w, p.end() + 1);
    if (e == null) {
      return p;
    }
    BigDecimal v = raise(p.value(), e);
    return v == null ? p : new Numbers.Parsed(v, p.end() + 2 + (Character.isDigit(w.at(p.end() + 1).charAt(0)) ? 0 : 1), BigDecimal.ONE);
  }

  /** Scientific notation: "127.32e13", "1.3x10^6", "6.23x10^-4" (the mantissa's glued "e" or "x" a word of its own). */
  static Numbers.Parsed scientific(Words w, int i) {
    java.util.regex.Matcher m = MANTISSA.matcher(w.at(i));
    if (!m.matches()) {
      return null;
    }
    BigDecimal mantissa = new BigDecimal(m.group(1));
    int k = i + 1;
    if (m.group(2).equals("x")) {
      if (!w.at(k).equals("10") || !w.at(k + 1).equals("^")) {
        return null;
      }
      k += 2;
    }
    Integer e = exponent(w, k);
    if (e == null || mantissa.signum() == 0) {
      return null;
    }
    int end = k + (Character.isDigit(w.at(k).charAt(0)) ? 1 : 2);
    return new Numbers.Parsed(mantissa.scaleByPowerOfTen(e), end, BigDecimal.ONE);
  }

  private static final Pattern MANTISSA = Pattern.compile("(\\d+(?:\\.\\d+)?)([ex])");
  private static final Pattern EXPONENT = Pattern.compile("\\d{1,3}");
  private static final int MAX_EXPONENT = 100;

  /** An integer exponent at {@code k}, its sign a word of its own ("-", "+"), or null. */
  private static Integer exponent(Words w, int k) {
    String sign = w.at(k);
    boolean signed = sign.equals("-") || sign.equals("+") || sign.equals("\u2212");
    String digits = signed ? w.at(k + 1) : sign;
    if (!EXPONENT.matcher(digits).matches()) {
      return null;
    }
    int e = Integer.parseInt(digits);
    return e > MAX_EXPONENT ? null : signed && !sign.equals("+") ? -e : e;
  }

  /** {@code b} to the power {@code e}, to sixteen significant digits. */
  private static BigDecimal raise(BigDecimal b, int e) {
    if (b.signum() == 0 && e < 0) {
      return null;
    }
    BigDecimal v = b.pow(Math.abs(e)).round(Numbers.CONTEXT); // exact first: pow with a context may lose the last digits
    return e < 0 ? BigDecimal.ONE.divide(v, Numbers.CONTEXT) : v;
  }

  /** "two thirds of a million": a fraction of a scale. */
  static Numbers.Parsed ofScale(Words w, Numbers.Parsed p) {
    int j = p.end();
    boolean article = w.at(j + 1).equals("a") || w.at(j + 1).equals("an");
    BigDecimal scale = article && w.at(j).equals("of") ? Numbers.SCALES.get(w.at(j + 2)) : null;
    if (scale == null || p.value().compareTo(BigDecimal.ONE) >= 0 || p.value().signum() <= 0 || scale.compareTo(BigDecimal.valueOf(100)) <= 0) {
      return p;
    }
    return new Numbers.Parsed(p.value().multiply(scale).round(new java.math.MathContext(6)), j + 3, scale);
  }

  /**
   * A numerator and an ordinal of any size as its denominator: "one twenty-fifth" (1/25), "three
   * twenty firsts" (3/21), "one hundred thirty-fifths" (100/35), "one one hundred fifth" (1/105),
   * "a thirtieth". The shortest numerator whose rest is one ordinal, as theirs; the ordinal plural
   * after more than one and singular after one; "seconds" are time, never halves.
   */
  static Numbers.Parsed ordinalFraction(Words w, int i) {
    boolean article = w.at(i).equals("a") || w.at(i).equals("an");
    for (int m = i + 1; m < Math.min(w.size(), i + 8); m++) {
      if (w.at(m - 1).equals("and")) {
        break; // "one hundred and thirty fifths", "two hundred and fifty-four hundredths": the whole number reads them
      }
      BigDecimal n = article && m == i + 1 ? BigDecimal.ONE : wholeNumber(w, i, m);
      if (n == null) {
        continue;
      }
      for (int k = Math.min(w.size(), m + 6); k > m; k--) {
        BigDecimal d = denominator(w, m, k, n.compareTo(BigDecimal.ONE) > 0);
        if (d != null) {
          return new Numbers.Parsed(n.divide(d, new java.math.MathContext(6)), k, BigDecimal.ONE);
        }
      }
    }
    return null;
  }

  /** The positive whole number written by exactly {@code [i, m)}, or null. */
  private static BigDecimal wholeNumber(Words w, int i, int m) {
    Numbers.Parsed n = Numbers.simple(w.slice(i, m), 0);
    return n == null || n.end() != m - i || n.value().signum() <= 0 || n.value().scale() > 0 ? null : n.value();
  }

  /** The ordinal {@code [m, k)} names, plural or not as asked, as a denominator above one; or null. */
  private static BigDecimal denominator(Words w, int m, int k, boolean plural) {
    String last = w.at(k - 1);
    if (last.endsWith("s") != plural || w.at(m).equals("-")) {
      return null;
    }
    String single = plural ? last.substring(0, last.length() - 1) : last;
    if (single.equals("second") || !Numbers.ORDINALS.containsKey(single)) {
      return null;
    }
    java.util.List<String> words = new java.util.ArrayList<>(w.list().subList(m, k));
    words.set(words.size() - 1, single);
    int tensEnd = words.size() - 1 - (words.size() >= 2 && words.get(words.size() - 2).equals("-") ? 1 : 0);
    if (tensEnd > 0) { // "twenty fifth", "one hundred fifth", not "two hundred three fifth"
      BigDecimal tens = wholeNumber(Words.of(String.join(" ", words.subList(0, tensEnd))), 0, tensEnd);
      if (tens == null || tens.remainder(BigDecimal.TEN).signum() != 0) {
        return null;
      }
    }
    BigDecimal d = Numbers.ordinal(Words.of(String.join(" ", words)));
    return d == null || d.compareTo(BigDecimal.ONE) <= 0 ? null : d;
  }
}
