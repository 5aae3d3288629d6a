package io.nerbyoc.numbers;

import static io.nerbyoc.numbers.Spans.DATE;

import io.nerbyoc.core.TaggedSentence;
import io.nerbyoc.core.TokenSpan;
import io.nerbyoc.lists.WordLists;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dates: the longest of the absolute ones here ("March 3, 1998", "3 March 1998", "1998", "the
 * 1990s", "mid-2004", "Christmas"), {@link RelativeDates} ("last year", "three weeks ago") and
 * {@link Periods} ("the third quarter of 2019"). Each rule returns a span starting at the
 * position asked, or null.
 */
final class Dates {
  private Dates() {}

  private static final Pattern NUMERIC_DATE =
      Pattern.compile("\\d{4}-\\d\\d-\\d\\d|\\d{1,2}/\\d{1,2}/(\\d\\d|\\d{4})|\\d{4}/\\d\\d");
  private static final Pattern ROUND_YEAR = Pattern.compile("1[0-9]\\d0|20\\d0|\\d0");
  private static final Pattern SHORT_NUMBER = Pattern.compile("\\d\\d?");
  private static final Pattern YEAR_SPAN = Pattern.compile("(1[0-9]|20)\\d\\d[–/-](\\d\\d|(1[0-9]|20)\\d\\d)");
  private static final Pattern OLD_YEAR = Pattern.compile("\\d{3,4}");
  private static final Pattern GLUED_YEAR_END = Pattern.compile("[–-](1[0-9]|20)\\d\\d");
  private static final Pattern ERA_YEAR = Pattern.compile("\\d{1,4}");
  private static final Set<String> ERAS = WordLists.set(Dates.class, "eras");
  private static final Set<String> ERA_PERIODS = WordLists.set(Dates.class, "era-periods");

  static boolean isEra(String word) {
    return ERAS.contains(word);
  }

  /** An era after a century or a year range takes the era in: "the 8th century BCE", "29 and 19 BCE". */
  static TokenSpan withEra(TaggedSentence w, TokenSpan s) {
    if (s.label().equals(DATE) && ERAS.contains(w.at(s.end()))
        && (ERA_PERIODS.contains(w.lower(s.end() - 1)) || Lexicon.digits(ERA_YEAR, w.at(s.end() - 1)))) {
      return Spans.of(s.start(), s.end() + 1, s.label());
    }
    return s;
  }
  /** Words after which a bare four-digit number is a year even before a plural noun. */
  private static final Set<String> YEAR_CONTEXT = WordLists.set(Dates.class, "year-context");
  /** Words that, right before an ambiguous month name ("May", "March"), make it a month. */
  private static final Set<String> MONTH_CONTEXT = WordLists.set(Dates.class, "month-context");
  /** Words that place what follows in time, so that a holiday's name in lower case is the holiday. */
  private static final Set<String> BEFORE_A_FEAST = Set.of("on", "before", "after", "since", "until", "till", "during");
  private static final Set<String> DAY_ORDINALS = WordLists.set(Dates.class, "day-ordinals");
  private static final Set<String> SLASH_DATE_CUES = WordLists.set(Dates.class, "slash-date-cues");
  /** Words after a lone day number that leave it a day: "on the 17 between 2 and 4pm". */
  private static final Set<String> AFTER_DAY = Set.of("", ".", ",", ";", ":", ")", "!", "?",
      "between", "at", "from", "to", "until", "till", "and", "or", "in", "before", "after");
  /** Words joining two days: "27 - 29 June", "the 9th and the 17th of April", "10/1 to 11/7". */
  private static final Set<String> DAY_LINKS = Set.of("-", "–", "—", "--", "and", "or", "to", "through");
  private static final Set<String> UNIT_ORDINALS =
      Set.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth");
  private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})/(\\d{1,2})");

  static TokenSpan at(TaggedSentence w, int i) {
    TokenSpan best = null;
    best = longer(best, absolute(w, i));
    best = longer(best, RelativeDates.at(w, i));
    best = longer(best, Periods.at(w, i));
    return best;
  }

  static TokenSpan longer(TokenSpan a, TokenSpan b) {
    if (b == null) {
      return a;
    }
    return a == null || b.end() > a.end() ? b : a;
  }

  /**
   * A month or weekday name written in lower case in a sentence that has capitals ("april 2017",
   * "friday 5/12"): only whole names (four letters or more), read only with the day or year that
   * makes it a date ("august" is a word too), and never "may" or "march", verbs before a number.
   */
  private static boolean lowerCaseName(String t, Set<String> names) {
    String name = t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    return t.length() >= 4 && t.chars().allMatch(c -> c >= 'a' && c <= 'z') && names.contains(name)
        && !Lexicon.AMBIGUOUS_MONTHS.contains(name);
  }

  private static final Pattern GLUED_MONTH_DAY = Pattern.compile("([A-Za-z]{3,9})(\\d{1,2})|([A-Za-z]{3,9})-(\\d{1,2})-\\d{4}");

  /** A month's name glued to its day, as chat writes it ("mar3"), or dashed with its day and year ("Sep-23-2020"). */
  private static boolean gluedMonth(String t) {
    java.util.regex.Matcher m = GLUED_MONTH_DAY.matcher(t);
    if (!m.matches()) {
      return false;
    }
    String name = m.group(1) != null ? m.group(1) : m.group(3);
    String cased = Character.toUpperCase(name.charAt(0)) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    int day = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
    return Lexicon.MONTHS.contains(cased) && day >= 1 && day <= 31;
  }

  static TokenSpan date(int start, int end) {
    return end > start ? Spans.of(start, end, DATE) : null;
  }

  // ---- absolute dates

  /** Weekday, month-day-year, day-month-year, years, decades, with "early/mid/late". */
  static TokenSpan absolute(TaggedSentence w, int i) {
    int n = w.size();
    String t = w.at(i);
    boolean lowerDay = lowerCaseName(t, Lexicon.WEEKDAYS);
    if (Lexicon.isWeekday(t) || lowerDay) {
      int j = i + 1;
      int k = w.at(j).equals(",") ? j + 1 : j;
      int md = monthDate(w, k, true);
      if (md == k) {
        md = dayMonth(w, k); // "Wednesday 21st May"
      }
      if (md == k && isMonthDay(w.at(k))) {
        md = k + 1; // "Thursday 8/22"
      }
      if (md == k) {
        // "Mon 13th", "Friday the 26th"
        int d = w.lower(j).equals("the") ? j + 1 : j;
        if (Lexicon.digits(Lexicon.ORDINAL_DIGITS, w.at(d)) && Lexicon.isDayOfMonth(w.at(d))) {
          return date(i, d + 1);
        }
      }
      return md > k ? date(i, md) : lowerDay ? null : date(i, j); // "friday 5/12", never "friday" alone
    }
    // Eras: "AD 51", "51 BC", "300 BCE"
    if ((t.equals("AD") || t.equals("A.D.")) && Lexicon.digits(ERA_YEAR, w.at(i + 1))) {
      return date(i, i + 2);
    }
    if (Lexicon.digits(ERA_YEAR, t) && ERAS.contains(w.at(i + 1))) {
      return date(i, i + 2);
    }
    int h = Holidays.end(w, i);
    if (h == i && BEFORE_A_FEAST.contains(w.lower(i - 1))) {
      h = Holidays.endAnyCase(w, i); // "leave before independence day": the word before places it in time
    }
    if (h > i) {
      return date(i, h);
    }
    if (Lexicon.digits(NUMERIC_DATE, t) || slashDate(w, i) || gluedMonth(t)) {
      return date(i, i + 1);
    }
    int md = monthDate(w, i, MONTH_CONTEXT.contains(w.lower(i - 1)));
    if (md > i) {
      return date(i, md);
    }
    int dm = dayMonth(w, i);
    if (dm > i) {
      return date(i, dm);
    }
    String lw = w.lower(i);
    // "the 1990s", "the mid-1990s", "the early 1990s", "the late - 1990s"
    if (lw.equals("the") && i + 1 < n) {
      int j = i + 1;
      int e = edgedDecade(w, j);
      if (e > j) {
        return date(i, e);
      }
      if ((w.lower(j).equals("year") || w.lower(j).equals("years")) && j + 1 < n && Lexicon.isYear(w.at(j + 1))) {
        return date(i, j + 2);
      }
      if (w.lower(i - 1).equals("on") && dayAlone(w, j)) {
        return date(i, j + 1); // "on the 17 between 2 and 4pm": the month is understood
      }
      return null;
    }
    int e = edgedDecade(w, i);
    if (e > i) {
      return date(i, e);
    }
    if (Lexicon.isGluedPeriod(w.lower(i))) {
      return date(i, i + 1);
    }
    if (Lexicon.EDGE.contains(lw) && i + 1 < n) {
      int j = i + 1;
      if (Lexicon.DASHES.contains(w.lower(j))) {
        j++;
      }
      int y = year(w, j);
      if (y > j) {
        return date(i, y);
      }
      int m = monthDate(w, j, true);
      if (m > j) {
        return date(i, m);
      }
      if (Lexicon.isWeekday(w.at(j)) && !w.lower(i).equals("middle")) {
        return date(i, j + 1); // "late Thursday"
      }
    }
    int y = year(w, i);
    if (y > i) {
      // "2000 people": a plural noun after a bare number is counted, not dated.
      boolean bare = y == i + 1;
      String next = w.lower(y);
      if (bare && next.length() > 2 && next.endsWith("s") && Character.isLetter(next.charAt(0))
          && !Lexicon.isDateUnit(next) && !YEAR_CONTEXT.contains(w.lower(i - 1))) {
        return null;
      }
      return date(i, y);
    }
    return null;
  }

  /**
   * A bare day number with nothing after it to count: "the 17 ." or "the 17 between 2 and 4pm",
   * not "the 17 floor"; "on the 3rd ." is as often a floor or a place as a day.
   */
  private static boolean dayAlone(TaggedSentence w, int j) {
    String t = w.at(j);
    return Lexicon.isDayOfMonth(t) && Character.isDigit(t.charAt(t.length() - 1)) && AFTER_DAY.contains(w.lower(j + 1));
  }

  /**
   * A month and day written "5/12" (or day and month, "22/04") standing where a date stands:
   * after a cue ("on", "by", "since"), beside a weekday or year, or continuing a list or range of
   * such dates. Elsewhere the form is as often a fraction or a score.
   */
  static boolean slashDate(TaggedSentence w, int i) {
    if (!isMonthDay(w.at(i))) {
      return false;
    }
    String before = w.lower(i - 1);
    if (SLASH_DATE_CUES.contains(before) || Lexicon.isWeekday(w.at(i - 1)) || Lexicon.isYear(before)
        || Lexicon.isWeekday(w.at(i + 1)) || Lexicon.isYear(w.at(i + 1))) {
      return true;
    }
    // a list or range of them: "on 11/20 , 11/22 or 11/25", "from 10/1 to 11/7"
    return i >= 2 && (before.equals(",") || DAY_LINKS.contains(before)) && slashDate(w, i - 2);
  }

  /** "5/12", "22/04": a month and a day in either order. */
  private static boolean isMonthDay(String t) {
    if (!Lexicon.digitish(t) || t.length() > 5) {
      return false;
    }
    java.util.regex.Matcher m = MONTH_DAY.matcher(t);
    if (!m.matches()) {
      return false;
    }
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(2));
    return a >= 1 && b >= 1 && (a <= 12 && b <= 31 || a <= 31 && b <= 12);
  }

  /** End of a day written as an ordinal word: "fourth", "twenty - first"; or {@code j}. */
  private static int dayWord(TaggedSentence w, int j) {
    String lw = w.lower(j);
    if (DAY_ORDINALS.contains(lw)) {
      return j + 1;
    }
    boolean tens = lw.equals("twenty") || lw.equals("thirty");
    String unit = w.lower(j + 2);
    if (tens && Lexicon.DASHES.contains(w.lower(j + 1)) && UNIT_ORDINALS.contains(unit)
        && (lw.equals("twenty") || unit.equals("first"))) {
      return j + 3;
    }
    return j;
  }

  /** "1990s", "the '90s", "1980 's", with an optional "early/mid/late (-)" before it. */
  private static int edgedDecade(TaggedSentence w, int i) {
    int j = i;
    if (Lexicon.EDGE.contains(w.lower(j))) {
      j++;
      if (Lexicon.DASHES.contains(w.lower(j))) {
        j++;
      }
    }
    int d = decade(w, j);
    if (d > j) {
      return d;
    }
    if (j == i && Lexicon.isGluedPeriod(w.lower(j))) {
      return j + 1;
    }
    return i;
  }

  private static int decade(TaggedSentence w, int i) {
    String t = w.at(i);
    if (Lexicon.isDecade(t)) {
      return i + 1;
    }
    if (w.lower(i + 1).equals("'s") && Lexicon.digits(ROUND_YEAR, t)) {
      return i + 2;
    }
    return i;
  }

  /** After a day and month any three- or four-digit number is the year: "28 May 621". */
  private static boolean isYearAfterMonth(String t) {
    return Lexicon.digits(OLD_YEAR, t);
  }

  /** A year or a range of years: "1998", "1990 - 95", "2003/04". End, or {@code i}. */
  static int year(TaggedSentence w, int i) {
    String t = w.at(i);
    if (Lexicon.digits(YEAR_SPAN, t)) {
      return i + 1; // "1983–84", "2017/2018" as one token
    }
    if (!Lexicon.isYear(t)) {
      return i;
    }
    int j = i + 1;
    if (Lexicon.digits(GLUED_YEAR_END, w.at(j)) || GLUED_YEAR_END.matcher(w.at(j)).matches()) {
      return j + 1; // "1919 -1985"
    }
    String conn = w.lower(j);
    if (Lexicon.DASHES.contains(conn) || conn.equals("/")) {
      String u = w.at(j + 1);
      if (Lexicon.isYear(u) || Lexicon.digits(SHORT_NUMBER, u)) {
        return j + 2; // "1990 - 95", "1997 - 8"
      }
    }
    return j;
  }

  /**
   * "March 3, 1998", "Jan. 5", "May 5 - 7", "March 1998", "June '04", "March" (ambiguous names
   * alone only after a date word). End, or {@code i}.
   */
  static int monthDate(TaggedSentence w, int i, boolean bareAllowed) {
    String t = w.at(i);
    boolean lower = lowerCaseName(t, Lexicon.MONTHS);
    if (!Lexicon.isMonth(t) && !lower) {
      return i;
    }
    bareAllowed &= !lower;
    int j = i + 1;
    boolean any = false;
    int d = dayAfterMonth(w, j);
    if (d > j) {
      j = d;
      any = true;
      if (Lexicon.DASHES.contains(w.lower(j)) && Lexicon.isDayOfMonth(w.at(j + 1))) {
        j += 2;
      }
      if (w.at(j).equals(",") && (Lexicon.isYear(w.at(j + 1)))) {
        j++;
      }
    } else if (w.lower(j).equals("of") && Lexicon.isYear(w.at(j + 1))) {
      j++;
    }
    if (w.at(j).equals("/") && Lexicon.isYear(w.at(j + 1))) {
      j++; // "Dec/2018"
    }
    if (Lexicon.isYear(w.at(j)) || Lexicon.digits(Lexicon.SHORT_YEAR, w.at(j))) {
      j++;
      any = true;
    }
    if (!any && !bareAllowed && (Lexicon.AMBIGUOUS_MONTHS.contains(t) || t.endsWith(".") || lower)) {
      return i;
    }
    return j;
  }

  /**
   * End of the day after a month: "5", "5th", "/ 2" (as in "Oct/2") or an ordinal word
   * ("March eighteenth") unless it ranks what follows ("June second - quarter"); or {@code j}.
   */
  private static int dayAfterMonth(TaggedSentence w, int j) {
    int k = w.at(j).equals("/") ? j + 1 : j;
    if (Lexicon.isDayOfMonth(w.at(k))) {
      return k + 1;
    }
    int d = dayWord(w, j);
    String next = w.lower(d);
    return Lexicon.DASHES.contains(next) || Lexicon.isDateUnit(next) || next.equals("half") ? j : d;
  }

  /**
   * "3 March 1998", "the 5th of May", "5th May", "the fourth of July", and days sharing the month:
   * "27 - 29 June", "the ninth and the seventeenth of April". End, or {@code i}.
   */
  private static int dayMonth(TaggedSentence w, int i) {
    int j = w.lower(i).equals("the") ? i + 1 : i;
    if (Lexicon.isDayOfMonth(w.at(j))) {
      j++;
    } else {
      int d = dayWord(w, j);
      if (d == j || !w.lower(d).equals("of") && !DAY_LINKS.contains(w.lower(d))) {
        return i; // a day in words needs its "of": "the fourth of July", not "a second March"
      }
      j = d;
    }
    if (DAY_LINKS.contains(w.lower(j))) {
      int next = dayMonth(w, j + 1);
      return next > j + 1 ? next : i;
    }
    if (w.lower(j).equals("of")) {
      j++;
    }
    int m = monthDate(w, j, true);
    if (m > j && !Lexicon.isDayOfMonth(w.at(j + 1))) {
      if (m == j + 1 && w.at(m).equals(",") && isYearAfterMonth(w.at(m + 1))) {
        return m + 2; // "24 August , 1950"
      }
      if (m == j + 1 && isYearAfterMonth(w.at(m))) {
        return m + 1; // "28 May 621"
      }
      return m;
    }
    return i;
  }
}
