package io.nerbyoc.numbers;

import static io.nerbyoc.numbers.NumericSpan.DATE;
import static io.nerbyoc.numbers.NumericSpan.TIME;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dates and durations: absolute ("March 3, 1998", "3 March 1998", "1998", "the 1990s",
 * "mid-2004"), relative ("last year", "three weeks ago", "the past decade", "recent years"),
 * periods ("the third quarter of 2019", "fiscal 2023", "the 19th century") and durations
 * ("two weeks"; under a day they are TIME). Each rule returns a span starting at the position
 * asked, or null.
 */
final class Dates {
  private Dates() {}

  private static final Pattern NUMERIC_DATE =
      Pattern.compile("\\d{4}-\\d\\d-\\d\\d|\\d{1,2}/\\d{1,2}/(\\d\\d|\\d{4})|\\d{4}/\\d\\d");
  private static final Set<String> DEICTIC = Set.of("this", "that", "next", "last", "these", "those", "past");
  private static final Pattern ROUND_YEAR = Pattern.compile("1[0-9]\\d0|20\\d0|\\d0");
  private static final Pattern SHORT_NUMBER = Pattern.compile("\\d\\d?");
  private static final Pattern YEAR_SPAN = Pattern.compile("(1[0-9]|20)\\d\\d[–/-](\\d\\d|(1[0-9]|20)\\d\\d)");
  private static final Pattern GLUED_ORDINAL = Pattern.compile("(mid|early|late)-\\d+(st|nd|rd|th)");
  private static final Pattern ERA_YEAR = Pattern.compile("\\d{1,4}");
  private static final Set<String> ERAS = Set.of("BC", "B.C.", "BCE", "AD", "A.D.", "CE", "C.E.");
  private static final Set<String> BARE_AFTER = Set.of("ago", "later", "earlier");
  private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");
  private static final Set<String> EDGE = Set.of("early", "mid", "late", "earlier", "later", "middle");
  private static final Set<String> PART_OF = Set.of("end", "beginning", "start", "middle", "turn", "close", "rest", "course", "remainder");
  private static final Set<String> AFTER_DURATION = Set.of("ago", "earlier", "later", "old", "running");
  /** Words after which a bare four-digit number is a year even before a plural noun. */
  private static final Set<String> YEAR_CONTEXT =
      Set.of("in", "since", "by", "until", "of", "from", "during", "before", "after", "year", "fiscal",
          "to", "through", "and", "early", "late", "mid", "the", "summer", "spring", "autumn", "fall",
          "winter", ",", "(", "-", "circa", "c.", "around", "between", "till", "as");
  /** Words that, right before an ambiguous month name ("May", "March"), make it a month. */
  private static final Set<String> MONTH_CONTEXT =
      Set.of("in", "since", "until", "by", "of", "from", "early", "late", "mid", "last", "next", "this",
          "through", "to", "during", "before", "after", "till", "between", "and", "or", "each", "every");

  static NumericSpan at(Words w, int i) {
    NumericSpan best = null;
    best = longer(best, absolute(w, i));
    best = longer(best, relative(w, i));
    best = longer(best, period(w, i));
    return best;
  }

  static NumericSpan longer(NumericSpan a, NumericSpan b) {
    if (b == null) {
      return a;
    }
    return a == null || b.end() > a.end() ? b : a;
  }

  private static NumericSpan date(int start, int end) {
    return end > start ? new NumericSpan(start, end, DATE) : null;
  }

  // ---- absolute dates

