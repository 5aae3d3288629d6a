package io.nerbyoc.values;

import io.nerbyoc.lists.WordLists;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * Currency signs, codes and names to ISO 4217 codes. A name several countries use ("dollars",
 * "francs", "pesos") takes its country's code when the text names the country ("Hong Kong
 * dollars"); alone, "dollars" and "$" are USD and "pounds" GBP by convention, and the rest have no
 * unit rather than a guess.
 */
final class Currencies {
  private Currencies() {}

  /** Signs and prefixes written before the amount. "¥" is yen and yuan: no code without a name. */
  private static final Map<String, String> SIGNS = WordLists.typed(Currencies.class, "currency-signs");
  /** Signs with no single code: the amount still has its value. */
  private static final Set<String> SIGNS_WITHOUT_CODE = WordLists.set(Currencies.class, "signs-without-code");

  /** ISO codes written as words ("USD 5", "5 EUR"). */
  private static final Set<String> CODES = WordLists.set(Currencies.class, "currency-codes");

  /** Codes with a scale letter before them ("meur": millions of euros), each to its scale word. */
  private static final Map<String, String> SCALED_CODES = WordLists.typed(Currencies.class, "scaled-currency-codes");

  /** Names one currency owns, singular and plural. */
  private static final Map<String, String> NAMES = WordLists.typed(Currencies.class, "currency-names");
  /** Hundredths: "50 cents" is 0.50 of the dollar (or euro) the text names, "20 pence" of the pound. */
  private static final Map<String, String> HUNDREDTHS = Map.of(
      "cent", "USD", "cents", "USD", "penny", "GBP", "pence", "GBP", "pennies", "GBP", "p", "GBP", "¢", "USD");
  /** The satoshi, a hundred-millionth of a bitcoin: "2 satoshis" is 0.00000002 XBT, as cents are hundredths. */
  private static final Map<String, Currency> MINOR = Map.of(
      "satoshi", new Currency("XBT", new BigDecimal("1E-8")), "satoshis", new Currency("XBT", new BigDecimal("1E-8")));

  /** The currency a country or people names, for names many share ("Canadian dollars", "Swiss francs"). */
  private static final Map<String, Map<String, String>> BY_COUNTRY = Map.of(
      "dollar", Map.ofEntries(Map.entry("us", "USD"), Map.entry("u.s", "USD"), Map.entry("american", "USD"),
          Map.entry("canadian", "CAD"), Map.entry("australian", "AUD"), Map.entry("hong kong", "HKD"),
          Map.entry("singapore", "SGD"), Map.entry("new zealand", "NZD"), Map.entry("taiwan", "TWD"),
          Map.entry("taiwanese", "TWD"), Map.entry("new taiwan", "TWD"), Map.entry("zimbabwe", "ZWL"),
          Map.entry("jamaican", "JMD"), Map.entry("namibian", "NAD"), Map.entry("liberian", "LRD")),
      "pound", Map.of("british", "GBP", "egyptian", "EGP", "lebanese", "LBP", "syrian", "SYP", "sudanese", "SDG",
          "irish", "IEP", "cypriot", "CYP"),
      "franc", Map.of("swiss", "CHF", "french", "FRF", "belgian", "BEF", "cfa", "XOF", "rwandan", "RWF",
          "congolese", "CDF", "luxembourg", "LUF"),
      "peso", Map.of("mexican", "MXN", "argentine", "ARS", "argentinian", "ARS", "chilean", "CLP",
          "colombian", "COP", "philippine", "PHP", "cuban", "CUP", "uruguayan", "UYU", "dominican", "DOP"),
      "rupee", Map.of("indian", "INR", "pakistani", "PKR", "sri lankan", "LKR", "nepalese", "NPR",
          "mauritian", "MUR", "seychellois", "SCR"),
      "krone", Map.of("danish", "DKK", "norwegian", "NOK"),
      "krona", Map.of("swedish", "SEK", "icelandic", "ISK"),
      "dinar", Map.of("kuwaiti", "KWD", "iraqi", "IQD", "jordanian", "JOD", "bahraini", "BHD", "algerian", "DZD",
          "tunisian", "TND", "libyan", "LYD", "serbian", "RSD"),
      "riyal", Map.of("saudi", "SAR", "qatari", "QAR", "omani", "OMR", "yemeni", "YER", "iranian", "IRR"),
      "lira", Map.of("turkish", "TRY", "italian", "ITL", "maltese", "MTL", "lebanese", "LBP"));
  private static final Map<String, String> FAMILY = WordLists.typed(Currencies.class, "currency-families");
  /** Families whose bare name is a convention, not a guess. */
  private static final Map<String, String> BARE = Map.of("dollar", "USD", "pound", "GBP");

