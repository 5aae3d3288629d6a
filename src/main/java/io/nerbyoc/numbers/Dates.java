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

  static TokenSpan date(int start, int end) {
    return end > start ? Spans.of(start, end, DATE) : null;
  }

  // ---- absolute dates

  /** Weekday, month-day-year, day-month-year, years, decades, with "early/mid/late". */
  static TokenSpan absolute(TaggedSentence w, int i) {
    int n = w.size();
    String t = w.at(i);
    if (Lexicon.isWeekday(t)) {
      int j = i + 1;
      int k = w.at(j).equals(",") ? j + 1 : j;
      int md = monthDate(w, k, true);
      if (md == k) {
        md = dayMonth(w, k); // "Wednesday 21st May"
      }
      if (md == k) {
        // "Mon 13th", "Friday the 26th"
        int d = w.lower(j).equals("the") ? j + 1 : j;
        if (Lexicon.digits(Lexicon.ORDINAL_DIGITS, w.at(d)) && Lexicon.isDayOfMonth(w.at(d))) {
          return date(i, d + 1);
        }
      }
      return date(i, md > k ? md : j);
    }
    // Eras: "AD 51", "51 BC", "300 BCE"
    if ((t.equals("AD") || t.equals("A.D.")) && Lexicon.digits(ERA_YEAR, w.at(i + 1))) {
      return date(i, i + 2);
    }
    if (Lexicon.digits(ERA_YEAR, t) && ERAS.contains(w.at(i + 1))) {
      return date(i, i + 2);
    }
    int h = Holidays.end(w, i);
    if (h > i) {
      return date(i, h);
    }
    if (Lexicon.digits(NUMERIC_DATE, t)) {
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
    if (!Lexicon.isMonth(t)) {
      return i;
    }
    int j = i + 1;
    boolean any = false;
    if (Lexicon.isDayOfMonth(w.at(j)) && !Lexicon.isYear(w.at(j))) {
      j++;
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
    if (Lexicon.isYear(w.at(j)) || Lexicon.digits(Lexicon.SHORT_YEAR, w.at(j))) {
      j++;
      any = true;
    }
    if (!any && !bareAllowed && (Lexicon.AMBIGUOUS_MONTHS.contains(t) || t.endsWith("."))) {
      return i;
    }
    return j;
  }

  /** "3 March 1998", "the 5th of May", "5th May". End, or {@code i}. */
  private static int dayMonth(TaggedSentence w, int i) {
    int j = i;
    if (w.lower(j).equals("the")) {
      j++;
    }
    if (!Lexicon.isDayOfMonth(w.at(j))) {
      return i;
    }
    j++;
    if (Lexicon.DASHES.contains(w.lower(j)) && Lexicon.isDayOfMonth(w.at(j + 1))) {
      j += 2; // "27 - 29 June"
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
