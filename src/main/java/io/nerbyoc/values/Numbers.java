package io.nerbyoc.values;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One number as news writes it, to its value: "1,000", "2.5", "3/4", "5m", "2.5bn",
 * "twenty - five", "one hundred and ten", "1.2 million", "a dozen", "half a million", "two and a
 * half", "one - third", "two thirds", "ten ( 10 )". Vague counts ("hundreds", "several", "a few")
 * have no value: {@link #at} returns null for them.
 */
final class Numbers {
  private Numbers() {}

  /** A number over words {@code [start, end)}; {@code scale} is its last scale word (1 when none). */
  record Parsed(BigDecimal value, int end, BigDecimal scale) {}

  static final MathContext CONTEXT = MathContext.DECIMAL64;

  private static final Map<String, Integer> UNITS = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
      Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
      Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
      Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
      Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("nought", 0), Map.entry("naught", 0));
  /** Scale words; "m", "k", "b" only glued to digits or after a currency (see {@link #MONEY_SCALES}). */
  static final Map<String, BigDecimal> SCALES = scales();

  private static Map<String, BigDecimal> scales() {
    Map<String, BigDecimal> out = new java.util.HashMap<>();
    io.nerbyoc.lists.WordLists.typed(Numbers.class, "scales").forEach((w, times) -> out.put(w, new BigDecimal(times)));
    return Map.copyOf(out);
  }
  /** Abbreviated scales that mean metres or kilos elsewhere: only glued to digits or after money. */
  static final Map<String, BigDecimal> MONEY_SCALES = Map.of(
      "m", BigDecimal.valueOf(1_000_000), "k", BigDecimal.valueOf(1_000), "b", BigDecimal.valueOf(1_000_000_000));
  private static final Map<String, Integer> FRACTIONS = Map.ofEntries(
      Map.entry("half", 2), Map.entry("halves", 2), Map.entry("third", 3), Map.entry("thirds", 3),
      Map.entry("quarter", 4), Map.entry("quarters", 4), Map.entry("fourth", 4), Map.entry("fourths", 4),
      Map.entry("fifth", 5), Map.entry("fifths", 5), Map.entry("sixth", 6), Map.entry("sixths", 6),
      Map.entry("seventh", 7), Map.entry("sevenths", 7), Map.entry("eighth", 8), Map.entry("eighths", 8),
      Map.entry("ninth", 9), Map.entry("ninths", 9), Map.entry("tenth", 10), Map.entry("tenths", 10),
      Map.entry("hundredth", 100), Map.entry("hundredths", 100), Map.entry("thousandth", 1000), Map.entry("thousandths", 1000));

  private static final Pattern DIGITS = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d{1,2}(,\\d\\d)+,\\d{3}|\\d+)(\\.\\d+)?|[+-]?\\.\\d+");
  private static final Pattern GLUED = Pattern.compile("(\\d+(?:\\.\\d+)?)(m|bn|bln|mn|mln|k|b|tn)");
  private static final Pattern FRACTION = Pattern.compile("(\\d+)/(\\d+)");

  /** Vulgar fractions as one character: "½", "¾". */
  private static final Map<Character, BigDecimal> VULGAR = Map.of(
      '½', new BigDecimal("0.5"), '¼', new BigDecimal("0.25"), '¾', new BigDecimal("0.75"),
      '⅓', BigDecimal.ONE.divide(BigDecimal.valueOf(3), MathContext.DECIMAL64),
      '⅔', BigDecimal.valueOf(2).divide(BigDecimal.valueOf(3), MathContext.DECIMAL64),
      '⅛', new BigDecimal("0.125"), '⅜', new BigDecimal("0.375"), '⅝', new BigDecimal("0.625"), '⅞', new BigDecimal("0.875"),
      '⅕', new BigDecimal("0.2"));

  static boolean isVulgar(char c) {
    return VULGAR.containsKey(c);
  }

  /** The value of a token of digits ("1,000", "2.5", "5m", "3/4", "½"), or null. */
  static BigDecimal digits(String w) {
    if (w.length() == 1 && VULGAR.containsKey(w.charAt(0))) {
      return VULGAR.get(w.charAt(0));
    }
    if (w.isEmpty() || !(Character.isDigit(w.charAt(0)) || w.length() > 1 && Character.isDigit(w.charAt(1)))) {
      return null;
    }
    if (DIGITS.matcher(w).matches()) {
      return new BigDecimal(w.replace(",", ""));
    }
    Matcher g = GLUED.matcher(w);
    if (g.matches()) {
      BigDecimal scale = SCALES.containsKey(g.group(2)) ? SCALES.get(g.group(2)) : MONEY_SCALES.get(g.group(2));
      return new BigDecimal(g.group(1)).multiply(scale);
    }
    Matcher f = FRACTION.matcher(w);
    if (f.matches() && !f.group(2).chars().allMatch(c -> c == '0')) { // "0/000": no division by zero
      return new BigDecimal(f.group(1)).divide(new BigDecimal(f.group(2)), CONTEXT);
    }
    return null;
  }

  /** "half", "thirds", "fifth": a word that names a fraction. */
  static boolean isFractionWord(String w) {
    return FRACTIONS.containsKey(w);
  }

  /** The denominator a fraction word names ("quarters" 4), or null. */
  static Integer denominator(String w) {
    return FRACTIONS.get(w);
  }

  /** The value of one spelled word under a hundred ("seven", "seventy"), or null. */
  static Integer unit(String w) {
    return UNITS.get(w);
  }

  /** "firsts", "trillionths": an ordinal in the plural, a denominator ("three twenty-firsts"). */
  static boolean isPluralOrdinal(String w) {
    return w.length() > 3 && w.endsWith("s") && ORDINALS.containsKey(w.substring(0, w.length() - 1));
  }

  static boolean isNumberWord(String w) {
    return UNITS.containsKey(w);
  }

  /**
   * The number starting at word {@code i}, or null (also for vague counts): one written number,
   * then what may continue it: groups of three digits ("1 234 567"), spelled decimals ("two
   * hundred point zero three"), smaller parts ("4 thousand 3 hundred and 21", "twenty and three
   * fifths"), a divisor ("one over three").
   */
  static Parsed at(Words w, int i) {
    Parsed p = counted(w, i);
    return p == null ? null : NumberParts.over(w, p);
  }

  /**
   * The number starting at word {@code i} without a divisor: the count of an amount of money, a
   * percentage or a measure, where "$1 in 5" or "1 over 3 km" are no ratio of the unit.
   */
  static Parsed counted(Words w, int i) {
    Parsed p = simple(w, i);
    Parsed f = NumberParts.ordinalFraction(w, i);
    if (f != null && (p == null || f.end() >= p.end())) {
      p = f; // "one hundred thirty-fifths" is 100/35, not 130/5
    }
    if (p == null) {
      return NumberParts.scientific(w, i);
    }
    p = NumberParts.power(w, p);
    p = NumberParts.grouped(w, i, p);
    p = NumberParts.decimals(w, i, p);
    p = NumberParts.added(w, p);
    return NumberParts.ofScale(w, p);
  }

  /** Where the scale of "quarter million" or "a quarter million" starting at {@code i} is, or {@code i}. */
  private static int quarterOfScale(Words w, int i) {
    int q = w.at(i).equals("a") ? i + 1 : i;
    return w.at(q).equals("quarter") && SCALES.containsKey(w.at(q + 1)) && !w.at(q + 1).equals("dozen") ? q + 1 : i;
  }

  /** One written number starting at word {@code i}, or null. */
  static Parsed simple(Words w, int i) {
    String first = w.at(i);
    int quarter = quarterOfScale(w, i);
    BigDecimal base;
    int j;
    if ((first.equals("a") || first.equals("an")) && SCALES.containsKey(w.at(i + 1))) {
      base = BigDecimal.ONE; // "a dozen", "a million"
      j = i + 1;
    } else if (first.equals("half") && (w.at(i + 1).equals("a") || w.at(i + 1).equals("an"))
        && SCALES.containsKey(w.at(i + 2))) {
      base = new BigDecimal("0.5"); // "half a million"
      j = i + 2;
    } else if (first.equals("half") && SCALES.containsKey(w.at(i + 1))) {
      base = new BigDecimal("0.5"); // "half million", "half dozen"
      j = i + 1;
    } else if (first.equals("hundred") && SCALES.containsKey(w.at(i + 1)) && !UNITS.containsKey(w.at(i - 1))
        && digits(w.at(i - 1)) == null) {
      base = BigDecimal.ONE; // "hundred thousand dollars": the "a" left out, as people say it
      j = i;
    } else if (quarter > i) {
      j = quarter; // "quarter million", "a quarter billion"
      base = new BigDecimal("0.25");
    } else if ((first.equals("a") || first.equals("an")) && FRACTIONS.containsKey(w.at(i + 1))) {
      return new Parsed(BigDecimal.ONE.divide(BigDecimal.valueOf(FRACTIONS.get(w.at(i + 1))), CONTEXT), i + 2, BigDecimal.ONE);
    } else if (digits(first) != null) {
      base = digits(first);
      j = i + 1;
      BigDecimal fraction = digits(w.at(j));
      boolean fractional = w.at(j).contains("/") || w.at(j).length() == 1 && isVulgar(w.at(j).charAt(0));
      if (base.scale() <= 0 && first.chars().allMatch(Character::isDigit) && fractional && fraction != null) {
        base = base.add(fraction); // "1 4/5", "1½"
        j++;
      }
    } else if (UNITS.containsKey(first)) {
      int[] end = new int[1];
      base = spelled(w, i, end);
      j = end[0];
    } else {
      return null;
    }
    // "and a half" may also come after a scale word: "two and a half million" or "1 million and a half"
    BigDecimal scale = BigDecimal.ONE;
    BigDecimal value = base;
    int k = half(w, j);
    if (k > j) {
      value = value.add(new BigDecimal("0.5"));
      j = k;
    }
    while (SCALES.containsKey(w.at(j)) && !(w.at(j).equals("hundred") && scale.compareTo(BigDecimal.ONE) > 0)) {
      scale = scale.multiply(SCALES.get(w.at(j)));
      j++;
    }
    BigDecimal tail = value.remainder(HUNDRED);
    if (scale.compareTo(HUNDRED) < 0 && value.compareTo(HUNDRED) > 0 && tail.signum() > 0 && w.list().subList(i, j).contains("and")) {
      value = value.subtract(tail).add(tail.multiply(scale)); // "three hundred and two dozens": 300 and 24, not 302 dozens
    } else {
      value = value.multiply(scale);
    }
    if (scale.compareTo(BigDecimal.ONE) > 0) {
      k = half(w, j);
      if (k > j) {
        BigDecimal of = SCALES.get(w.at(k));
        boolean smaller = of != null && of.compareTo(scale) < 0; // "one billion and a half million": half of a million
        value = value.add((smaller ? of : scale).divide(BigDecimal.valueOf(2), CONTEXT));
        j = smaller ? k + 1 : k;
      }
    }
    // Legal doubling: "ten ( 10 )", "5 ( five )"
    if (w.at(j).equals("(") && w.at(j + 2).equals(")") && (digits(w.at(j + 1)) != null || UNITS.containsKey(w.at(j + 1)))) {
      j += 3;
    }
    return new Parsed(value, j, scale);
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** End of "and a half" / "- and - a - half" at {@code j}, or {@code j}. */
  private static int half(Words w, int j) {
    int k = j;
    if (w.at(k).equals("-")) {
      k++;
    }
    if (!w.at(k).equals("and")) {
      return j;
    }
    k++;
    if (w.at(k).equals("-")) {
      k++;
    }
    if (w.at(k).equals("a") && w.at(k + 1).equals("-") && w.at(k + 2).equals("half")) {
      return k + 3;
    }
    return w.at(k).equals("a") && w.at(k + 1).equals("half") ? k + 2 : j;
  }

  /**
   * "twenty - five", "one hundred and ten", "one - third", "two thirds": words from {@code i},
   * its end in {@code end[0]}.
   */
  /**
   * True when the spelled number at {@code j} ends in a fraction word: "and" before it is a
   * decimal point, as schools teach ("two hundred and fifty-four hundredths" is 200.54).
   */
  /**
   * Tenths, hundredths, thousandths (the fractions a decimal point writes) and quarters: after
   * "hundred and" they are a part of one ("one hundred and three quarters" 100.75), where "one
   * hundred and thirty fifths" stays 130 fifths, as theirs.
   */
  private static final java.util.Set<String> DECIMAL_FRACTIONS = FRACTIONS.entrySet().stream()
      .filter(e -> e.getKey().endsWith("s") && (e.getValue() == 4 || e.getValue() == 10 || e.getValue() == 100 || e.getValue() == 1000))
      .map(Map.Entry::getKey).collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static boolean fractionAhead(Words w, int j) {
    int k = j;
    while (UNITS.containsKey(w.at(k)) || w.at(k).equals("-") || w.at(k).equals("hundred")) {
      k++;
    }
    return k > j && DECIMAL_FRACTIONS.contains(w.at(k));
  }

  private static BigDecimal spelled(Words w, int i, int[] end) {
    long total = 0;
    long current = UNITS.get(w.at(i));
    int j = i + 1;
    while (true) {
      String t = w.at(j);
      if (UNITS.containsKey(t) && joins(current, UNITS.get(t))) {
        current += UNITS.get(t);
        j++;
      } else if (t.equals("-") && UNITS.containsKey(w.at(j + 1)) && current % 100 >= 20 && current % 10 == 0
          && UNITS.get(w.at(j + 1)) < 10) {
        current += UNITS.get(w.at(j + 1)); // "twenty - five"
        j += 2;
      } else if (t.equals("hundred") && current > 0 && current < 100) {
        current *= 100;
        j++;
      } else if (t.equals("thousand") && (current > 0 || total > 0) && isSpelledAhead(w, j + 1)) {
        total += current * 1000;
        current = 0;
        j++;
      } else if (t.equals("and") && (w.at(j - 1).equals("hundred") || w.at(j - 1).equals("thousand"))
          && UNITS.containsKey(w.at(j + 1)) && !fractionAhead(w, j + 1)) {
        j++;
      } else {
        break;
      }
    }
    // "one - third", "two thirds", "one third"
    String next = w.at(j).equals("-") ? w.at(j + 1) : w.at(j);
    int step = w.at(j).equals("-") ? 2 : 1;
    if (total + current > 0 && FRACTIONS.containsKey(next) && (!next.startsWith("quarter") || SCALES.containsKey(w.at(j + step)))
        && (next.endsWith("s") || total + current == 1) && !w.at(j - 1).equals("hundred") && !w.at(j - 1).equals("thousand")) {
      end[0] = j + step; // "two thirds", "twenty fifths", "fifty-four hundredths", "three quarters" of a billion
      return BigDecimal.valueOf(total + current).divide(BigDecimal.valueOf(FRACTIONS.get(next)), CONTEXT);
    }
    end[0] = j;
    return BigDecimal.valueOf(total + current);
  }

  /** "twenty" takes "five", "one hundred" takes "ten" or "twenty": a smaller word fills a zero place. */
  private static boolean joins(long current, int next) {
    return current == 0 || current % 100 == 0 && next < 100
        || current % 10 == 0 && current % 100 >= 20 && next < 10;
  }

  /** After "thousand", spelled numbers go on ("two thousand five hundred"); else the scale is the caller's. */
  private static boolean isSpelledAhead(Words w, int j) {
    String t = w.at(j);
    return UNITS.containsKey(t) || t.equals("and") && UNITS.containsKey(w.at(j + 1));
  }

  /** Ordinals: "third" → 3, "21st" → 21, "twenty - first" → 21, "secondly" → 2; else null. */
  static BigDecimal ordinal(Words w) {
    String first = w.at(0);
    if (w.size() == 1) {
      Matcher m = ORDINAL_DIGITS.matcher(first);
      if (m.matches()) {
        return new BigDecimal(m.group(1).replace(",", "")); // "1,000th"
      }
      Long v = ORDINALS.get(first.endsWith("ly") ? first.substring(0, first.length() - 2) : first);
      return v == null ? null : BigDecimal.valueOf(v);
    }
    // "twenty - first", "twenty first", "one hundredth"
    String last = w.at(w.size() - 1);
    Long unit = ORDINALS.get(last);
    if (unit == null) {
      return null;
    }
    String before = w.at(w.size() - 2);
    int count = before.equals("-") || before.equals("and") && unit < 100 && SCALES.containsKey(w.at(w.size() - 3)) ? w.size() - 2 : w.size() - 1; // "one hundred and first"
    Parsed tens = at(w.slice(0, count), 0);
    if (tens == null || tens.end() != count) {
      return null;
    }
    if (unit < 100 && tens.value().remainder(BigDecimal.valueOf(unit < 10 ? 10 : 100)).signum() != 0) {
      return null; // "two first" is two things first, not a third; "twenty first" and "one hundred eleventh" fill a zero place
    }
    return unit >= 100 ? tens.value().multiply(BigDecimal.valueOf(unit)) : tens.value().add(BigDecimal.valueOf(unit));
  }

  private static final Pattern ORDINAL_DIGITS = Pattern.compile("(\\d{1,3}(?:,\\d{3})*|\\d+)(st|nd|rd|th)");
  static final Map<String, Long> ORDINALS = Map.ofEntries(
      Map.entry("first", 1L), Map.entry("second", 2L), Map.entry("third", 3L), Map.entry("fourth", 4L),
      Map.entry("fifth", 5L), Map.entry("sixth", 6L), Map.entry("seventh", 7L), Map.entry("eighth", 8L),
      Map.entry("ninth", 9L), Map.entry("tenth", 10L), Map.entry("eleventh", 11L), Map.entry("twelfth", 12L),
      Map.entry("thirteenth", 13L), Map.entry("fourteenth", 14L), Map.entry("fifteenth", 15L),
      Map.entry("sixteenth", 16L), Map.entry("seventeenth", 17L), Map.entry("eighteenth", 18L),
      Map.entry("nineteenth", 19L), Map.entry("twentieth", 20L), Map.entry("thirtieth", 30L), Map.entry("fortieth", 40L),
      Map.entry("fiftieth", 50L), Map.entry("sixtieth", 60L), Map.entry("seventieth", 70L), Map.entry("eightieth", 80L),
      Map.entry("ninetieth", 90L), Map.entry("hundredth", 100L), Map.entry("thousandth", 1000L),
      Map.entry("millionth", 1_000_000L), Map.entry("billionth", 1_000_000_000L), Map.entry("trillionth", 1_000_000_000_000L));
}
