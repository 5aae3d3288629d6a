package io.nerbyoc.numbers;

import static io.nerbyoc.numbers.Spans.DATE;

import io.nerbyoc.core.TaggedSentence;
import io.nerbyoc.core.TokenSpan;
import io.nerbyoc.lists.WordLists;
import java.util.regex.Pattern;

/**
 * Named periods: "the third quarter (of 2019)", "the first half", "the 19th century", "the
 * early 17th century", "fiscal 2023", "FY2023", "Q3 2019", "the summer of 1999", "spring 2004",
 * "the fourth Saturday of August".
 */
final class Periods {
  private Periods() {}

  private static final java.util.Set<String> FISCAL_PERIODS = WordLists.set(Periods.class, "fiscal-periods");

  private static final Pattern GLUED_ORDINAL = Pattern.compile("(mid|early|late)-\\d+(st|nd|rd|th)");

  /**
   * "the third quarter (of 2019)", "the first half", "the 19th century", "fiscal 2023",
   * "FY2023", "Q3 2019", "the summer of 1999", "spring 2004", "the third - quarter".
   */
  static TokenSpan at(TaggedSentence w, int i) {
    int j = w.lower(i).equals("the") ? i + 1 : i;
    boolean glued = gluedOrdinal(w.lower(j));
    if (Lexicon.EDGE.contains(w.lower(j)) && isOrdinal(w, j + 1) || glued) {
      int k = glued ? j + 1 : j + 2;
      String unit = w.lower(k);
      return unit.equals("century") || unit.equals("centuries") || unit.equals("millennium") ? Dates.date(i, k + 1) : null;
    }
    String lw = w.lower(j);
    String t = w.at(j);
    int end = -1;
    if (t.length() >= 2 && t.length() <= 7 && "QHF1234".indexOf(t.charAt(0)) >= 0 && Lexicon.QUARTER.matcher(t).matches()) {
      end = j + 1;
    } else if (j > i && (lw.equals("fiscal") || lw.equals("financial")) && Lexicon.isOrdinalWord(w.lower(j + 1))) {
      // "the fiscal third quarter"
      end = isPeriodUnit(w.lower(j + 2)) ? j + 3 : -1;
    } else if (lw.equals("fiscal") || lw.equals("financial")) {
      int k = j + 1;
      if (w.lower(k).equals("year") || w.lower(k).equals("years")) {
        k++;
      } else if (j > i && FISCAL_PERIODS.contains(w.lower(k)) && RelativeDates.ended(w, k + 1) > k + 1) {
        return Dates.date(i, RelativeDates.ended(w, k + 1)); // "the fiscal quarter ended March 31 , 2008"
      }
      int y = Dates.year(w, k);
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
      if (Lexicon.DASHES.contains(w.lower(k))) {
        k++; // "third - quarter"
      }
      String unit = w.lower(k);
      boolean century = unit.equals("century") || unit.equals("centuries");
      if (isPeriodUnit(unit) && (j > i || century || k > j + 1 || w.lower(k + 1).equals("of") || Lexicon.isYear(w.at(k + 1)))) {
        end = k + 1;
      } else if (j > i && Lexicon.isWeekday(w.at(k)) && w.lower(k + 1).equals("of")) {
        end = k + 1; // "the fourth Saturday of August"
      }
    } else if (Lexicon.SEASONS.contains(lw)) {
      if (Lexicon.isYear(w.at(j + 1))) {
        end = j + 2;
      } else if (j > i && w.lower(j + 1).equals("of")) {
        end = j + 1; // completed by "of <year>" below, or nothing
        if (!Lexicon.isYear(w.at(j + 2))) {
          return null;
        }
      }
    } else if (j == i && Lexicon.isYear(t) && (w.lower(j + 1).equals("fiscal") && w.lower(j + 2).equals("year"))) {
      end = j + 3;
    } else if (j > i && Lexicon.isYear(t) && w.lower(j + 1).equals("fiscal") && w.lower(j + 2).equals("year")) {
      end = j + 3;
    }
    if (end < 0) {
      return null;
    }
    end = RelativeDates.ended(w, end);
    // "of 2019", "of this year", "of fiscal 1990", "Q3 2019"
    if (w.lower(end).equals("of")) {
      TokenSpan of = ofDate(w, end + 1);
      if (of != null) {
        end = of.end();
      }
    } else if (Lexicon.isYear(w.at(end))) {
      end++;
    }
    return Dates.date(i, end);
  }

  private static TokenSpan ofDate(TaggedSentence w, int k) {
    if (k >= w.size()) {
      return null;
    }
    if (w.lower(k).equals("the") && (w.lower(k + 1).equals("year") || w.lower(k + 1).equals("month")
        || w.lower(k + 1).equals("decade") || w.lower(k + 1).equals("century"))) {
      return Dates.date(k, k + 2);
    }
    TokenSpan d = Dates.at(w, k);
    return d != null && d.label().equals(DATE) ? d : null;
  }

  /** "mid-19th": gated on its prefix, since this runs at every candidate token. */
  private static boolean gluedOrdinal(String low) {
    return (low.startsWith("mid-") || low.startsWith("early-") || low.startsWith("late-"))
        && GLUED_ORDINAL.matcher(low).matches();
  }

  private static boolean isOrdinal(TaggedSentence w, int k) {
    return Lexicon.isOrdinalWord(w.lower(k)) || Lexicon.digits(Lexicon.ORDINAL_DIGITS, w.at(k));
  }

  private static boolean isPeriodUnit(String u) {
    return switch (u) {
      case "quarter", "half", "week", "month", "year", "century", "decade", "day", "weekend",
          "millennium", "quarters", "halves", "weeks", "months", "years", "days", "semester", "season",
          "anniversary" -> true; // "the 93rd anniversary" names a date
      default -> false;
    };
  }
}
