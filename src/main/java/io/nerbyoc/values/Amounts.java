package io.nerbyoc.values;

import io.nerbyoc.lists.WordLists;
import io.nerbyoc.core.Value.Amount;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts and amounts to numbers: CARDINAL, PERCENT, MONEY (with an ISO 4217 code) and QUANTITY
 * (with a UCUM unit). Approximators keep the number ("about 300" is 300); comparatives give a
 * bound ("more than 300": start 300, no end); ranges give both ends ("$10 to $20 million", a
 * scale written once covering both). Every word of the entity must be read, or there is no value.
 */
final class Amounts {
  private Amounts() {}

  enum Kind { CARDINAL, PERCENT, MONEY, QUANTITY }

  private enum Bound { EXACT, AT_LEAST, AT_MOST }

  /** Modifiers by their words; the longest that matches wins. */
  private static final Map<List<String>, Bound> MODIFIERS = modifiers();

  private static Map<List<String>, Bound> modifiers() {
    Map<List<String>, Bound> out = new java.util.HashMap<>();
    WordLists.typed(Amounts.class, "amount-modifiers").forEach((phrase, bound) -> out.put(List.of(phrase.split(" ")), Bound.valueOf(bound)));
    return Map.copyOf(out);
  }
  private static final Set<String> RANGE_WORDS = WordLists.set(Amounts.class, "range-words");
  private static final Set<String> PERCENT_WORDS = WordLists.set(Amounts.class, "percent-words");
  private static final java.util.regex.Pattern MILLIONS_MM = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)mm");
  private static final java.util.regex.Pattern THOUSANDS = java.util.regex.Pattern.compile("\\d{3}(,\\d{3})*(\\.\\d+)?");
  /** Brackets a unit may be written in after its number ("20 [kg]"), as the grammar reads them. */
  private static final Map<String, String> BRACKETS = Map.of("(", ")", "[", "]", "{", "}", "<", ">");
  /** Units of time a measure is per ("7,000 m3 / s", "50 km/ms"), to their UCUM symbols. */
  private static final Map<String, String> PER_TIME = WordLists.typed(Amounts.class, "per-time-units");

  /** One amount: its value, its unit (a code or symbol, "" when the kind has none, null when unknown). */
  private record Item(BigDecimal value, String unit, boolean hasUnit, BigDecimal scale, int end) {}

  static Amount resolve(Kind kind, Words w) {
    int i = 0;
    Bound bound = Bound.EXACT;
    boolean negative = false;
    int m = modifier(w, i);
    if (m > i) {
      bound = MODIFIERS.get(w.list().subList(i, m));
      i = m;
    }
    if (w.at(i).equals("minus") || w.at(i).equals("negative")
        || (w.at(i).equals("-") || w.at(i).equals("−")) && (Numbers.digits(w.at(i + 1)) != null
            || NumberParts.scientific(w, i + 1) != null)) {
      negative = true;
      i++;
    }
    boolean between = w.at(i).equals("between");
    if (between || w.at(i).equals("from")) {
      i++;
    }
    Item first = item(kind, w, i);
    if (first == null) {
      return null;
    }
    BigDecimal a = negative ? first.value().negate() : first.value();
    int j = first.end();
    int orMore = orBound(w, j);
    if (orMore != 0 && j + 2 == w.size() && bound == Bound.EXACT) { // "$10 or more", "5 or fewer": a bound after the amount
      w = w.slice(0, j);
      bound = orMore > 0 ? Bound.AT_LEAST : Bound.AT_MOST;
    }
    if (j == w.size() || plus(w, j) == w.size()) {
      if (!first.hasUnit() && kind != Kind.CARDINAL) {
        return null; // an amount whose unit was not read
      }
      if (j < w.size()) {
        bound = Bound.AT_LEAST; // "60 - plus"
      }
      String unit = unit(kind, first);
      return switch (bound) {
        case EXACT -> Amount.of(a, unit);
        case AT_LEAST -> new Amount(a, null, unit);
        case AT_MOST -> new Amount(null, a, unit);
      };
    }
    CompoundAmounts.Rest rest = kind == Kind.MONEY || kind == Kind.QUANTITY ? CompoundAmounts.rest(kind, first.unit(), w, j) : null;
    if (rest != null && rest.end() == w.size() && !negative) {
      BigDecimal whole = a.add(rest.value()); // "3 dollars 50 cents", "5 ft 2 in"
      return switch (bound) {
        case EXACT -> Amount.of(whole, first.unit());
        case AT_LEAST -> new Amount(whole, null, first.unit());
        case AT_MOST -> new Amount(null, whole, first.unit());
      };
    }
    String conn = w.at(j);
    if (!RANGE_WORDS.contains(conn) || conn.equals("and") != between) {
      return null;
    }
    Item second = item(kind, w, j + 1);
    if (second == null || second.end() != w.size() || !second.hasUnit() && !first.hasUnit() && kind != Kind.CARDINAL) {
      return null;
    }
    // "$10 to 20 million", "10 - 15 %": what the second has, the first shares
    if (first.scale().compareTo(BigDecimal.ONE) == 0 && second.scale().compareTo(BigDecimal.ONE) > 0
        && a.compareTo(second.value().divide(second.scale(), Numbers.CONTEXT)) < 0) {
      a = a.multiply(second.scale());
    }
    String unit = first.hasUnit() ? unit(kind, first) : unit(kind, second);
    if (first.hasUnit() && second.hasUnit() && !java.util.Objects.equals(first.unit(), second.unit())) {
      return null; // "5 % to 10 points": not one range
    }
    // a range runs upward: "5/1-5/7" is no 5 to 0.71, "3-2" is a score
    return second.value().compareTo(a) < 0 ? null : new Amount(a, second.value(), unit);
  }

  /** A code's amount glued after it ("USD50"), with groups of thousands a typed space split off ("RMB100, 000", as contracts type them). */
  private static Numbers.Parsed gluedAmount(Words w, int i, String digits) {
    int end = i + 1;
    StringBuilder all = new StringBuilder(digits);
    while (w.at(end).equals(",") && THOUSANDS.matcher(w.at(end + 1)).matches()) {
      all.append(w.at(end + 1));
      end += 2;
    }
    BigDecimal v = Numbers.digits(end > i + 1 ? all.toString().replace(",", "") : digits);
    return v == null ? null : new Numbers.Parsed(v, end, BigDecimal.ONE);
  }

  /** "1mm" after a currency sign: millions as finance writes them ("US$ 1MM"), never millimetres there. */
  private static Numbers.Parsed financeMillions(Words w, int j) {
    java.util.regex.Matcher mm = MILLIONS_MM.matcher(w.at(j));
    BigDecimal million = BigDecimal.valueOf(1_000_000);
    return mm.matches() ? new Numbers.Parsed(new BigDecimal(mm.group(1)).multiply(million), j + 1, million) : null;
  }

  private static String unit(Kind kind, Item it) {
    return kind == Kind.MONEY || kind == Kind.QUANTITY ? it.unit() : null;
  }

  /** 1 for "or more" ("or above", "or greater", "or higher") at {@code j}, -1 for "or less" ("or fewer", "or below", "or lower"), else 0. */
  private static int orBound(Words w, int j) {
    if (!w.at(j).equals("or")) {
      return 0;
    }
    return switch (w.at(j + 1)) {
      case "more", "above", "greater", "higher", "over" -> 1;
      case "less", "fewer", "below", "lower", "under" -> -1;
      default -> 0;
    };
  }

  /** End of "- plus", "-plus", "+" after an amount, or {@code j}. */
  private static int plus(Words w, int j) {
    if (w.at(j).equals("-") && w.at(j + 1).equals("plus")) {
      return j + 2;
    }
    return w.at(j).equals("-plus") || w.at(j).equals("+") || w.at(j).equals("plus") ? j + 1 : j;
  }

  private static int modifier(Words w, int i) {
    for (int len = 3; len >= 1; len--) {
      if (i + len <= w.size() && MODIFIERS.containsKey(w.list().subList(i, i + len))) {
        return i + len;
      }
    }
    return i;
  }

  /** One amount of the kind at {@code i}: a number with the unit the kind needs. */
  private static Item item(Kind kind, Words w, int i) {
    return switch (kind) {
      case CARDINAL -> {
        Numbers.Parsed n = Numbers.at(w, i);
        if (n == null && w.at(i).equals("half") && i + 1 == w.size()) {
          n = new Numbers.Parsed(new BigDecimal("0.5"), i + 1, BigDecimal.ONE); // "more than half": a half, the count's last word
        }
        yield n == null ? null : new Item(n.value(), null, false, n.scale(), n.end());
      }
      case PERCENT -> percent(w, i);
      case MONEY -> money(w, i);
      case QUANTITY -> quantity(w, i);
    };
  }

  /**
   * The count before a unit: a number, or an article right before the unit's first word ({@code unit}):
   * "a dollar", "an inch", "half a percent"; alone, or before "few" or "couple", "a" counts nothing.
   */
  private static Numbers.Parsed count(Words w, int i, java.util.function.Predicate<String> unit) {
    Numbers.Parsed n = Numbers.counted(w, i);
    if (n != null) {
      return n;
    }
    boolean half = w.at(i).equals("half");
    int a = half ? i + 1 : i;
    return (w.at(a).equals("a") || w.at(a).equals("an")) && unit.test(w.at(a + 1))
        ? new Numbers.Parsed(half ? new BigDecimal("0.5") : BigDecimal.ONE, a + 1, BigDecimal.ONE) : null;
  }

  private static Item percent(Words w, int i) {
    Numbers.Parsed n = count(w, i, u -> PERCENT_WORDS.contains(u) || u.equals("per"));
    if (n == null) {
      return null;
    }
    int j = n.end();
    if (w.at(j).equals("-") && (PERCENT_WORDS.contains(w.at(j + 1)) || w.at(j + 1).equals("per"))) {
      j++; // "a 10-percent rise"
    }
    String u = w.at(j);
    if (u.equals("per") && w.at(j + 1).equals("cent")) {
      return new Item(n.value(), "%", true, n.scale(), j + 2);
    }
    if (PERCENT_WORDS.contains(u)) {
      int end = w.at(j + 1).startsWith("point") ? j + 2 : j + 1; // "5 percentage points"
      return new Item(n.value(), "%", true, n.scale(), end);
    }
    return new Item(n.value(), null, false, n.scale(), j); // "10 to 15 %": the first shares the second's sign
  }

  /** Past "sterling" after an amount in pounds, which names the pound it is: "5 pounds sterling", "£5 sterling". */
  private static int sterling(Words w, int j, String code) {
    return "GBP".equals(code) && w.at(j).equals("sterling") ? j + 1 : j;
  }

  private static Item money(Words w, int i) {
    String t = w.at(i);
    String[] glued = Words.gluedCode(t); // "USD50": a code and its amount in one word
    if (glued != null || Currencies.isSign(t)) {
      Currencies.Currency c = Currencies.sign(glued != null ? glued[0] : t);
      Numbers.Parsed n = glued != null ? gluedAmount(w, i, glued[1]) : Numbers.counted(w, i + 1);
      n = n == null && glued == null ? financeMillions(w, i + 1) : n;
      if (n == null) {
        return null;
      }
      BigDecimal value = n.value().multiply(c.factor()); // "MAUD 60": a scaled code counts millions
      BigDecimal scale = n.scale().multiply(c.factor());
      int j = n.end();
      if (Numbers.MONEY_SCALES.containsKey(w.at(j))) {
        scale = scale.multiply(Numbers.MONEY_SCALES.get(w.at(j))); // "$ 3 m"
        value = value.multiply(Numbers.MONEY_SCALES.get(w.at(j)));
        j++;
      }
      j = sterling(w, j, c.code()); // "£5 sterling"
      return new Item(value, c.code(), true, scale, j);
    }
    Currencies.Currency before = Currencies.isName(t) && !Currencies.isHundredth(t) ? Currencies.named(w, i, i + 1) : null;
    Numbers.Parsed after = before == null ? null : Numbers.counted(w, i + 1);
    if (after != null && after.scale().compareTo(BigDecimal.ONE) > 0) { // "dollar 22.5 million": the name first, as some write it
      return new Item(after.value().multiply(before.factor()), before.code(), true, after.scale(), after.end());
    }
    Numbers.Parsed n = count(w, i, u -> Currencies.isName(u) || Currencies.COUNTRY_WORDS.contains(u));
    if (n == null) {
      return null;
    }
    int j = n.end();
    if (w.at(j).equals("-")) {
      j++; // "a 12 - cent dividend"
    }
    for (int k = j; k < Math.min(w.size(), j + 4); k++) {
      if (Currencies.isName(w.at(k)) && !Currencies.isHundredth(w.at(k + 1))) { // "30 euro cents": the hundredths decide
        Currencies.Currency c = Currencies.named(w, j, k + 1);
        if (c != null) {
          BigDecimal scale = Numbers.SCALES.get(w.at(k + 1));
          if (scale != null && Currencies.isSign(w.at(k))) {
            return new Item(n.value().multiply(scale), c.code(), true, n.scale().multiply(scale), k + 2); // "75 usd million"
          }
          return new Item(n.value().multiply(c.factor()), c.code(), true, n.scale(), sterling(w, k + 1, c.code())); // "5 pounds sterling"
        } // a code, not a name, may take its scale after it: "75 USD million", not "75 dollars million"
      }
      if (!Character.isLetter(w.at(k).charAt(0))) {
        break;
      }
    }
    if (j == n.end() && Currencies.isSymbol(w.at(j))) {
      Currencies.Currency c = Currencies.sign(w.at(j)); // "10 €", "100 ₾"
      return new Item(n.value(), c.code(), true, n.scale(), j + 1);
    }
    return new Item(n.value(), null, false, n.scale(), n.end()); // "$10 - 20": the sign covers both
  }

  /** True for a unit of time a measure can be per ("hr", "ms"). */
  static boolean isPerTime(String w) {
    return PER_TIME.containsKey(w);
  }

  /** The end of "/ s" or "per millisecond" at {@code j}, or {@code j}; a unit already per time ("km/h") takes no more. */
  private static int perTime(Words w, int j) {
    boolean per = w.at(j).equals("/") || w.at(j).equals("per");
    return per && PER_TIME.containsKey(w.at(j + 1)) ? j + 2 : j;
  }

  private static Item quantity(Words w, int i) {
    String glued = Units.gluedNumber(w.at(i));
    if (glued != null) {
      String unit = Units.glued(w.at(i));
      int end = perTime(w, i + 1);
      return new Item(new BigDecimal(glued), end > i + 1 ? unit + "/" + PER_TIME.get(w.at(end - 1)) : unit, true, BigDecimal.ONE, end);
    }
    Numbers.Parsed n = count(w, i, Units::isUnitWord);
    if (n == null) {
      return null;
    }
    int j = n.end();
    if (w.at(j).equals("-") && Units.isUnitWord(w.at(j + 1))) {
      j++; // "3.5 - inch"
    }
    String unitInBrackets = BRACKETS.containsKey(w.at(j)) && w.at(j + 2).equals(BRACKETS.get(w.at(j))) ? Units.of(w, j + 1, j + 2) : null;
    if (unitInBrackets != null) {
      return new Item(n.value(), unitInBrackets, true, n.scale(), j + 3); // "20 (kg)", as a table's column writes it
    }
    for (int len = Math.min(3, w.size() - j); len >= 1; len--) {
      String unit = Units.of(w, j, j + len);
      if (unit != null) {
        int end = perTime(w, j + len);
        if (end > j + len) {
          unit = unit + "/" + PER_TIME.get(w.at(end - 1)); // "7,000 m3 / s", "50 meters per millisecond"
        }
        return new Item(n.value(), unit, true, n.scale(), end);
      }
    }
    if (Units.isUnitWord(w.at(j))) {
      int end = j + 1; // "40 degrees": a unit of heat or of arc, so no symbol; the number stands
      return new Item(n.value(), null, true, n.scale(), end);
    }
    return new Item(n.value(), null, false, n.scale(), j);
  }
}
