package io.nerbyoc.values;

import io.nerbyoc.lists.WordLists;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The smaller part of an amount written in two units of one measure, for {@link Amounts}: "3
 * dollars 50 cents", "15 dollars and 50" (hundredths of a currency that has them), "5 ft 2 in",
 * "2 lb 3 oz". The whole is given in the first unit, as Recognizers-Text does: 3.5 USD, 5.16667
 * [ft_i].
 */
final class CompoundAmounts {
  private CompoundAmounts() {}

  /** What the rest adds, in the first unit, and where it ends. */
  record Rest(BigDecimal value, int end) {}

  /** ISO 4217 currencies whose minor unit is not a hundredth (ISO 4217's minor-unit column): no bare cents. */
  private static final Set<String> NO_HUNDREDTHS = WordLists.set(CompoundAmounts.class, "currencies-without-hundredths");

  /** "[ft_i] [in_i]" → 12: how many of the smaller unit make the larger. */
  private static final Map<String, BigDecimal> SMALLER = smaller();

  private static Map<String, BigDecimal> smaller() {
    Map<String, BigDecimal> out = new HashMap<>();
    WordLists.typed(CompoundAmounts.class, "unit-pairs").forEach((pair, ratio) -> out.put(pair, new BigDecimal(ratio)));
    return Map.copyOf(out);
  }

  /**
   * The smaller part after an amount in {@code unit} at word {@code j} ("and" allowed before it),
   * or null when what follows is no smaller part of that unit.
   */
  static Rest rest(Amounts.Kind kind, String unit, Words w, int j) {
    if (unit == null) {
      return null;
    }
    int i = w.at(j).equals("and") ? j + 1 : j;
    if (w.at(i).isEmpty() || !Character.isDigit(w.at(i).charAt(0)) && !Numbers.isNumberWord(w.at(i)) || Currencies.isName(w.at(j - 1))
        && Currencies.named(w, j - 1, j) != null && Currencies.named(w, j - 1, j).factor().compareTo(BigDecimal.ONE) != 0) {
      return null; // "64.2 cents a dozen": cents have no smaller part, and "a dozen" is no amount of one
    }
    Numbers.Parsed n = Numbers.at(w, i);
    if (n == null || n.value().signum() <= 0) {
      return null;
    }
    int k = n.end();
    if (kind == Amounts.Kind.MONEY) {
      return hundredths(unit, w, j, n, k);
    }
    for (int len = Math.min(3, w.size() - k); len >= 1; len--) {
      String small = Units.of(w, k, k + len);
      BigDecimal ratio = small == null ? null : SMALLER.get(unit + " " + small);
      if (ratio != null && n.value().compareTo(ratio) < 0) {
        return new Rest(n.value().divide(ratio, SIX), k + len); // six significant digits, as other fractions
      }
    }
    BigDecimal bare = BARE_SMALLER.get(unit);
    if (bare != null && k == w.size() && n.value().stripTrailingZeros().scale() <= 0 && n.value().compareTo(bare) < 0) {
      return new Rest(n.value().divide(bare, SIX), k); // "6 ft 2", "11 stone 4": a height or weight, its smaller unit unsaid
    }
    return null;
  }

  /** "50 cents" after dollars (or any currency with hundredths), "20 pence" after pounds, or a bare 1 to 99 at the end. */
  private static Rest hundredths(String code, Words w, int firstEnd, Numbers.Parsed n, int k) {
    if (NO_HUNDREDTHS.contains(code.toLowerCase(java.util.Locale.ROOT)) || n.value().scale() > 0 && n.value().stripTrailingZeros().scale() > 0
        || n.value().compareTo(BigDecimal.valueOf(100)) >= 0) {
      return null;
    }
    BigDecimal cents = n.value().movePointLeft(2);
    String name = w.at(k);
    Currencies.Currency small = Currencies.isName(name) ? Currencies.named(w, k, k + 1) : null;
    if (small != null && small.factor().compareTo(HUNDREDTH) == 0 && (name.startsWith("cent") || code.equals(small.code()))) {
      // cents of any currency that has them; pence only of pounds
      return new Rest(cents, k + 1);
    }
    // "15 dollars 50", "c $ 100 and fifty"; not after a sign written last ("1 $10": two amounts)
    boolean signLast = Currencies.isSign(w.at(firstEnd - 1)) && !Character.isLetter(w.at(firstEnd - 1).charAt(0));
    return k == w.size() && !signLast ? new Rest(cents, k) : null;
  }

  /** Units after which a bare whole number ending the amount is the smaller unit, as heights and weights are said. */
  private static final Map<String, BigDecimal> BARE_SMALLER = Map.of("[ft_i]", BigDecimal.valueOf(12), "[stone_av]", BigDecimal.valueOf(14));
  private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");
  private static final java.math.MathContext SIX = new java.math.MathContext(6);
}
