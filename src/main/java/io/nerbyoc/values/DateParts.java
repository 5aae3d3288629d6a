package io.nerbyoc.values;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date as written, some parts possibly missing: "March 3, 1998", "3 March 1998",
 * "Monday, Jan. 5", "the 5th of May", "March 1998", "1998", "11/8/2016", "2016-11-08", a
 * weekday. {@link #parse} reads a whole slice; {@link #toStretch} places it against the reference
 * date, a missing year taking the occurrence nearest to it.
 */
record DateParts(Integer year, Integer month, Integer day, Integer weekday, String shortYear, boolean theDay) {

  DateParts(Integer year, Integer month, Integer day, Integer weekday) {
    this(year, month, day, weekday, null, false);
  }

  DateParts(Integer year, Integer month, Integer day, Integer weekday, String shortYear) {
    this(year, month, day, weekday, shortYear, false);
  }

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d\\d)-(\\d\\d)");
  private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d\\d))?");
  /** Day first with dots, as the countries that write dates so order them: "23.04.2022". */
  private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
  /** Year first with dots, ISO 8601's order: "2017.03.15". */
  private static final Pattern DOTTED_ISO = Pattern.compile("(\\d{4})\\.(\\d{1,2})\\.(\\d{1,2})");
  /** ISO 8601's basic form: "20161016". */
  private static final Pattern BASIC = Pattern.compile("([12]\\d{3})(\\d\\d)(\\d\\d)");
  private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})/(\\d{1,2})(?:/(\\d{1,2}))?"); // "2017/05", "2017/05/06"
  private static final Pattern DAY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?");
  private static final Pattern SHORT_YEAR = Pattern.compile("'(\\d\\d)");
  private static final Pattern TWO_DIGITS = Pattern.compile("\\d{1,2}");

  /**
   * The date the whole slice {@code [from, to)} writes, or null. {@code bareDay}: a day number
   * alone counts (the first half of "5 - 7 June").
   */
  static DateParts parse(Words w, int from, int to, boolean bareDay, int refYear) {
    String rel = w.at(from);
    if ((rel.equals("this") || Temporals.NEXT.contains(rel) || Temporals.LAST.contains(rel)) && Calendar.weekday(w.at(from + 1)) != null) {
      DateParts d = parse(w, from + 1, to, bareDay, refYear); // "this Friday 5/12": the date names the day
      return d != null && d.month != null && d.day != null ? d : null;
    }
    if (to - from > 3 && w.at(to - 1).equals(")") && w.at(to - 3).equals("(") && Calendar.weekday(w.at(to - 2)) != null) {
      DateParts d = parse(w, from, to - 3, bareDay, refYear); // "May/22 (Tue)": the weekday in brackets names the date's day
      return d != null && d.month != null && d.day != null && d.weekday == null
          ? new DateParts(d.year, d.month, d.day, Calendar.weekday(w.at(to - 2)), d.shortYear) : null;
    }
    int i = from;
    Integer weekday = Calendar.weekday(w.at(i));
    if (weekday != null) {
      i++;
      if (w.at(i).equals(",")) {
        i++;
      }
      if (w.at(i).equals("(") && w.at(to - 1).equals(")") && i + 2 < to) {
        DateParts d = date(w, i + 1, to - 1, false, refYear); // "Friday (Jun-15)": the date in brackets names the day
        return d != null && d.month != null && d.day != null ? new DateParts(d.year, d.month, d.day, weekday, d.shortYear) : null;
      }
      if (i == to) {
        return new DateParts(null, null, null, weekday);
      }
      if (w.at(i).equals("the") && i + 1 < to) {
        int[] end = {i + 1};
        Integer day = dayAt(w, i + 1, to, true, end);
        if (day != null && end[0] == to) { // "Friday the 26th", "Monday the twenty seventh": a date, as theirs
          return new DateParts(null, null, day, weekday, null, true);
        }
      }
    }
    DateParts d = date(w, i, to, bareDay || weekday != null, refYear);
    if (weekday != null && i + 1 == to) {
      d = ordered(w.at(i), d, weekday, refYear);
    }
    if (d != null && weekday != null && d.day == null) {
      return null; // "Friday 2010" names no one day: a weekday needs its day
    }
    return d == null ? null : new DateParts(d.year, d.month, d.day, weekday, d.shortYear);
  }

  /**
   * Two numbers of a month and a day without a year, after a weekday: the order whose date falls on
   * that weekday in the reference year when only the other order's does not ("Friday 7.6" is July 6
   * in 2018, "Friday 6/7" too); else as written dates are read (dotted day first, slashed month first).
   */
  private static DateParts ordered(String t, DateParts d, int weekday, int refYear) {
    Matcher pair = PAIR.matcher(t);
    if (!pair.matches()) {
      return d;
    }
    int a = num(pair.group(1));
    int b = num(pair.group(3));
    DateParts first = t.contains(".") ? valid(null, b, a) : d; // dotted: day first
    DateParts other = t.contains(".") ? valid(null, a, b) : valid(null, b, a);
    return falls(first, weekday, refYear) || !falls(other, weekday, refYear) ? first : other;
  }

  private static boolean falls(DateParts d, int weekday, int year) {
    return d != null && d.month != null && d.day != null && d.day <= java.time.YearMonth.of(year, d.month).lengthOfMonth()
        && LocalDate.of(year, d.month, d.day).getDayOfWeek().getValue() == weekday;
  }

  private static final Pattern PAIR = Pattern.compile("(\\d{1,2})([./])(\\d{1,2})");

  private static DateParts date(Words w, int i, int to, boolean bareDay, int refYear) {
    int n = to - i;
    if (n <= 0) {
      return null;
    }
    if (n >= 2 && Numbers.isNumberWord(w.at(i))) {
      Integer y = spelledYear(w, i, to); // "two thousand and fifteen", "nineteen ninety six": a DATE that is a year said aloud
      if (y != null) {
        return new DateParts(y, null, null, null);
      }
    }
    if (n >= 3 && separatedMonth(w, i, to)) { // "Dec-2018", "05-aug-2016", "23/sep/2020", "2019/aug/01"
      java.util.List<String> kept = new java.util.ArrayList<>(w.list().subList(i, to));
      kept.removeIf(x -> x.equals("-") || x.equals("/"));
      // two numbers the word splitter kept as a fraction are two parts beside a month: "2020/23/sep"
      kept = kept.stream().flatMap(x -> x.matches("\\d+/\\d+") ? java.util.Arrays.stream(x.split("/")) : java.util.stream.Stream.of(x))
          .collect(java.util.stream.Collectors.toList());
      Words joined = Words.of(String.join(" ", kept));
      if (joined.size() == 3 && Calendar.month(joined.at(0)) != null && isYear(joined.at(1)) && day(joined.at(2)) != null) {
        return valid(num(joined.at(1)), Calendar.month(joined.at(0)), day(joined.at(2))); // "September-2020-23"
      }
      DateParts d = date(joined, 0, joined.size(), bareDay, refYear);
      return d != null ? d : anyOrder(joined);
    }
    String t = w.at(i);
    if (bareDay && n >= 2) { // "the 3rd", "seventeenth", "the twenty - seventh": a range's day alone
      int j = t.equals("the") ? i + 1 : i;
      int[] end = {j};
      Integer day = j < to ? dayAt(w, j, to, false, end) : null;
      if (day != null && end[0] == to) {
        return new DateParts(null, null, day, null);
      }
    }
    if (n == 1) {
      Matcher iso = ISO.matcher(t);
      if (iso.matches()) {
        return valid(num(iso.group(1)), num(iso.group(2)), num(iso.group(3)));
      }
      Matcher sl = SLASHED.matcher(t);
      if (sl.matches()) { // US order, as news writes it: 11/8/2016 is November 8; 23/08/1939 can only be day first
        Integer y = sl.group(3) == null ? null : year(sl.group(3), refYear);
        boolean dayFirst = num(sl.group(1)) > 12 && num(sl.group(2)) <= 12;
        DateParts d = valid(y, num(dayFirst ? sl.group(2) : sl.group(1)), num(dayFirst ? sl.group(1) : sl.group(2)));
        return d == null || sl.group(3) == null || sl.group(3).length() == 4 ? d
            : new DateParts(d.year, d.month, d.day, null, sl.group(3)); // "12/12/30": the century open in the timex
      }
      Matcher dot = DOTTED.matcher(t);
      if (dot.matches()) {
        return valid(num(dot.group(3)), num(dot.group(2)), num(dot.group(1)));
      }
      Matcher isoDot = DOTTED_ISO.matcher(t);
      if (isoDot.matches()) {
        return valid(num(isoDot.group(1)), num(isoDot.group(2)), num(isoDot.group(3)));
      }
      Matcher basic = BASIC.matcher(t);
      if (basic.matches()) {
        return valid(num(basic.group(1)), num(basic.group(2)), num(basic.group(3)));
      }
      Matcher ym = YEAR_MONTH.matcher(t);
      if (ym.matches()) {
        return valid(num(ym.group(1)), num(ym.group(2)), ym.group(3) == null ? null : num(ym.group(3)));
      }
      if (isYear(t)) {
        return new DateParts(num(t), null, null, null);
      }
      Integer m = Calendar.month(t);
      if (m != null) {
        return new DateParts(null, m, null, null);
      }
      Integer day = day(t);
      if (day == null && bareDay && Character.isLetter(t.charAt(0))) {
        int[] end = {i};
        day = dayAt(w, i, to, false, end); // "seventeenth"
      }
      return bareDay && day != null ? new DateParts(null, null, day, null) : null;
    }
    // month first: "march 3 , 1998", "march 1998", "may of 2003", "july 4th of 1995", "jan . 5"
    Integer m = Calendar.month(t);
    if (m != null) {
      int j = i + 1;
      if (w.at(j).equals(".") || w.at(j).equals(",") || w.at(j).equals("the") && j + 1 < to) {
        j++; // "jan . 5", "October, 1st", "April the ninth"
      }
      int[] end = {j};
      Integer day = dayAt(w, j, to, true, end);
      if (day != null && j < to) {
        j = end[0];
        if (j == to) {
          return valid(null, m, day);
        }
        if (w.at(j).equals(",") || w.at(j).equals("of") || w.at(j).equals("in")) {
          j++;
        }
        Integer y = yearAt(w, j, to, refYear);
        return y == null ? null : valid(y, m, day);
      }
      if (w.at(j).equals("of") && j + 2 == to && w.at(j + 1).matches("\\d\\d")) {
        return valid(year(w.at(j + 1), refYear), m, null); // "April of 87": after "of" two digits are no day, but a year
      }
      if (w.at(j).equals("of") || w.at(j).equals(",") || w.at(j).equals("in")) {
        j++;
      }
      Integer y = yearAt(w, j, to, refYear);
      return y == null ? null : valid(y, m, null);
    }
    // year first: "2017 april", "2015-12" (not "2010-11", which ranges two years)
    if (isYear(t) && n == 2 && Calendar.month(w.at(i + 1)) != null) {
      return valid(num(t), Calendar.month(w.at(i + 1)), null);
    }
    if (isYear(t) && n == 3 && Calendar.month(w.at(i + 1)) != null && day(w.at(i + 2)) != null) {
      return valid(num(t), Calendar.month(w.at(i + 1)), day(w.at(i + 2))); // "2019 aug 01"
    }
    if (isYear(t) && n == 3 && w.at(i + 1).matches("\\d\\d") && w.at(i + 2).matches("\\d\\d")) {
      return valid(num(t), num(w.at(i + 1)), num(w.at(i + 2))); // "2016 10 16": ISO 8601's order and digits, spaced
    }
    if (n == 3 && w.at(i + 1).equals(",") && isYear(w.at(i + 2))) {
      DateParts d = date(w, i, i + 1, false, refYear); // "5/7, 2020"
      if (d != null && d.year == null && d.month != null && d.day != null) {
        return valid(num(w.at(i + 2)), d.month, d.day);
      }
    }
    if (n == 5 && (w.at(i + 1).equals("-") || w.at(i + 1).equals(".")) && w.at(i + 3).equals(w.at(i + 1)) && isYear(w.at(i + 4))
        && TWO_DIGITS.matcher(t).matches() && TWO_DIGITS.matcher(w.at(i + 2)).matches()) {
      // "02-02-2020": month first as with slashes, unless the first cannot be a month
      boolean dayFirst = num(t) > 12 && num(w.at(i + 2)) <= 12;
      return valid(num(w.at(i + 4)), num(dayFirst ? w.at(i + 2) : t), num(dayFirst ? t : w.at(i + 2)));
    }
    if (isYear(t) && n == 5 && (w.at(i + 1).equals("-") || w.at(i + 1).equals("/")) && w.at(i + 3).equals(w.at(i + 1))
        && TWO_DIGITS.matcher(w.at(i + 2)).matches() && TWO_DIGITS.matcher(w.at(i + 4)).matches()) {
      return valid(num(t), num(w.at(i + 2)), num(w.at(i + 4))); // "2018-7-6": ISO's order, unpadded
    }
    if (isYear(t) && n == 3 && w.at(i + 1).equals("-") && TWO_DIGITS.matcher(w.at(i + 2)).matches()
        && num(t) % 100 >= num(w.at(i + 2))) {
      return valid(num(t), num(w.at(i + 2)), null);
    }
    // day first: "3 march 1998", "the 5th of may", "24 august , 1950"
    int j = i;
    if (w.at(j).equals("the")) {
      j++;
    }
    int[] end = {j};
    Integer day = dayAt(w, j, to, false, end);
    if (day == null) {
      return null;
    }
    j = end[0];
    if (w.at(j).equals("of")) {
      j++;
    }
    Integer month = Calendar.month(w.at(j));
    if (month == null) {
      return null;
    }
    j++;
    if (w.at(j).equals(".")) {
      j++;
    }
    if (j == to) {
      return valid(null, month, day);
    }
    if (w.at(j).equals(",") || w.at(j).equals("of") || w.at(j).equals("in")) {
      j++;
    }
    if (j + 1 == to && w.at(j).matches("\\d\\d")) { // "7 Nov 16": after its day and month, two digits are a year, its century by year()
      DateParts d = valid(year(w.at(j), refYear), month, day);
      return d == null ? null : new DateParts(d.year, d.month, d.day, null, w.at(j));
    }
    Integer y = yearAt(w, j, to, refYear);
    return y == null ? null : valid(y, month, day);
  }

  /**
   * A month name, a four-digit year and a day number joined by separators, in an order no reading above takes
   * ("23-2020-september"): each part can be only what it is, so the order does not matter.
   */
  private static DateParts anyOrder(Words joined) {
    if (joined.size() != 3) {
      return null;
    }
    Integer month = null;
    Integer year = null;
    Integer day = null;
    for (String t : joined.list()) {
      if (Calendar.month(t) != null && month == null) {
        month = Calendar.month(t);
      } else if (t.matches("\\d{4}") && year == null) {
        year = num(t);
      } else if (t.matches("\\d{1,2}(st|nd|rd|th)?") && day == null) {
        day = day(t);
      } else {
        return null;
      }
    }
    return month == null || year == null || day == null ? null : valid(year, month, day);
  }

  /** True when a month name sits among "-" or "/" separators: "dec - 2018", "23 / sep / 2020". */
  private static boolean separatedMonth(Words w, int from, int to) {
    boolean month = false;
    boolean separator = false;
    for (int k = from; k < to; k++) {
      String t = w.at(k);
      month |= Calendar.month(t) != null;
      separator |= (t.equals("-") || t.equals("/")) && k > from && k < to - 1;
    }
    return month && separator;
  }

  /**
   * The day of the month written at {@code j}: "5", "5th", "fifth", "twenty - second",
   * "twenty second"; after a month name ({@code afterMonth}) also "twenty nine". Sets {@code
   * end[0]} past it.
   */
  private static Integer dayAt(Words w, int j, int to, boolean afterMonth, int[] end) {
    Integer d = day(w.at(j));
    if (d != null) {
      end[0] = j + 1;
      return d;
    }
    for (int k = Math.min(to, j + 3); k > j; k--) {
      java.math.BigDecimal v = Numbers.ordinal(w.slice(j, k));
      boolean spelledDay = afterMonth && (k == to || Numbers.isNumberWord(w.at(k)) && spelledYear(w, k, to) != null)
          || !afterMonth && Calendar.month(w.at(k)) != null;
      if (v == null && spelledDay) {
        // "May twenty nine", "January twenty five nineteen eighty six", "twenty five January": a cardinal next to its month
        Numbers.Parsed p = Numbers.simple(w, j);
        v = p != null && p.end() == k && Numbers.isNumberWord(w.at(j)) ? p.value() : null;
      }
      if (v != null && v.scale() <= 0 && v.intValue() >= 1 && v.intValue() <= 31) {
        end[0] = k;
        return v.intValue();
      }
    }
    return null;
  }

  private static DateParts valid(Integer y, Integer m, Integer d) {
    if (m != null && (m < 1 || m > 12) || d != null && (d < 1 || d > 31)) {
      return null;
    }
    if (m != null && d != null) {
      try {
        LocalDate.of(y == null ? 2000 : y, m, d); // 2000: a leap year, so February 29 stands without a year
      } catch (DateTimeException e) {
        return null;
      }
    }
    return new DateParts(y, m, d, null);
  }

  static boolean isYear(String t) {
    return t.length() == 4 && t.chars().allMatch(Character::isDigit) && (t.charAt(0) == '1' || t.charAt(0) == '2');
  }

  /** The year written by the whole of {@code [j, to)}: one token ("1998", "'98") or in words ("nineteen seventy two"). */
  private static Integer yearAt(Words w, int j, int to, int refYear) {
    return j + 1 == to ? yearOrShort(w.at(j), refYear) : j < to && Numbers.isNumberWord(w.at(j)) ? spelledYear(w, j, to) : null;
  }

  /**
   * A year in words: "two thousand and fifteen", "seventeen hundred thirty three", or its two
   * halves "nineteen seventy two" (19 and 72); between 1000 and 2999.
   */
  private static Integer spelledYear(Words w, int j, int to) {
    Numbers.Parsed whole = Numbers.at(w, j);
    if (whole != null && whole.end() == to) {
      return yearIn(whole.value());
    }
    Numbers.Parsed century = Numbers.simple(w, j);
    Numbers.Parsed rest = century == null ? null : Numbers.at(w, century.end());
    if (rest == null || rest.end() != to || century.value().scale() > 0 || rest.value().scale() > 0
        || century.value().intValue() < 10 || century.value().intValue() > 29 || rest.value().intValue() < 10
        || rest.value().intValue() > 99) {
      return null;
    }
    return century.value().intValue() * 100 + rest.value().intValue();
  }

  private static Integer yearIn(java.math.BigDecimal v) {
    return v.scale() <= 0 && v.compareTo(java.math.BigDecimal.valueOf(1000)) >= 0 && v.compareTo(java.math.BigDecimal.valueOf(2999)) <= 0
        ? v.intValueExact() : null;
  }

  private static Integer yearOrShort(String t, int refYear) {
    if (isYear(t)) {
      return num(t);
    }
    Matcher s = SHORT_YEAR.matcher(t);
    return s.matches() ? year(s.group(1), refYear) : null;
  }

  /** A two-digit year is in the century that puts it at most 10 years after the reference year. */
  static int year(String digits, int refYear) {
    int v = Integer.parseInt(digits);
    if (digits.length() == 4) {
      return v;
    }
    int y = refYear / 100 * 100 + v;
    return y > refYear + 10 ? y - 100 : y;
  }

  static Integer day(String t) {
    Matcher m = DAY.matcher(t);
    if (!m.matches()) {
      return null;
    }
    int d = Integer.parseInt(m.group(1));
    return d >= 1 && d <= 31 ? d : null;
  }

  private static Integer num(String s) {
    return Integer.parseInt(s);
  }

  boolean hasYear() {
    return year != null;
  }

  /** These parts with what they lack taken from {@code other} ("May" in "from May to July 2004"). */
  DateParts completedBy(DateParts other) {
    Integer y = year != null ? year : other.year;
    Integer m = month != null ? month : day != null ? other.month : null;
    return new DateParts(y, m, day, weekday);
  }

  /** Where these parts lie against {@code ref}; null when they name no place on the calendar. */
  Stretch toStretch(LocalDateTime ref) {
    LocalDate today = ref.toLocalDate();
    if (month == null && day == null) {
      if (year != null) {
        return Stretch.period(String.format("%04d", year), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
      }
      if (weekday != null) {
        return Stretch.day("XXXX-WXX-" + weekday, nearestWeekday(today, weekday));
      }
      return null;
    }
    if (month == null && weekday != null && day != null) {
      LocalDate d = nearestWeekdayOnDay(today, weekday, day);
      // "Friday the 26th" names the date; "Mon 13th" keeps the weekday in its timex: both as theirs
      return Stretch.day(theDay ? d.toString() : "XXXX-WXX-" + weekday, d);
    }
    if (month == null) {
      return null; // a day number alone
    }
    if (day == null) {
      if (year != null) {
        YearMonth ym = YearMonth.of(year, month);
        return Stretch.period(ym.toString(), ym.atDay(1), ym.plusMonths(1).atDay(1));
      }
      YearMonth ym = nearestMonth(today, month);
      return Stretch.period(String.format("XXXX-%02d", month), ym.atDay(1), ym.plusMonths(1).atDay(1));
    }
    if (year != null) {
      if (day > YearMonth.of(year, month).lengthOfMonth()) {
        return null; // "Feb 29" completed by a year that has none
      }
      // a two-digit year's century as its value has it (year()), but open in the 30s, as theirs: 1930s and 2030s are both near
      String y = shortYear != null && shortYear.startsWith("3") ? "XX" + shortYear : String.format("%04d", year);
      return Stretch.day(String.format("%s-%02d-%02d", y, month, day), LocalDate.of(year, month, day));
    }
    return Stretch.day(String.format("XXXX-%02d-%02d", month, day), nearestDate(today, month, day));
  }

  /** The weekday within three days of {@code today}, before or after: one week has exactly one. */
  static LocalDate nearestWeekday(LocalDate today, int weekday) {
    int diff = weekday - today.getDayOfWeek().getValue();
    if (diff > 3) {
      diff -= 7;
    } else if (diff < -3) {
      diff += 7;
    }
    return today.plusDays(diff);
  }

  /** The date nearest {@code today} that falls on {@code weekday} and on day {@code day} of its month. */
  private static LocalDate nearestWeekdayOnDay(LocalDate today, int weekday, int day) {
    for (int k = 0; k < 800; k++) {
      for (LocalDate c : new LocalDate[] {today.minusDays(k), today.plusDays(k)}) {
        if (c.getDayOfMonth() == day && c.getDayOfWeek().getValue() == weekday) {
          return c;
        }
      }
    }
    return null;
  }

  private static YearMonth nearestMonth(LocalDate today, int month) {
    YearMonth best = null;
    for (int y = today.getYear() - 1; y <= today.getYear() + 1; y++) {
      YearMonth c = YearMonth.of(y, month);
      if (best == null || Math.abs(ChronoUnit.DAYS.between(today, c.atDay(15))) < Math.abs(ChronoUnit.DAYS.between(today, best.atDay(15)))) {
        best = c;
      }
    }
    return best;
  }

  private static LocalDate nearestDate(LocalDate today, int month, int day) {
    LocalDate best = null;
    for (int y = today.getYear() - 1; y <= today.getYear() + 1; y++) {
      if (day == 29 && month == 2 && !java.time.Year.isLeap(y)) {
        continue;
      }
      LocalDate c = LocalDate.of(y, month, day);
      if (best == null || Math.abs(ChronoUnit.DAYS.between(today, c)) < Math.abs(ChronoUnit.DAYS.between(today, best))) {
        best = c;
      }
    }
    return best;
  }
}
