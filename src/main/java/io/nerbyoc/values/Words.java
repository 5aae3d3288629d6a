package io.nerbyoc.values;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An entity's text as lower-case words for the resolvers: runs of letters ("a.m", "o'clock"),
 * numbers with their separators and a glued suffix ("1,000", "9:30", "11/8/2016", "5m", "21st",
 * "1990s"), dollar prefixes ("nt$"), and every other character alone ("$", "%", "-", ","). The
 * entity's span is already chosen; this only reads it, whatever tokenizer chose it.
 */
final class Words {
  private final List<String> words;

  private Words(List<String> words) {
    this.words = words;
  }

  private static final java.util.Set<String> SENTENCE_END = java.util.Set.of(".", "?", "!");
  private static final java.util.regex.Pattern MONTH_DAY = java.util.regex.Pattern.compile("([a-z]{3,9})(\\d{1,2})");
  private static final java.util.regex.Pattern HALF_YEAR = java.util.regex.Pattern.compile("\\b([12]H)(\\d\\d)\\b");
  private static final java.util.regex.Pattern ISO_T = java.util.regex.Pattern.compile("(\\d{4}-\\d\\d-\\d\\d)t(?=\\d)");
  private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d\\d-\\d\\d");
  private static final java.util.regex.Pattern GLUED_CODE =
      java.util.regex.Pattern.compile("([a-z]{3})(\\d[\\d,.]*)|(\\d[\\d,.]*)([a-z]{3}|元)");

  /** Informal spellings of time words, read as the words they spell: "see you tonite". */
  private static final java.util.Map<String, String> SPELLINGS = java.util.Map.of("tonite", "tonight", "nite", "night");

  /** A decade's number before a detached "'s": "1990", "60". */
  private static final java.util.regex.Pattern DECADE = java.util.regex.Pattern.compile("(\\d{2})?\\d0");

