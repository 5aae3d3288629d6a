package io.nerbyoc.values;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * Amounts of time: "three weeks", "a decade", "10 - year", "two hours", "half an hour", "a year
 * and a half", to TIMEX3 durations ("P3W", "P10Y", "PT2H", "PT0.5H", "P1.5Y").
 */
final class Durations {
  private Durations() {}

  /** A unit: its TIMEX3 letter, how many of it one word means, and whether it is under a day ("T"). */
  record Unit(String letter, int times, boolean clock) {
    LocalDateTime add(LocalDateTime t, long n) {
      long k = n * times;
      return switch (letter) {
        case "Y" -> t.plusYears(k);
        case "M" -> clock ? t.plusMinutes(k) : t.plusMonths(k);
        case "W" -> t.plusWeeks(k);
        case "D" -> t.plusDays(k);
        case "H" -> t.plusHours(k);
        default -> t.plusSeconds(k);
      };
    }
  }

  static final Map<String, Unit> UNITS = Map.ofEntries(
      Map.entry("year", new Unit("Y", 1, false)), Map.entry("years", new Unit("Y", 1, false)),
      Map.entry("yr", new Unit("Y", 1, false)), Map.entry("yrs", new Unit("Y", 1, false)),
      Map.entry("month", new Unit("M", 1, false)), Map.entry("months", new Unit("M", 1, false)),
      Map.entry("week", new Unit("W", 1, false)), Map.entry("weeks", new Unit("W", 1, false)),
      Map.entry("fortnight", new Unit("W", 2, false)), Map.entry("fortnights", new Unit("W", 2, false)),
      Map.entry("day", new Unit("D", 1, false)), Map.entry("days", new Unit("D", 1, false)),
      Map.entry("decade", new Unit("Y", 10, false)), Map.entry("decades", new Unit("Y", 10, false)),
      Map.entry("century", new Unit("Y", 100, false)), Map.entry("centuries", new Unit("Y", 100, false)),
      Map.entry("millennium", new Unit("Y", 1000, false)), Map.entry("millennia", new Unit("Y", 1000, false)),
      Map.entry("quarter", new Unit("M", 3, false)), Map.entry("quarters", new Unit("M", 3, false)),
      Map.entry("hour", new Unit("H", 1, true)), Map.entry("hours", new Unit("H", 1, true)),
      Map.entry("hr", new Unit("H", 1, true)), Map.entry("hrs", new Unit("H", 1, true)),
      Map.entry("minute", new Unit("M", 1, true)), Map.entry("minutes", new Unit("M", 1, true)),
      Map.entry("min", new Unit("M", 1, true)), Map.entry("mins", new Unit("M", 1, true)),
      Map.entry("second", new Unit("S", 1, true)), Map.entry("seconds", new Unit("S", 1, true)),
      Map.entry("sec", new Unit("S", 1, true)), Map.entry("secs", new Unit("S", 1, true)));

  private static final java.util.regex.Pattern GLUED = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)([a-z]+)");

  /** How much of which unit the whole slice {@code [from, to)} says. */
  record Amount(BigDecimal count, Unit unit) {
    String timex() {
      BigDecimal n = count.multiply(BigDecimal.valueOf(unit.times()));
      return (unit.clock() ? "PT" : "P") + n.stripTrailingZeros().toPlainString() + unit.letter(); // "PT0.5H", as theirs
    }

    /** Whole seconds in a clock amount ("half an hour": 1800). */
    long seconds() {
      long per = switch (unit.letter()) {
        case "H" -> 3600;
        case "M" -> 60;
        default -> 1;
      };
      return count.multiply(java.math.BigDecimal.valueOf(per * unit.times())).longValue();
    }

    boolean whole() {
      return count.stripTrailingZeros().scale() <= 0;
    }
  }

  static Amount parse(Words w, int from, int to) {
    if (to - from < 1) {
      return null;
    }
    int i = from;
    BigDecimal count;
    String first = w.at(i);
    if ((first.equals("a") || first.equals("an")) && UNITS.containsKey(w.at(i + 1))) {
      count = BigDecimal.ONE;
      i++;
    } else if (first.equals("half") && (w.at(i + 1).equals("a") || w.at(i + 1).equals("an"))) {
      count = new BigDecimal("0.5");
      i += 2;
    } else if (UNITS.containsKey(first) && to - from == 1) {
      return null; // "week" alone is no amount
    } else if (GLUED.matcher(first).matches() && to - from == 1) {
      java.util.regex.Matcher g = GLUED.matcher(first);
      g.matches();
      Unit unit = UNITS.get(g.group(2));
      return unit == null ? null : new Amount(new BigDecimal(g.group(1)), unit); // "3.5years"
    } else {
      Numbers.Parsed n = Numbers.at(w, i);
      if (n == null) {
        return null;
      }
      count = n.value();
      i = n.end();
      if (w.at(i).equals("-")) {
        i++; // "10 - year"
      }
    }
    Unit unit = UNITS.get(w.at(i));
    if (unit == null) {
      return null;
    }
    i++;
    // "a year and a half"
    if (w.at(i).equals("and") && w.at(i + 1).equals("a") && w.at(i + 2).equals("half")) {
      count = count.add(new BigDecimal("0.5"));
      i += 3;
    }
    return i == to ? new Amount(count, unit) : null;
  }
}
