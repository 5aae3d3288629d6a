package io.nerbyoc.numbers;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The closed word classes the grammar is written in: numbers, units, months, currencies. */
final class Lexicon {
  private Lexicon() {}

  static final Pattern DIGITS =
      Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?|[+-]?\\.\\d+|\\d+(\\s|\\u00a0)?\\d*/\\d+");
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
      Pattern.compile("\\d+(\\.\\d+)?(km|kg|cm|mm|ft|mi|lb|lbs|oz|mph|kph|kmh|mw|gw|kw|kwh|gwh|mhz|ghz|gb|mb|tb|ml|sq\\.?ft)", Pattern.CASE_INSENSITIVE);
  /** mid-1990s, early-2004, mid-June: one token. */
  static final Pattern GLUED_PERIOD =
      Pattern.compile("(mid|early|late)-(\\d{4}s?|\\d0s|'\\d0s|january|february|march|april|may|june|july|august"
          + "|september|october|november|december|jan\\.?|feb\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?"
          + "|spring|summer|autumn|fall|winter|century|decade|year|month|week)",
          Pattern.CASE_INSENSITIVE);

  static final Set<String> UNITS_WORDS =
      Set.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
  static final Set<String> NUMBER_WORDS =
      Set.of(
          "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
  static final Set<String> SCALES =
      Set.of("hundred", "thousand", "million", "billion", "trillion", "bn", "mn", "mln", "dozen", "lakh", "crore");
  /** Scales written as units, only after a currency ("$ 3 m"): elsewhere "m" is metres. */
  static final Set<String> MONEY_SCALES = Set.of("m", "bn", "b", "mn", "k");
  /** Headless plural counts: "hundreds", "tens of thousands". */
  static final Set<String> VAGUE_COUNTS =
      Set.of("tens", "dozens", "hundreds", "thousands", "millions", "billions");
  static final Set<String> FRACTIONS =
      Set.of("half", "halves", "third", "thirds", "quarter", "quarters", "fourth", "fourths", "fifth",
          "fifths", "sixth", "sixths", "seventh", "sevenths", "eighth", "eighths", "ninth", "ninths",
          "tenth", "tenths", "hundredth", "hundredths", "thousandth", "thousandths");
  static final Set<String> ORDINAL_WORDS =
      Set.of(
          "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
          "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
          "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth",
          "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth", "hundredth",
          "thousandth", "millionth", "firstly", "secondly", "thirdly", "fourthly", "fifthly",
          "last", "final");
  /** Ordinals proper; "last" and "final" only act as ordinals inside periods ("the final quarter"). */
  static boolean isOrdinalWord(String lw) {
    return ORDINAL_WORDS.contains(lw) && !lw.equals("last") && !lw.equals("final");
  }

  static final Set<String> MONTHS =
      Set.of(
          "January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.",
          "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
          "Oct", "Nov", "Dec");
  /** Months that are also ordinary words: need a date context to count. */
  static final Set<String> AMBIGUOUS_MONTHS =
      Set.of("May", "March", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");
  static final Set<String> WEEKDAYS =
      Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
          "Mon.", "Tue.", "Tues.", "Wed.", "Thu.", "Thur.", "Thurs.", "Fri.", "Sat.", "Sun.",
          "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri");
  /** Words that place a date within its period: "early 2010", "late Thursday", "the mid 1970s". */
  static final Set<String> EDGE = Set.of("early", "mid", "late", "earlier", "later", "middle");
  static final Set<String> SEASONS = Set.of("spring", "summer", "fall", "autumn", "winter");
  static final Set<String> DAY_PARTS = Set.of("morning", "afternoon", "evening", "night", "overnight");

  /** Units of a day or longer (DATE) and under a day (TIME), singular and plural. */
  static final Set<String> DATE_UNITS =
      Set.of("day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
          "century", "centuries", "quarter", "quarters", "weekend", "weekends", "fortnight",
          "fortnights", "millennium", "millennia", "yr", "yrs", "semester", "semesters", "season", "seasons");
  static final Set<String> TIME_UNITS =
      Set.of("hour", "hours", "minute", "minutes", "second", "seconds", "hr", "hrs", "min", "mins", "sec", "secs");
  static final Set<String> RELATIVE =
      Set.of("last", "past", "next", "coming", "previous", "preceding", "following", "recent",
          "latest", "final", "first", "upcoming", "current", "prior");

  static final Set<String> CURRENCY_PREFIXES =
      Set.of("$", "us$", "hk$", "c$", "a$", "s$", "nz$", "can$", "nt$", "r$", "€", "£", "¥", "₹", "₩",
          "usd", "eur", "gbp", "jpy", "chf", "cad", "aud", "rs.", "rs", "inr", "rmb", "cny", "hkd", "sfr");
  static final Set<String> CURRENCY_WORDS =
      Set.of("dollar", "dollars", "euro", "euros", "yen", "yuan", "renminbi", "cent", "cents", "pence",
          "penny", "pennies", "franc", "francs", "lira", "lire", "peso", "pesos", "rupee", "rupees",
          "rouble", "roubles", "ruble", "rubles", "krona", "kronor", "krone", "kroner", "shekel",
          "shekels", "dinar", "dinars", "riyal", "riyals", "dirham", "dirhams", "baht", "ringgit",
          "rupiah", "zloty", "zlotys", "forint", "bolivars", "escudos", "pesetas", "guilders",
          "drachmas", "markka", "dong", "usd", "eur", "gbp", "jpy", "chf", "hkd", "cad", "aud", "sterling");
  /** Currency words that are also ordinary words: need a scale or a nationality before them. */
  static final Set<String> AMBIGUOUS_CURRENCIES = Set.of("pound", "pounds", "won", "real", "reals", "mark", "marks", "rand");

  static final Set<String> PERCENT_WORDS = Set.of("%", "percent", "pct", "pct.", "per-cent", "percentage");

  /** Standard units of measurement (QUANTITY); singular forms also serve as "3.5-inch". */
  static final Set<String> MEASURE_UNITS =
      Set.of(
          "mile", "miles", "kilometer", "kilometers", "kilometre", "kilometres", "km", "kms",
          "meter", "meters", "metre", "metres", "centimeter", "centimeters", "centimetre", "centimetres",
          "cm", "millimeter", "millimeters", "millimetre", "millimetres", "mm", "foot", "feet", "ft",
          "inch", "inches", "yard", "yards", "acre", "acres", "hectare", "hectares", "ha",
          "kilogram", "kilograms", "kilo", "kilos", "kg", "kgs", "gram", "grams", "milligram", "milligrams",
          "mg", "ton", "tons", "tonne", "tonnes", "ounce", "ounces", "oz", "lb", "lbs", "pound", "pounds",
          "gallon", "gallons", "liter", "liters", "litre", "litres", "barrel", "barrels", "bushel", "bushels",
          "degree", "degrees", "°", "°c", "°f", "mph", "kph", "km/h", "knots", "knot", "watt", "watts",
          "kilowatt", "kilowatts", "megawatt", "megawatts", "gigawatt", "gigawatts", "mw", "kw", "gw",
          "kwh", "volt", "volts", "calorie", "calories", "horsepower", "megabytes", "gigabytes",
          "terabytes", "kilobytes", "bytes", "gb", "mb", "tb", "cubic", "square", "sq.", "carats",
          "carat", "decibels", "hertz", "megahertz", "gigahertz", "mhz", "ghz", "nautical", "light-years",
          "miles-per-hour", "ml", "milliliters", "millilitres", "metric", "celsius", "fahrenheit", "deg",
          "km2", "m2", "sq", "microgram", "micrograms", "cup", "cups", "tablespoon", "tablespoons",
          "teaspoon", "teaspoons", "pint", "pints", "quart", "quarts", "hectolitres", "cubic-feet", "m", "mi",
          "km²", "m²", "mi²", "ft²", "sq.mi", "cm²", "m3", "m3/s", "ft/s", "m/s", "hpa", "ºc", "ºf", "º");
  static final Set<String> AREA_PREFIXES = Set.of("square", "cubic", "sq.", "sq", "cu", "cu.", "nautical", "metric");
  static final Set<String> TEMPERATURE_SCALES = Set.of("celsius", "fahrenheit", "centigrade", "c", "f", "kelvin");
  static final Set<String> TEMPERATURE_UNITS = Set.of("degree", "degrees", "deg", "deg.", "°");

  /** Approximators and comparatives that belong inside a numeric span. */
  static final String[][] MODIFIERS = {
    {"not", "more", "than"}, {"not", "less", "than"}, {"no", "more", "than"}, {"no", "less", "than"},
    {"not", "exceeding"}, {"more", "than"}, {"less", "than"}, {"fewer", "than"}, {"up", "to"}, {"at", "least"},
    {"at", "most"}, {"as", "many", "as"}, {"as", "much", "as"}, {"as", "few", "as"},
    {"as", "little", "as"}, {"as", "long", "as"}, {"as", "high", "as"}, {"as", "low", "as"},
    {"upwards", "of"}, {"in", "excess", "of"}, {"close", "to"}, {"an", "estimated"},
    {"just", "over"}, {"just", "under"}, {"well", "over"}, {"well", "under"}, {"just", "about"},
    {"nearly"}, {"almost"}, {"about"}, {"around"}, {"approximately"}, {"roughly"}, {"some"},
    {"over"}, {"under"}, {"approx."}, {"circa"}, {"estimated"}, {"exactly"}, {"barely"},
    {"minus"}, {"negative"}, {"only"}, {"just"}
  };
  /** Modifiers that are also ordinary words: they attach only to a number, not to "a year". */
  static final Set<String> WEAK_MODIFIERS = Set.of("some", "over", "under", "minus", "negative", "only", "just");

  static final Set<String> DASHES = Set.of("-", "–", "—", "--");
  static final Set<String> RANGE_WORDS = Set.of("to", "-", "–", "—", "--", "through", "thru", "until", "till", "or");

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
    s.addAll(Set.of("the", "a", "an", "half", "several", "few", "many", "yesterday", "today", "tomorrow",
        "noon", "midnight", "midday", "tonight", "fiscal", "financial", "this", "that", "these", "those",
        "early", "mid", "late", "earlier", "later", "middle", "q1", "q2", "q3", "q4", "h1", "h2", "ad", "a.d."));
    return Set.copyOf(s);
  }

  /** Cheap test run on every token: could an expression start here? */
  static boolean mayStart(String raw, String low) {
    for (int k = 0; k < raw.length(); k++) {
      char c = raw.charAt(k);
      if (c >= '0' && c <= '9' || c == '$' || c == '#' || c == '€' || c == '£' || c == '¥' || c == '₹' || c == '₩') {
        return true;
      }
    }
    return OPENERS.contains(low) || low.startsWith("mid-") || low.startsWith("early-") || low.startsWith("late-");
  }

  static String lower(String w) {
    return w.toLowerCase(Locale.ROOT);
  }

  static boolean isCapitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
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