  static Words of(String text) {
    List<String> out = new ArrayList<>();
    // "2017-03-05T10:00": date, then time; "2H17" (a half-year, as finance writes it) keeps its "h" from the hours of "10h30"
    String t = ISO_T.matcher(HALF_YEAR.matcher(text).replaceAll("$1 $2").toLowerCase(Locale.ROOT).replace('\u2019', '\'')).replaceAll("$1 ");
    int n = t.length();
    int i = 0;
    while (i < n) {
      char c = t.charAt(i);
      int j;
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) { // also no-break spaces: "40\u202f000"
        i++;
        continue;
      } else if (isDigit(c) || (c == '.' || c == '\'') && i + 1 < n && isDigit(t.charAt(i + 1))) {
        j = number(t, i);
      } else if (Character.isLetter(c)) {
        j = word(t, i);
        if (j < n && t.charAt(j) == '$') {
          j++; // "nt$", "hk$"
        } else if (j < n && (t.charAt(j) == '\u00b2' || t.charAt(j) == '\u00b3')) {
          j++; // "m²", "km³": a unit's power, glued
        }
      } else if (c == '\'' && i + 1 < n && t.charAt(i + 1) == 's' && (i + 2 == n || !Character.isLetter(t.charAt(i + 2)))) {
        j = i + 2; // "year 's", "year's"
      } else if (c == '°' && i + 1 < n && (t.charAt(i + 1) == 'c' || t.charAt(i + 1) == 'f')
          && (i + 2 == n || !Character.isLetter(t.charAt(i + 2)))) {
        j = i + 2; // "°c"
      } else if (c == '-' && i + 1 < n && t.charAt(i + 1) == '-') {
        j = i + 2; // "1943 -- 1945", "1990 --- 2006": a dash as typewriters write it, one word
        while (j < n && t.charAt(j) == '-') {
          j++;
        }
      } else {
        j = i + 1;
      }
      String w = t.substring(i, j);
      w = w.startsWith("--") ? "-" : w;
      w = w.length() > 1 && w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
      java.util.regex.Matcher code = w.length() >= 2 && Character.isLetter(w.charAt(0)) != Character.isLetter(w.charAt(w.length() - 1))
          ? GLUED_CODE.matcher(w) : null;
      java.util.regex.Matcher monthDay = Character.isLetter(w.charAt(0)) ? MONTH_DAY.matcher(w) : null;
      if (monthDay != null && monthDay.matches() && Calendar.month(monthDay.group(1)) != null) {
        out.add(monthDay.group(1)); // "dec31": a month and its day run together
        out.add(monthDay.group(2));
      } else if (code != null && code.matches() && code.group(4) != null
          && (Currencies.isSign(code.group(4)) || Currencies.isName(code.group(4)))) {
        out.add(code.group(3)); // "115usd": amount and code apart ("usd115.5" stays one word: Amounts reads it, and no number before it is its count)
        out.add(code.group(4));
      } else if (w.equals("$") && !out.isEmpty() && (out.get(out.size() - 1).length() >= 2 || out.get(out.size() - 1).equals("c"))
          && Currencies.isSign(out.get(out.size() - 1) + "$")) {
        out.set(out.size() - 1, out.get(out.size() - 1) + "$"); // "c $ 16.4 million", "hk $ 10": one sign, spaced
      } else if (w.equals("'s") && !out.isEmpty() && DECADE.matcher(out.get(out.size() - 1)).matches()) {
        out.set(out.size() - 1, out.get(out.size() - 1) + "'s"); // "the 1990 's", "the late 60 's": a decade as "1990's", tokenized
      } else if (w.equals("m") && out.size() >= 2 && out.get(out.size() - 1).equals(".")
          && (out.get(out.size() - 2).equals("a") || out.get(out.size() - 2).equals("p"))) {
        out.remove(out.size() - 1); // "3 p . m .": letter by letter with dots
        out.set(out.size() - 1, out.get(out.size() - 1) + ".m");
      } else if (w.equals("m") && !out.isEmpty() && (out.get(out.size() - 1).equals("a") || out.get(out.size() - 1).equals("p"))) {
        out.set(out.size() - 1, out.get(out.size() - 1) + ".m"); // "one thirty p m": a.m. and p.m. spelled out letter by letter
      } else if (w.equals("day") && out.size() >= 2 && out.get(out.size() - 1).equals("-") && out.get(out.size() - 2).equals("mid")) {
        out.remove(out.size() - 1); // "mid-day" is midday, noon, not the middle of a day
        out.set(out.size() - 1, "midday");
      } else if (w.equals("day") && !out.isEmpty() && out.get(out.size() - 1).equals("mid")) {
        out.set(out.size() - 1, "midday"); // "mid day"
      } else {
        out.add(SPELLINGS.getOrDefault(w, w));
      }
      i = j;
    }
    while (!out.isEmpty() && SENTENCE_END.contains(out.get(out.size() - 1))) {
      out.remove(out.size() - 1); // a span that took its sentence's end: "10M.", "two nights?"
    }
    return new Words(out);
  }

  /** A currency code glued before its amount ("usd115.5"): {code, amount}, or null. */
  static String[] gluedCode(String w) {
    java.util.regex.Matcher code = w.length() >= 4 && Character.isLetter(w.charAt(0)) ? GLUED_CODE.matcher(w) : null;
    return code != null && code.matches() && code.group(1) != null && Currencies.isSign(code.group(1))
        ? new String[] {code.group(1), code.group(2)} : null;
  }

  /** Digits with inner separators (",", ".", ":", "/", an ISO date's "-") and glued letters. */
  private static int number(String t, int i) {
    int n = t.length();
    int j = i + 1;
    while (j < n) {
      char c = t.charAt(j);
      if (isDigit(c)) {
        j++;
      } else if ((c == ',' || c == '.' || c == ':' || c == '/') && j + 1 < n && isDigit(t.charAt(j + 1))) {
        j++;
      } else if (c == '-' && j + 1 < n && isDigit(t.charAt(j + 1)) && isoDate(t, i)) {
        j++;
      } else {
        break;
      }
    }
    while (j < n && Character.isLetter(t.charAt(j))) {
      j++; // "5m", "3pm", "21st", "1990s", "10km"
    }
    if (j > i && Character.isLetter(t.charAt(j - 1)) && j < n && (t.charAt(j) == '2' || t.charAt(j) == '3')
        && (j + 1 == n || !Character.isLetterOrDigit(t.charAt(j + 1)))) {
      j++; // "24703m2": a unit's power, glued as "m²" is
    }
    if (t.charAt(j - 1) == 'h' && j + 1 < n && isDigit(t.charAt(j)) && isDigit(t.charAt(j + 1)) && (j + 2 == n || !isDigit(t.charAt(j + 2)))
        && isDigit(t.charAt(j - 2))) {
      j += 2; // "10h30": hours and minutes, as French and German write them
    }
    if (j + 1 < n && t.charAt(j) == '\'' && t.charAt(j + 1) == 's') {
      j += 2; // "1990's"
    }
    return j;
  }

  private static boolean isoDate(String t, int i) {
    return t.length() >= i + 10 && ISO_DATE.matcher(t.substring(i, i + 10)).matches();
  }

  /** Letters with inner dots and apostrophes ("a.m", "u.s", "o'clock"); "'s" stays apart. */
  private static int word(String t, int i) {
    int n = t.length();
    int j = i + 1;
    while (j < n) {
      char c = t.charAt(j);
      if (Character.isLetter(c) || isDigit(c)) {
        j++;
      } else if (c == '.' && (j + 1 == n || !Character.isWhitespace(t.charAt(j + 1)))) {
        j++; // "a.m." keeps its dots; a final dot is dropped by the caller
      } else if (c == '.' && j - i <= 4) {
        j++; // "jan.", "sept."
        break;
      } else if (c == '\'' && j + 1 < n && Character.isLetter(t.charAt(j + 1))
          && !(t.charAt(j + 1) == 's' && (j + 2 == n || !Character.isLetter(t.charAt(j + 2))))) {
        j++; // "o'clock", but "year 's"
      } else {
        break;
      }
    }
    return j;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  int size() {
    return words.size();
  }

  /** The word at {@code i}, or "" outside (resolvers look ahead freely). */
  String at(int i) {
    return i >= 0 && i < words.size() ? words.get(i) : "";
  }

  List<String> list() {
    return words;
  }

  /** Words {@code [from, to)} as a new sequence. */
  Words slice(int from, int to) {
    return new Words(words.subList(Math.max(0, from), Math.min(to, words.size())));
  }

  boolean isEmpty() {
    return words.isEmpty();
  }

  @Override
  public String toString() {
    return String.join(" ", words);
  }
}
