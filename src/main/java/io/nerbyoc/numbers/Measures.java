package io.nerbyoc.numbers;

import static io.nerbyoc.numbers.Spans.MONEY;
import static io.nerbyoc.numbers.Spans.PERCENT;
import static io.nerbyoc.numbers.Spans.QUANTITY;

import io.nerbyoc.core.TaggedSentence;
import io.nerbyoc.core.TokenSpan;
import io.nerbyoc.lists.WordLists;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Amounts with a unit: MONEY ("$2.5 billion", "2.5 billion euros", "HK$1.2 million", "50
 * cents"), PERCENT ("12 %", "nearly six percent", "5 percentage points") and QUANTITY ("300
 * miles", "minus 5 degrees", "3.5 - inch"). What follows the unit ("a share", "per share") stays
 * outside.
 */
final class Measures {
  private Measures() {}

  /** "NT$", "CAN$", "R$" and other dollar prefixes the tokenizer keeps whole. */
  private static final Pattern DOLLAR_PREFIX = Pattern.compile("[A-Z]{1,3}\\$");
  /** A currency glued to its amount: a code before it ("USD50", a prefix), a code or name after it ("115USD", "100元"). */
  private static final Pattern GLUED_CODE = Pattern.compile("([A-Za-z]{3})\\d[\\d,]*(\\.\\d+)?|\\d[\\d,]*(\\.\\d+)?(\\p{L}+)");
  /** Marks that write inches, and the words after them that make them inches ("a pen 10 \" long"), not a quotation's end. */
  private static final Set<String> INCH_MARKS = Set.of("\"", "''", "\u201d", "\u2033");
  private static final Set<String> DIMENSIONS = Set.of("long", "wide", "tall", "high", "thick", "deep");
  /** "1MM" after a currency sign: a million, as finance writes it (Roman M doubled). */
  private static final Pattern MILLIONS_MM = Pattern.compile("\\d+(\\.\\d+)?(MM|mm)");
  /** Brackets a unit is written in after its number, as tables write it: "20 (kg)", "20 [kg]". */
  private static final java.util.Map<String, String> BRACKETS = java.util.Map.of("(", ")", "[", "]", "{", "}", "<", ">");
  private static final Set<String> SINGULAR_CURRENCIES = WordLists.set(Measures.class, "singular-currencies");
  private static final Set<String> LOWER_NATIONALITIES = WordLists.set(Measures.class, "currency-nationalities");
  private static final Set<String> PER_UNITS = WordLists.set(Measures.class, "per-units");
  private static final Set<String> SPEED_TAILS = WordLists.set(Measures.class, "speed-tails");

  private static boolean startsWithDigit(String word) {
    return !word.isEmpty() && Character.isDigit(word.codePointAt(0));
  }

  static TokenSpan at(TaggedSentence w, int i) {
    TokenSpan m = prefixedMoney(w, i);
    if (m != null) {
      return m;
    }
    m = namedBefore(w, i);
    if (m != null) {
      return m;
    }
    if (Lexicon.digits(Lexicon.DIGITS_UNIT, w.at(i))) {
      return Spans.of(i, i + 1, QUANTITY);
    }
    if (gluedCode(w.at(i))) {
      return Spans.of(i, thousands(w, i + 1), MONEY);
    }
    NumberPhrase num = NumberPhrase.at(w, i);
    if (num == null || num.article() && !w.lower(num.end()).equals("dollar")) {
      return null;
    }
    int k = num.end();
    TokenSpan p = percent(w, i, k);
    if (p != null) {
      return p;
    }
    TokenSpan money = suffixedMoney(w, i, k, num);
    if (money != null) {
      return money;
    }
    return quantity(w, i, k, num);
  }

  static boolean isCurrencyPrefix(String t) {
    if (t.isEmpty() || t.length() > 4) {
      return false;
    }
    String low = Lexicon.lower(t);
    return Lexicon.CURRENCY_PREFIXES.contains(low) || t.endsWith("$") && DOLLAR_PREFIX.matcher(t).matches()
        || Lexicon.isScaledCode(low); // "MAUD 60"
  }

  private static final Pattern GROUP = Pattern.compile("\\d{3}(,\\d{3})*(\\.\\d+)?");

  /** Past groups of thousands a comma and a space split from a glued amount ("RMB100, 000", as contracts type it). */
  static int thousands(TaggedSentence w, int j) {
    int k = j;
    while (w.at(k).equals(",") && GROUP.matcher(w.at(k + 1)).matches()) {
      k += 2;
    }
    return k;
  }

  /** "USD50", "115USD", "100元": one token, a currency and its amount. */
  static boolean gluedCode(String t) {
    if (t.length() < 2 || t.length() > 20) {
      return false;
    }
    java.util.regex.Matcher m = GLUED_CODE.matcher(t);
    if (!m.matches()) {
      return false;
    }
    return m.group(1) != null ? Lexicon.CURRENCY_PREFIXES.contains(Lexicon.lower(m.group(1)))
        : Lexicon.CURRENCY_WORDS.contains(Lexicon.lower(m.group(4)));
  }

  /** "$40", "US$ 20", "€5", "£3m", "$ 10 - 20 million", "$10 to $20". */
  private static TokenSpan prefixedMoney(TaggedSentence w, int i) {
    boolean hash = w.at(i).equals("#"); // pounds sterling in older news text, when scaled: "# 200 million"
    if (!hash && !isCurrencyPrefix(w.at(i))) {
      return null;
    }
    if (!hash && MILLIONS_MM.matcher(w.at(i + 1)).matches()) {
      return Spans.of(i, i + 2, MONEY); // "US$ 1MM": millions as finance writes them, not millimetres
    }
    NumberPhrase num = NumberPhrase.at(w, i + 1);
    int end = num == null ? -1 : num.end();
    if (end > 0 && Lexicon.MONEY_SCALES.contains(w.lower(end))) {
      end++; // "$ 3 m"
    }
    if (num == null || num.article() || hash && !Lexicon.SCALES.contains(w.lower(end - 1))
        && !Lexicon.MONEY_SCALES.contains(w.lower(end - 1))) {
      return null;
    }
    return Spans.of(i, end, MONEY);
  }

  /**
   * "dollar 22.5 million": a currency's name before a scaled amount, as some write it; lower case
   * only ("Euro 2008" is a tournament) and never its hundredths.
   */
  private static TokenSpan namedBefore(TaggedSentence w, int i) {
    String t = w.at(i);
    if (!SINGULAR_CURRENCIES.contains(t) || !Lexicon.CURRENCY_WORDS.contains(t) || t.equals("cent") || t.equals("penny")) {
      return null;
    }
    NumberPhrase num = NumberPhrase.at(w, i + 1);
    if (num == null || num.article() || num.vague() || !Lexicon.SCALES.contains(w.lower(num.end() - 1))) {
      return null;
    }
    return Spans.of(i, num.end(), MONEY);
  }

  /** "12 %", "six percent", "5 per cent", "5 percentage points", "100 percentage", "one hundred percents". */
  private static TokenSpan percent(TaggedSentence w, int i, int k) {
    String u = w.lower(k);
    if (u.equals("per") && w.lower(k + 1).equals("cent")) {
      return Spans.of(i, k + 2, PERCENT);
    }
    if ((u.equals("percentage") || u.equals("percent")) && w.lower(k + 1).startsWith("point")) {
      return Spans.of(i, k + 2, PERCENT);
    }
    if (u.equals("percentage") && k == i + 1 && Lexicon.isYear(w.at(i))) {
      return null; // "in 2005 percentage growth fell": a year, then a noun
    }
    if (Lexicon.PERCENT_WORDS.contains(u)) {
      return Spans.of(i, k + 1, PERCENT);
    }
    return null;
  }

  /**
   * "2.5 billion euros", "50 cents", "10 Hong Kong dollars", "millions of dollars", "20 million
   * pounds sterling". Ambiguous currency words need a scale or listed nationalities ("20 Egyptian pounds").
   */
  private static TokenSpan suffixedMoney(TaggedSentence w, int i, int k, NumberPhrase num) {
    int j = k;
    if (num.vague() && w.lower(j).equals("of")) {
      j++;
    }
    if (Lexicon.DASHES.contains(w.lower(j)) && SINGULAR_CURRENCIES.contains(w.lower(j + 1))) {
      return Spans.of(i, j + 2, MONEY); // "a 12 - cent dividend"
    }
    if (Lexicon.isCurrencySymbol(w.at(j)) && (!startsWithDigit(w.lower(j + 1)) || signAfter(w, j + 1))) {
      return Spans.of(i, j + 1, MONEY); // "10 €", "100 ₾"; in "2004 $5 million" the "$" opens the next amount
    }
    int adjectives = 0;
    int country = j;
    while (adjectives < 2 && nationalityLike(w.at(j), w.lower(j)) && !Lexicon.CURRENCY_WORDS.contains(w.lower(j))) {
      j++;
      adjectives++;
    }
    String u = w.lower(j);
    boolean plain = Lexicon.CURRENCY_WORDS.contains(u);
    boolean ambiguous = Lexicon.AMBIGUOUS_CURRENCIES.contains(u);
    if (!plain && !ambiguous) {
      return null;
    }
    if (ambiguous && adjectives > 0 && !knownCountries(w, country, j)) {
      return null; // "3 Kansas City won": a team, not Korea's currency
    }
    if (ambiguous && adjectives == 0) {
      String before = w.lower(k - 1);
      boolean scaled = Lexicon.SCALES.contains(before) || Lexicon.isDigitWithScale(w.at(k - 1));
      boolean sterling = w.lower(j + 1).equals("sterling");
      if (!scaled && !sterling) {
        return null;
      }
    }
    int end = j + 1;
    if (w.lower(end).equals("sterling") && !u.equals("sterling")) {
      end++;
    }
    return Spans.of(i, end, MONEY);
  }

  /**
   * The amount at {@code j} has a currency symbol after it: the text writes signs last, so the sign
   * before that amount closes the one before ("10 $ 30 $" is two amounts in dollars; in "1 $10
   * dollars bill" the "$" opens "$10").
   */
  private static boolean signAfter(TaggedSentence w, int j) {
    NumberPhrase next = NumberPhrase.at(w, j);
    return next != null && Lexicon.isCurrencySymbol(w.at(next.end()));
  }

  /** Words {@code [from, to)} are all nationalities a currency goes by ("South African", "Egyptian"). */
  private static boolean knownCountries(TaggedSentence w, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!LOWER_NATIONALITIES.contains(w.lower(k))) {
        return false;
      }
    }
    return true;
  }

  /** "Hong Kong", "Canadian", or a lower-case nationality ("swiss francs" in lower-cased text). */
  private static boolean nationalityLike(String t, String low) {
    return TaggedSentence.capitalised(t) && Character.isLetter(t.charAt(0)) || LOWER_NATIONALITIES.contains(low);
  }

  /** "300 miles", "100 square feet", "minus 5 degrees Celsius", "3.5 - inch", "60 miles per hour". */
  private static TokenSpan quantity(TaggedSentence w, int i, int k, NumberPhrase num) {
    int j = k;
    boolean hyphen = false;
    if (Lexicon.DASHES.contains(w.lower(j))) {
      hyphen = true;
      j++;
    } else if (num.vague() && w.lower(j).equals("of")) {
      j++;
    } else if (w.lower(j).equals("of") && (w.lower(j + 1).equals("a") || w.lower(j + 1).equals("an"))
        && Lexicon.FRACTIONS.contains(w.lower(k - 1))) {
      j += 2; // "three - quarters of a mile"
    }
    if (Lexicon.AREA_PREFIXES.contains(w.lower(j)) && Lexicon.MEASURE_UNITS.contains(w.lower(j + 1))) {
      j++;
    }
    String u0 = w.lower(j);
    if (!hyphen && INCH_MARKS.contains(u0) && DIMENSIONS.contains(w.lower(j + 1))) {
      return Spans.of(i, j + 1, QUANTITY); // "10 \" long": inches, where a quotation mark would take no "long" after it
    }
    if (!hyphen && u0.length() > 2 && u0.startsWith("<") && u0.endsWith(">")
        && Lexicon.MEASURE_UNITS.contains(u0.substring(1, u0.length() - 1))) {
      return Spans.of(i, j + 1, QUANTITY); // "20 <kg>", one token to the tokenizer, which takes it for a tag
    }
    String close = hyphen ? null : BRACKETS.get(u0);
    if (close != null && Lexicon.MEASURE_UNITS.contains(w.lower(j + 1)) && w.lower(j + 2).equals(close)
        && !Lexicon.AREA_PREFIXES.contains(w.lower(j + 1))) {
      return Spans.of(i, j + 3, QUANTITY); // "20 (kg)", "20 [kg]": the unit as a table's column writes it
    }
    String u = w.lower(j);
    if (!Lexicon.MEASURE_UNITS.contains(u) || Lexicon.AREA_PREFIXES.contains(u)) {
      return null;
    }
    if (hyphen && (u.endsWith("s") && !u.equals("lbs") && !u.equals("mph") || u.length() <= 2)) {
      return null;
    }
    int end = j + 1;
    if (w.lower(end).equals("/") && PER_UNITS.contains(w.lower(end + 1))) {
      end += 2; // "7,000 m3 / s"
    }
    if (Lexicon.TEMPERATURE_UNITS.contains(u) && Lexicon.TEMPERATURE_SCALES.contains(w.lower(end))) {
      end++;
    }
    if (!hyphen && (u.startsWith("mile") || u.startsWith("kilomet")) && SPEED_TAILS.contains(w.lower(end))
        && w.lower(end + 1).equals("hour")) {
      end += 2;
    }
    return Spans.of(i, end, QUANTITY);
  }
}