  /** A currency, its ISO code (null when the text does not settle it) and how many of it one unit is. */
  record Currency(String code, BigDecimal factor) {}

  static boolean isSign(String w) {
    return SIGNS.containsKey(w) || SIGNS_WITHOUT_CODE.contains(w) || CODES.contains(w) || SCALED_CODES.containsKey(w);
  }

  /** A currency symbol written after an amount ("10 €", "100 ₾"), not a code or a prefix with letters ("US$"). */
  static boolean isSymbol(String w) {
    return isSign(w) && !w.isEmpty() && w.chars().allMatch(c -> Character.getType(c) == Character.CURRENCY_SYMBOL);
  }

  static Currency sign(String w) {
    if (SCALED_CODES.containsKey(w)) { // "MAUD 60": 60 million Australian dollars
      return new Currency(w.substring(1).toUpperCase(java.util.Locale.ROOT), Numbers.SCALES.get(SCALED_CODES.get(w)));
    }
    String code = SIGNS.containsKey(w) ? SIGNS.get(w) : CODES.contains(w) ? w.toUpperCase(java.util.Locale.ROOT) : null;
    return new Currency(code, BigDecimal.ONE);
  }

  /** Every word of a country or people that settles a currency ("hong", "kong", "swiss"), for {@link Expressions}' reach. */
  static final Set<String> COUNTRY_WORDS = BY_COUNTRY.values().stream().flatMap(m -> m.keySet().stream())
      .flatMap(k -> java.util.Arrays.stream(k.split(" "))).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** "cents", "pence": a word that names hundredths. */
  static boolean isHundredth(String w) {
    return HUNDREDTHS.containsKey(w);
  }

  /** True for a word that names a currency (or its hundredth) after an amount. */
  static boolean isName(String w) {
    return NAMES.containsKey(w) || FAMILY.containsKey(w) || HUNDREDTHS.containsKey(w) || CODES.contains(w)
        || SCALED_CODES.containsKey(w) || MINOR.containsKey(w);
  }

  /**
   * The currency named by {@code words[from, to)}: adjectives then the currency word ("hong kong
   * dollars", "swiss francs", "cents"), or null when the last word names none.
   */
  static Currency named(Words w, int from, int to) {
    String name = w.at(to - 1);
    String country = String.join(" ", w.slice(from, to - 1).list()).replace("-", " ").trim();
    if (HUNDREDTHS.containsKey(name)) {
      String code = country.isEmpty() ? HUNDREDTHS.get(name) : null;
      if (name.startsWith("cent") && !country.isEmpty()) {
        code = NAMES.containsKey(country) ? NAMES.get(country) : inFamily("dollar", country); // "euro cents", "Canadian cents"
      }
      return new Currency(code, new BigDecimal("0.01"));
    }
    if (MINOR.containsKey(name) && country.isEmpty()) {
      return MINOR.get(name);
    }
    if (CODES.contains(name)) {
      return new Currency(name.toUpperCase(java.util.Locale.ROOT), BigDecimal.ONE);
    }
    if (SCALED_CODES.containsKey(name)) { // "120 MEUR": 120 million euros
      String code = name.substring(1).toUpperCase(java.util.Locale.ROOT);
      return new Currency(code, Numbers.SCALES.get(SCALED_CODES.get(name)));
    }
    String family = FAMILY.get(name);
    if (family != null) {
      String code = country.isEmpty() ? BARE.get(family) : inFamily(family, country);
      return new Currency(code, BigDecimal.ONE);
    }
    if (NAMES.containsKey(name)) {
      return new Currency(NAMES.get(name), BigDecimal.ONE);
    }
    return null;
  }

  /** "new taiwan" or "taiwan" before "dollars"; an unknown country gives no code. */
  private static String inFamily(String family, String country) {
    Map<String, String> byCountry = BY_COUNTRY.getOrDefault(family, Map.of());
    String c = country;
    while (true) {
      if (byCountry.containsKey(c)) {
        return byCountry.get(c);
      }
      int space = c.indexOf(' ');
      if (space < 0) {
        return null;
      }
      c = c.substring(space + 1); // "the hong kong" -> "hong kong"
    }
  }
}
