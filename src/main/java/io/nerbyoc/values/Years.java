package io.nerbyoc.values;

/**
 * Fiscal and school years, named only: "fiscal year 2008" is {@code FY2008}, "last fiscal year"
 * {@code FY2018} (against 2019), "the fiscal year" {@code FYXXXX}, "school year 2008" {@code
 * SY2008}, as Recognizers-Text writes them. A timex and no value: where a fiscal year starts
 * differs by company and country, and the text does not say.
 */
final class Years {
  private Years() {}

  /** True when {@code [from, to)} speaks of a fiscal or school year, read or not. */
  static boolean isFiscalOrSchool(Temporals.Reader r, int from, int to) {
    for (int k = from; k < to; k++) {
      String t = r.w.at(k);
      if (t.equals("fiscal") || t.equals("financial") || t.startsWith("fy") && (t.length() == 2 || Character.isDigit(t.charAt(2)))) {
        return true;
      }
    }
    return false;
  }

  static Stretch fiscalOrSchool(Temporals.Reader r, int from, int to) {
    int i = from;
    int step = 0;
    boolean relative = false;
    String t = r.w.at(i);
    if (Temporals.LAST.contains(t) || Temporals.NEXT.contains(t) || t.equals("this") || t.equals("current")) {
      step = Temporals.LAST.contains(t) ? -1 : Temporals.NEXT.contains(t) ? 1 : 0;
      relative = true;
      i++;
    }
    String kind;
    String first = r.w.at(i);
    if (first.equals("fiscal") || first.equals("financial")) {
      kind = "FY";
    } else if (first.equals("school") || first.equals("academic")) {
      kind = "SY";
    } else if (first.equals("sy") || first.equals("fy")) {
      kind = first.toUpperCase(java.util.Locale.ROOT); // "SY 2008": the year follows directly
    } else {
      java.util.regex.Matcher m = GLUED.matcher(first); // "FY2008", "fy08", "sy18"
      if (m.matches() && i + 1 == to && !relative) {
        return Stretch.timexOnly(m.group(1).toUpperCase(java.util.Locale.ROOT) + year(m.group(2), r));
      }
      return null;
    }
    i++;
    if (r.w.at(i).equals("year")) {
      i++;
    } else if (kind.equals("SY") && !first.equals("sy")) {
      return null; // "school" alone is no year
    }
    if (i == to) {
      return Stretch.timexOnly(kind + (relative ? String.valueOf(r.today.getYear() + step) : "XXXX"));
    }
    if (i + 1 == to && !relative && YEAR.matcher(r.w.at(i)).matches()) {
      return Stretch.timexOnly(kind + year(r.w.at(i), r));
    }
    return null;
  }

  /**
   * "calendar year 2008", "CY 2008", "cy18", "the year of 2008", "this calendar year": the year itself, with its
   * value; the words only say it is not a fiscal one.
   */
  static Stretch calendarYear(Temporals.Reader r, int from, int to) {
    int i = from;
    String t = r.w.at(i);
    String digits;
    boolean relative = Temporals.LAST.contains(t) || Temporals.NEXT.contains(t) || t.equals("this") || t.equals("current");
    if (relative && r.w.at(i + 1).equals("calendar") && r.w.at(i + 2).equals("year") && i + 3 == to) {
      // "this calendar year", "last calendar year": the calendar year named as "this year" is
      int step = Temporals.LAST.contains(t) ? -1 : Temporals.NEXT.contains(t) ? 1 : 0;
      return CalendarPeriods.calendarUnit("year", step, r.ref);
    }
    if (t.equals("calendar") && r.w.at(i + 1).equals("year") && i + 3 == to) {
      digits = r.w.at(i + 2);
    } else if (t.equals("cy") && i + 2 == to) {
      digits = r.w.at(i + 1);
    } else if (t.startsWith("cy") && i + 1 == to) {
      digits = t.substring(2);
    } else if (t.equals("year") && r.w.at(i + 1).equals("of") && i + 3 == to && DateParts.isYear(r.w.at(i + 2))) {
      digits = r.w.at(i + 2); // "the year of 2008"
    } else {
      return null;
    }
    if (!YEAR.matcher(digits).matches()) {
      return null;
    }
    int y = Integer.parseInt(year(digits, r));
    return new DateParts(y, null, null, null).toStretch(r.ref);
  }

  private static String year(String written, Temporals.Reader r) {
    String digits = written.replace("'", "");
    if (digits.length() == 4) {
      return digits;
    }
    int y = Integer.parseInt(digits);
    int century = r.today.getYear() / 100 * 100;
    return String.valueOf(century + y > r.today.getYear() + 10 ? century - 100 + y : century + y);
  }

  private static final java.util.regex.Pattern GLUED = java.util.regex.Pattern.compile("(fy|sy)(\\d{2}|\\d{4})");
  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}|'?\\d{2}");
}
