package io.nerbyoc.values;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date the calendar does not have, written plainly ("Feb 30", "feb 30 2019 17:20",
 * "2/29/2019"): its timex as the text writes it, as Recognizers-Text does (`XXXX-02-30`,
 * `2019-02-30T17:20`), and no value, since no day lies there. Read only when nothing else reads
 * the words, and only with a month name or a slashed date with its four-digit year, so that a
 * number pair that is no date ("2/30" of a score) is never taken for one.
 */
final class ImpossibleDates {
  private ImpossibleDates() {}

  private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern DAY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?");
  private static final Pattern YEAR = Pattern.compile("[12]\\d{3}");
  private static final Pattern CLOCK = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");

  /** The timex of {@code w} when it is a whole impossible date, else null. */
  static Stretch read(Words w) {
    int n = w.size();
    if (n == 0) {
      return null;
    }
    Integer year = null;
    int month;
    int day;
    int i;
    Matcher sl = SLASHED.matcher(w.at(0));
    if (sl.matches()) { // US order, as DateParts reads it
      month = Integer.parseInt(sl.group(1));
      day = Integer.parseInt(sl.group(2));
      year = Integer.parseInt(sl.group(3));
      i = 1;
    } else {
      Integer m = Calendar.month(w.at(0));
      Matcher d = n > 1 ? DAY.matcher(w.at(1)) : null;
      if (m == null || d == null || !d.matches()) {
        return null;
      }
      month = m;
      day = Integer.parseInt(d.group(1));
      i = 2;
      if (i < n && w.at(i).equals(",")) {
        i++;
      }
      if (i < n && YEAR.matcher(w.at(i)).matches()) {
        year = Integer.parseInt(w.at(i));
        i++;
      }
    }
    if (month < 1 || month > 12 || day < 1 || day > 31 || exists(year, month, day)) {
      return null;
    }
    String timex = String.format("%s-%02d-%02d", year == null ? "XXXX" : String.format("%04d", year), month, day);
    if (i < n && w.at(i).equals("at")) {
      i++;
    }
    if (i + 1 == n && CLOCK.matcher(w.at(i)).matches()) {
      Matcher c = CLOCK.matcher(w.at(i));
      c.matches();
      return Stretch.timexOnly(String.format("%sT%02d:%s", timex, Integer.parseInt(c.group(1)), c.group(2)));
    }
    return i == n ? Stretch.timexOnly(timex) : null;
  }

  /** Whether the day is in its month; without a year, in a leap year's (February 29 stands). */
  private static boolean exists(Integer year, int month, int day) {
    return day <= YearMonth.of(year == null ? 2000 : year, month).lengthOfMonth();
  }
}