  /** Weekday, month-day-year, day-month-year, years, decades, with "early/mid/late". */
  static NumericSpan absolute(Words w, int i) {
    int n = w.size();
    String t = w.get(i);
    if (Lexicon.isWeekday(t)) {
      int j = i + 1;
      int k = w.at(j).equals(",") ? j + 1 : j;
      int md = monthDate(w, k, true);
      if (md == k) {
        // "Mon 13th", "Friday the 26th"
        int d = w.lowAt(j).equals("the") ? j + 1 : j;
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
    int md = monthDate(w, i, MONTH_CONTEXT.contains(w.lowAt(i - 1)));
    if (md > i) {
      return date(i, md);
    }
    int dm = dayMonth(w, i);
    if (dm > i) {
      return date(i, dm);
    }
    String lw = w.low(i);
    // "the 1990s", "the mid-1990s", "the early 1990s", "the late - 1990s"
    if (lw.equals("the") && i + 1 < n) {
      int j = i + 1;
      int e = edgedDecade(w, j);
      if (e > j) {
        return date(i, e);
      }
      if (w.low(j).equals("year") && j + 1 < n && Lexicon.isYear(w.get(j + 1))) {
        return date(i, j + 2);
      }
      return null;
    }
    int e = edgedDecade(w, i);
    if (e > i) {
      return date(i, e);
    }
    if (Lexicon.isGluedPeriod(w.low(i))) {
      return date(i, i + 1);
    }
    if (EDGE.contains(lw) && i + 1 < n) {
      int j = i + 1;
      if (Lexicon.DASHES.contains(w.low(j))) {
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
      if (Lexicon.isWeekday(w.get(j)) && !w.low(i).equals("middle")) {
        return date(i, j + 1); // "late Thursday"
      }
    }
    int y = year(w, i);
    if (y > i) {
      // "2000 people": a plural noun after a bare number is counted, not dated.
      boolean bare = y == i + 1;
      String next = w.lowAt(y);
      if (bare && next.length() > 2 && next.endsWith("s") && Character.isLetter(next.charAt(0))
          && !Lexicon.isDateUnit(next) && !YEAR_CONTEXT.contains(w.lowAt(i - 1))) {
        return null;
      }
      return date(i, y);
    }
    return null;
  }

  /** "1990s", "the '90s", "1980 's", with an optional "early/mid/late (-)" before it. */
  private static int edgedDecade(Words w, int i) {
    int j = i;
    if (EDGE.contains(w.lowAt(j))) {
      j++;
      if (Lexicon.DASHES.contains(w.lowAt(j))) {
        j++;
      }
    }
    int d = decade(w, j);
    if (d > j) {
      return d;
    }
    if (j == i && Lexicon.isGluedPeriod(w.lowAt(j))) {
      return j + 1;
    }
    return i;
  }

  private static int decade(Words w, int i) {
    String t = w.at(i);
    if (Lexicon.isDecade(t)) {
      return i + 1;
    }
    if (w.lowAt(i + 1).equals("'s") && Lexicon.digits(ROUND_YEAR, t)) {
      return i + 2;
    }
    return i;
  }

  /** A year or a range of years: "1998", "1990 - 95", "2003/04". End, or {@code i}. */
  static int year(Words w, int i) {
    String t = w.at(i);
    if (Lexicon.digits(YEAR_SPAN, t)) {
      return i + 1; // "1983–84", "2017/2018" as one token
    }
    if (!Lexicon.isYear(t)) {
      return i;
    }
    int j = i + 1;
    String conn = w.lowAt(j);
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
  static int monthDate(Words w, int i, boolean bareAllowed) {
    String t = w.at(i);
    if (!Lexicon.isMonth(t)) {
      return i;
    }
    int j = i + 1;
    boolean any = false;
    if (Lexicon.isDayOfMonth(w.at(j)) && !Lexicon.isYear(w.at(j))) {
      j++;
      any = true;
      if (Lexicon.DASHES.contains(w.lowAt(j)) && Lexicon.isDayOfMonth(w.at(j + 1))) {
        j += 2;
      }
      if (w.at(j).equals(",") && (Lexicon.isYear(w.at(j + 1)))) {
        j++;
      }
    } else if (w.lowAt(j).equals("of") && Lexicon.isYear(w.at(j + 1))) {
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
  private static int dayMonth(Words w, int i) {
    int j = i;
    if (w.low(j).equals("the")) {
      j++;
    }
    if (!Lexicon.isDayOfMonth(w.at(j))) {
      return i;
    }
    j++;
    if (Lexicon.DASHES.contains(w.lowAt(j)) && Lexicon.isDayOfMonth(w.at(j + 1))) {
      j += 2; // "27 - 29 June"
    }
    if (w.lowAt(j).equals("of")) {
      j++;
    }
    int m = monthDate(w, j, true);
    if (m > j && !Lexicon.isDayOfMonth(w.at(j + 1))) {
      return m;
    }
    return i;
  }

  // ---- relative dates and durations

  /**
   * "last year", "this week's", "the past decade", "the last three years", "recent years",
   * "three weeks ago", "two years", "yesterday", "earlier this year", "the end of the year".
   */
  static NumericSpan relative(Words w, int i) {
    int n = w.size();
    String lw = w.low(i);
    switch (lw) {
      case "yesterday", "today", "tomorrow" -> {
        if (Lexicon.DAY_PARTS.contains(w.lowAt(i + 1))) {
          return new NumericSpan(i, i + 2, TIME);
        }
        return date(i, i + 1);
      }
      case "recent" -> {
        if (Lexicon.isDateUnit(w.lowAt(i + 1)) && w.lowAt(i + 1).endsWith("s")) {
          return date(i, i + 2);
        }
      }
      default -> { }
    }
    int j = i;
    if (lw.equals("the")) {
      j++;
      // "the end of the year", "the beginning of 2004"
      if (PART_OF.contains(w.lowAt(j)) && w.lowAt(j + 1).equals("of")) {
        int k = j + 2;
        if (w.lowAt(k).equals("the") && Lexicon.isDateUnit(w.lowAt(k + 1))) {
          return date(i, k + 2);
        }
        NumericSpan inner = at(w, k);
        if (inner != null && inner.label().equals(DATE)) {
          return date(i, inner.end());
        }
        return null;
      }
      if (w.lowAt(j).equals("weekend")) {
        return date(i, j + 1);
      }
      // "the nine months (ended June 30)": a counted period keeps its article
      NumericSpan counted = duration(w, j);
      if (counted != null && !w.lowAt(j).equals("a") && !w.lowAt(j).equals("an") && !hyphenated(w, counted)) {
        return new NumericSpan(i, ended(w, counted.end()), counted.label());
      }
    }
    // "earlier this year", "late last month", "early next week"
    if (j == i && EDGE.contains(lw) && DEICTIC.contains(w.lowAt(i + 1))) {
      NumericSpan rest = relative(w, i + 1);
      if (rest != null) {
        return new NumericSpan(i, rest.end(), rest.label());
      }
    }
    String rel = w.lowAt(j);
    if (Lexicon.RELATIVE.contains(rel) || DEICTIC.contains(rel)) {
      int k = j + 1;
      // "that two years ago" is "that" + a duration: only sequence words take a count.
      NumberPhrase num = DEMONSTRATIVES.contains(rel) ? null : NumberPhrase.at(w, k);
      if (num != null && !num.article()) {
        k = num.end();
      } else if (w.lowAt(k).equals("few") || w.lowAt(k).equals("several") || w.lowAt(k).equals("couple")) {
        k += w.lowAt(k + 1).equals("of") ? 2 : 1;
      }
      String unit = w.lowAt(k);
      String label = Lexicon.isDateUnit(unit) ? DATE : Lexicon.isTimeUnit(unit) ? TIME : null;
      boolean ordinalSecond = unit.equals("second") && num == null; // "this second version"
      if (label != null && !ordinalSecond && !(rel.equals("first") && j == i && num == null)) {
        return new NumericSpan(i, k + 1, label);
      }
      if (k == j + 1 && (DEICTIC.contains(rel) || rel.equals("coming"))) {
        String u = w.at(k);
        if (Lexicon.SEASONS.contains(w.lowAt(k)) || Lexicon.isWeekday(u) || Lexicon.isMonth(u)) {
          return date(i, k + 1);
        }
        if (Lexicon.DAY_PARTS.contains(w.lowAt(k)) && !rel.equals("past")) {
          return new NumericSpan(i, k + 1, TIME);
        }
      }
      return null;
    }
    if (j > i) {
      return null;
    }
    return duration(w, i);
  }

  /**
   * "three weeks", "a decade", "10 years ago", "two hours", "62 years old", "10 - year",
   * "years ago". Rates ("twice a month") are the caller's concern.
   */
  static NumericSpan duration(Words w, int i) {
    int n = w.size();
    int k;
    NumberPhrase num = NumberPhrase.at(w, i);
    if (num != null) {
      k = num.end();
      if (num.vague() && Lexicon.VAGUE_COUNTS.contains(w.low(i)) && w.lowAt(k).equals("of")) {
        k++; // "hundreds of years"
      }
    } else if ((Lexicon.isDateUnit(w.low(i)) || Lexicon.isTimeUnit(w.low(i))) && w.low(i).endsWith("s")
        && BARE_AFTER.contains(w.lowAt(i + 1))) {
      // "years ago", "minutes later"
      return new NumericSpan(i, i + 2, Lexicon.isDateUnit(w.low(i)) ? DATE : TIME);
    } else {
      return null;
    }
    if (num.end() == i + 1 && Lexicon.isYear(w.get(i)) && !w.lowAt(k).endsWith("s")) {
      return null; // "the 2011 season" is the year 2011
    }
    boolean hyphen = false;
    if (Lexicon.DASHES.contains(w.lowAt(k)) && !num.article()) {
      hyphen = true;
      k++; // "10 - year", "62 - year - old"
    }
    String unit = w.lowAt(k);
    String label = Lexicon.isDateUnit(unit) ? DATE : Lexicon.isTimeUnit(unit) ? TIME : null;
    if (label == null || unit.equals("quarter") && !hyphen && num.article()) {
      return null;
    }
    if (num.article() && (unit.equals("second") || unit.equals("quarter"))) {
      return null; // "a second term", "a quarter of"
    }
    if (hyphen && unit.endsWith("s") && !unit.equals("hours")) {
      return null;
    }
    int end = k + 1;
    String after = w.lowAt(end);
    if (hyphen) {
      if (Lexicon.DASHES.contains(after) && w.lowAt(end + 1).equals("old")) {
        end += 2;
      }
    } else if (AFTER_DURATION.contains(after)) {
      end++;
    } else if (after.equals("from") && w.lowAt(end + 1).equals("now")) {
      end += 2;
    } else if (after.equals("of") && w.lowAt(end + 1).equals("age")) {
      end += 2;
    }
    return new NumericSpan(i, end, label);
  }

  /** "30 - year": an adjective, which leaves the article to its noun ("the 30 - year bond"). */
  private static boolean hyphenated(Words w, NumericSpan s) {
    for (int k = s.start(); k < s.end(); k++) {
      if (Lexicon.DASHES.contains(w.low(k))) {
        return true;
      }
    }
    return false;
  }

  /** After a period, "ended June 30" or "ending in March" belongs to it. End, or {@code k}. */
  static int ended(Words w, int k) {
    String t = w.lowAt(k);
    if (!t.equals("ended") && !t.equals("ending")) {
      return k;
    }
    int j = w.lowAt(k + 1).equals("in") ? k + 2 : k + 1;
    NumericSpan d = absolute(w, j);
    return d != null ? d.end() : k;
  }

  // ---- periods

  /**
   * "the third quarter (of 2019)", "the first half", "the 19th century", "fiscal 2023",
   * "FY2023", "Q3 2019", "the summer of 1999", "spring 2004", "the third - quarter".
   */
  static NumericSpan period(Words w, int i) {
    int n = w.size();
    int j = w.low(i).equals("the") ? i + 1 : i;
    if (EDGE.contains(w.lowAt(j)) && isOrdinal(w, j + 1) || GLUED_ORDINAL.matcher(w.lowAt(j)).matches()) {
      int k = GLUED_ORDINAL.matcher(w.lowAt(j)).matches() ? j + 1 : j + 2;
      String unit = w.lowAt(k);
      return unit.equals("century") || unit.equals("centuries") || unit.equals("millennium") ? date(i, k + 1) : null;
    }
    String lw = w.lowAt(j);
    String t = w.at(j);
    int end = -1;
    if (t.length() <= 7 && Lexicon.QUARTER.matcher(t).matches()) {
      end = j + 1;
    } else if (lw.equals("fiscal") || lw.equals("financial")) {
      int k = j + 1;
      if (w.lowAt(k).equals("year") || w.lowAt(k).equals("years")) {
        k++;
      }
      int y = year(w, k);
      if (y > k) {
        end = y;
      } else if (Lexicon.digits(Lexicon.SHORT_YEAR, w.at(k))) {
        end = k + 1;
      } else if (k > j + 1 && j > i) {
        end = k; // "the fiscal year"
      }
    } else if (Lexicon.isOrdinalWord(lw) || Lexicon.digits(Lexicon.ORDINAL_DIGITS, t)
        || (j > i && (lw.equals("last") || lw.equals("final")))) {
      int k = j + 1;
      if (Lexicon.DASHES.contains(w.lowAt(k))) {
        k++; // "third - quarter"
      }
      String unit = w.lowAt(k);
      if (isPeriodUnit(unit) && (j > i || k > j + 1 || w.lowAt(k + 1).equals("of") || Lexicon.isYear(w.at(k + 1)))) {
        end = k + 1;
      } else if (j > i && Lexicon.isWeekday(w.at(k)) && w.lowAt(k + 1).equals("of")) {
        end = k + 1; // "the fourth Saturday of August"
      }
    } else if (Lexicon.SEASONS.contains(lw)) {
      if (Lexicon.isYear(w.at(j + 1))) {
        end = j + 2;
      } else if (j > i && w.lowAt(j + 1).equals("of")) {
        end = j + 1; // completed by "of <year>" below, or nothing
        if (!Lexicon.isYear(w.at(j + 2))) {
          return null;
        }
      }
    } else if (j == i && Lexicon.isYear(t) && (w.lowAt(j + 1).equals("fiscal") && w.lowAt(j + 2).equals("year"))) {
      end = j + 3;
    } else if (j > i && Lexicon.isYear(t) && w.lowAt(j + 1).equals("fiscal") && w.lowAt(j + 2).equals("year")) {
      end = j + 3;
    }
    if (end < 0) {
      return null;
    }
    end = ended(w, end);
    // "of 2019", "of this year", "of fiscal 1990", "Q3 2019"
    if (w.lowAt(end).equals("of")) {
      NumericSpan of = ofDate(w, end + 1);
      if (of != null) {
        end = of.end();
      }
    } else if (Lexicon.isYear(w.at(end))) {
      end++;
    }
    return date(i, end);
  }

  private static NumericSpan ofDate(Words w, int k) {
    if (k >= w.size()) {
      return null;
    }
    if (w.lowAt(k).equals("the") && (w.lowAt(k + 1).equals("year") || w.lowAt(k + 1).equals("month")
        || w.lowAt(k + 1).equals("decade") || w.lowAt(k + 1).equals("century"))) {
      return date(k, k + 2);
    }
    NumericSpan d = at(w, k);
    return d != null && d.label().equals(DATE) ? d : null;
  }

  private static boolean isOrdinal(Words w, int k) {
    return Lexicon.isOrdinalWord(w.lowAt(k)) || Lexicon.digits(Lexicon.ORDINAL_DIGITS, w.at(k));
  }

  private static boolean isPeriodUnit(String u) {
    return switch (u) {
      case "quarter", "half", "week", "month", "year", "century", "decade", "day", "weekend",
          "millennium", "quarters", "halves", "weeks", "months", "years", "days", "semester", "season" -> true;
      default -> false;
    };
  }
}
