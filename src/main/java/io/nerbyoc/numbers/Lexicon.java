package io.nerbyoc.numbers;

import io.nerbyoc.lists.WordLists;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The closed word classes the grammar is written in: numbers, units, months, currencies. */
final class Lexicon {
  private Lexicon() {}

  static final Pattern DIGITS =
      Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d{1,2}(,\\d\\d)+,\\d{3}|\\d+)(\\.\\d+)?|[+-]?\\.\\d+|\\d+(\\s|\\u00a0)?\\d*/\\d+");
  /** A number with its scale glued on, as in "£3m" or "2.5bn". */
  static final Pattern DIGITS_SCALED = Pattern.compile("\\d+(\\.\\d+)?(m|bn|mn|mln|k|b|tn)", Pattern.CASE_INSENSITIVE);
  /** Decades: 1990s, '90s, 60s. */
  static final Pattern DECADE = Pattern.compile("(1[0-9]|20)\\d0'?s|'?\\d0s");
  static final Pattern YEAR = Pattern.compile("1[0-9]\\d\\d|20\\d\\d");
  static final Pattern SHORT_YEAR = Pattern.compile("'\\d\\d");
  static final Pattern ORDINAL_DIGITS = Pattern.compile("\\d*(1st|2nd|3rd|[04-9]th|1[1-3]th)", Pattern.CASE_INSENSITIVE);
  static final Pattern CLOCK = Pattern.compile("([01]?\\d|2[0-3])[:.][0-5]\\d([:.][0-5]\\d)?");
  static final Pattern CLOCK_AMPM = Pattern.compile("(1[0-2]|0?\\d)([:.][0-5]\\d)?(am|pm|a\\.m\\.?|p\\.m\\.?)", Pattern.CASE_INSENSITIVE);
  static final Pattern QUARTER = Pattern.compile("[1-4]Q|Q[1-4]|H[12]|FY\\d{2,4}|FY'\\d\\d|Q[1-4]-?\\d{2,4}");
  /** Glued measurements: 5ft, 10km, 3kg. */
  static final Pattern DIGITS_UNIT =
      Pattern.compile("\\d+(\\.\\d+)?(km|kg|cm|mm|ft|mi|lb|lbs|oz|mph|kph|kmh|mw|gw|kw|kwh|gwh|mhz|ghz|gb|mb|tb|ml|sq\\.?ft|kmph|k?m2)", Pattern.CASE_INSENSITIVE);
  /** mid-1990s, early-2004, mid-June: one token. */
  static final Pattern GLUED_PERIOD =
      Pattern.compile("(mid|early|late)-(\\d{4}s?|\\d0s|'\\d0s|january|february|march|april|may|june|july|august"
          + "|september|october|november|december|jan\\.?|feb\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?"
          + "|spring|summer|autumn|fall|winter|century|decade|year|month|week)",
          Pattern.CASE_INSENSITIVE);

  /** "one" to "nine" (NumberWords): what a hyphenated number ends in. */
  static final Set<String> UNITS_WORDS = NumberWords.UNITS;
  /** "zero" to "ninety" (NumberWords). */
  static final Set<String> NUMBER_WORDS = NumberWords.ALL;
  static final Set<String> SCALES = WordLists.set(Lexicon.class, "scales");
  /** Scales written as units, only after a currency ("$ 3 m"): elsewhere "m" is metres. */
  static final Set<String> MONEY_SCALES = WordLists.set(Lexicon.class, "money-scales");
  /** Headless plural counts: "hundreds", "tens of thousands". */
  static final Set<String> VAGUE_COUNTS = WordLists.set(Lexicon.class, "vague-counts");
  static final Set<String> FRACTIONS = WordLists.set(Lexicon.class, "fractions");
  static final Set<String> ORDINAL_WORDS = WordLists.set(Lexicon.class, "ordinal-words");
  /** Ordinals proper; "last" and "final" only act as ordinals inside periods ("the final quarter"). */
  static boolean isOrdinalWord(String lw) {
    return ORDINAL_WORDS.contains(lw) && !lw.equals("last") && !lw.equals("final");
  }

  static final Set<String> MONTHS = WordLists.set(Lexicon.class, "months");
  /** Months that are also ordinary words: need a date context to count. */
  static final Set<String> AMBIGUOUS_MONTHS = WordLists.set(Lexicon.class, "ambiguous-months");
  static final Set<String> WEEKDAYS = WordLists.set(Lexicon.class, "weekdays");
  /** Words that place a date within its period: "early 2010", "late Thursday", "the mid 1970s". */
  static final Set<String> EDGE = WordLists.set(Lexicon.class, "period-edges");
  static final Set<String> SEASONS = WordLists.set(Lexicon.class, "seasons");
  static final Set<String> DAY_PARTS = WordLists.set(Lexicon.class, "day-parts");

  /** Units of a day or longer (DATE) and under a day (TIME), singular and plural. */
  static final Set<String> DATE_UNITS = WordLists.set(Lexicon.class, "date-units");
  static final Set<String> TIME_UNITS = WordLists.set(Lexicon.class, "time-units");
  static final Set<String> RELATIVE = WordLists.set(Lexicon.class, "relative-words");

  static final Set<String> CURRENCY_PREFIXES = WordLists.set(Lexicon.class, "currency-prefixes");
  static final Set<String> CURRENCY_WORDS = WordLists.set(Lexicon.class, "currency-words");
  /** A currency code with a scale letter ("MAUD": millions of Australian dollars), listed among the currency words. */
  static boolean isScaledCode(String low) {
    return low.length() == 4 && "mkt".indexOf(low.charAt(0)) >= 0 && CURRENCY_WORDS.contains(low)
        && CURRENCY_PREFIXES.contains(low.substring(1));
  }

  /** Currency words that are also ordinary words: need a scale or a nationality before them. */
  static final Set<String> AMBIGUOUS_CURRENCIES = WordLists.set(Lexicon.class, "ambiguous-currencies");

  static final Set<String> PERCENT_WORDS = WordLists.set(Lexicon.class, "percent-words");

  /** Standard units of measurement (QUANTITY); singular forms also serve as "3.5-inch". */
  static final Set<String> MEASURE_UNITS = WordLists.set(Lexicon.class, "measure-units");
  static final Set<String> AREA_PREFIXES = WordLists.set(Lexicon.class, "area-prefixes");
  static final Set<String> TEMPERATURE_SCALES = WordLists.set(Lexicon.class, "temperature-scales");
  static final Set<String> TEMPERATURE_UNITS = WordLists.set(Lexicon.class, "temperature-units");

  /** Approximators and comparatives that belong inside a numeric span. */
  static final String[][] MODIFIERS = WordLists.phrases(Lexicon.class, "modifiers");
  /** Modifiers that are also ordinary words: they attach only to a number, not to "a year". */
  static final Set<String> WEAK_MODIFIERS = WordLists.set(Lexicon.class, "weak-modifiers");

  static final Set<String> DASHES = Set.of("-", "–", "—", "--");
  static final Set<String> RANGE_WORDS = WordLists.set(Lexicon.class, "range-words");

  /** Words that can open an expression, besides tokens with digits or a currency sign. */
  private static final Set<String> OPENERS = openers();

  private static Set<String> openers() {
    Set<String> s = new java.util.HashSet<>();
    s.addAll(NUMBER_WORDS);
    s.addAll(SCALES);
    s.addAll(VAGUE_COUNTS);
    s.addAll(ORDINAL_WORDS);
    s.addAll(SEASONS);
    s.addAll(DATE_UNITS);
    s.addAll(TIME_UNITS);
    s.addAll(RELATIVE);
    s.addAll(CURRENCY_PREFIXES);
    s.addAll(CURRENCY_WORDS); // "MAUD 60", "dollar 22.5 million"
    for (String m : MONTHS) {
      s.add(lower(m));
    }
    for (String d : WEEKDAYS) {
      s.add(lower(d));
    }
    for (String[] m : MODIFIERS) {
      s.add(m[0]);
    }
    for (String h : Holidays.FIRST_WORDS) {
      s.add(lower(h));
    }
    s.addAll(WordLists.set(Lexicon.class, "more-openers"));
    return Set.copyOf(s);
  }

  /** Cheap test run on every token: could an expression start here? */
  static boolean mayStart(String raw, String low) {
    for (int k = 0; k < raw.length(); k++) {
      char c = raw.charAt(k);
      if (c >= '0' && c <= '9' || c == '#' || isCurrencyChar(c)) {
        return true;
      }
    }
    return OPENERS.contains(low) || low.startsWith("mid-") || low.startsWith("early-") || low.startsWith("late-");
  }

  /** A currency sign alone ("$", "€", "₾"): Unicode's currency symbols; the values' tables give their codes. */
  static boolean isCurrencySymbol(String t) {
    return !t.isEmpty() && t.chars().allMatch(Lexicon::isCurrencyChar);
  }

  private static boolean isCurrencyChar(int c) {
    return Character.getType(c) == Character.CURRENCY_SYMBOL;
  }

  static String lower(String w) {
    return w.toLowerCase(Locale.ROOT);
  }

  /** Starts with a digit, or a sign, point or apostrophe and a digit: the gate before digit patterns. */
  static boolean digitish(String t) {
    if (t.isEmpty()) {
      return false;
    }
    char c = t.charAt(0);
    if (c >= '0' && c <= '9') {
      return true;
    }
    return t.length() > 1 && (c == '+' || c == '-' || c == '.' || c == '\'') && Character.isDigit(t.charAt(1));
  }

  /** A pattern whose matches start with {@link #digitish} text, tried only on such tokens (speed). */
  static boolean digits(Pattern p, String t) {
    return digitish(t) && p.matcher(t).matches();
  }

  static boolean isDigitNumber(String w) {
    return digits(DIGITS, w);
  }

  static boolean isDigitWithScale(String w) {
    return digits(DIGITS_SCALED, w);
  }

  static boolean isYear(String w) {
    return w.length() == 4 && digits(YEAR, w);
  }

  static boolean isDecade(String w) {
    return digits(DECADE, w);
  }

  static boolean isGluedPeriod(String low) {
    return (low.startsWith("mid-") || low.startsWith("early-") || low.startsWith("late-"))
        && GLUED_PERIOD.matcher(low).matches();
  }

  static boolean isMonth(String w) {
    return MONTHS.contains(w);
  }

  static boolean isWeekday(String w) {
    return WEEKDAYS.contains(w);
  }

  /** A day of the month: 1-31 or 1st-31st. */
  static boolean isDayOfMonth(String w) {
    if (!digitish(w)) {
      return false;
    }
    String d = ORDINAL_DIGITS.matcher(w).matches() ? w.substring(0, w.length() - 2) : w;
    if (d.isEmpty() || d.length() > 2 || !d.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int v = Integer.parseInt(d);
    return v >= 1 && v <= 31;
  }

  static boolean isDateUnit(String lw) {
    return DATE_UNITS.contains(lw);
  }

  static boolean isTimeUnit(String lw) {
    return TIME_UNITS.contains(lw);
  }
}
