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
      Map.entry("mo", new Unit("M", 1, false)), Map.entry("mos", new Unit("M", 1, false)), // "6 mos", as forms write it
      Map.entry("week", new Unit("W", 1, false)), Map.entry("weeks", new Unit("W", 1, false)),
      Map.entry("wk", new Unit("W", 1, false)), Map.entry("wks", new Unit("W", 1, false)),
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

  /**
   * Single letters that are units only glued to their number, as schedules write them ("10d", "3w", "3y"); not "m"
   * (months or minutes) nor "h" ("14h" is also a time of day). Apart, "d" is no unit.
   */
  private static final Map<String, Unit> GLUED_LETTERS =
      Map.of("d", new Unit("D", 1, false), "w", new Unit("W", 1, false), "y", new Unit("Y", 1, false)); // "3y" too

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
    if (to - from < 1 || Clock.countOrClock(w, from, to)) {
      return null; // "1630 hours" may be a time of day: no amount
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
    } else if (first.equals("half") && UNITS.containsKey(w.at(i + 1)) && !w.at(i + 1).endsWith("s")) {
      count = new BigDecimal("0.5"); // "half year", "half hour": half of one, as theirs read it
      i += 1;
    } else if (UNITS.containsKey(first) && to - from == 1) {
      return null; // "week" alone is no amount
    } else if (GLUED.matcher(first).matches() && to - from == 1) {
      java.util.regex.Matcher g = GLUED.matcher(first);
      g.matches();
      Unit unit = UNITS.getOrDefault(g.group(2), GLUED_LETTERS.get(g.group(2)));
      return unit == null ? null : new Amount(new BigDecimal(g.group(1)), unit); // "3.5years", "10d"
    } else {
      Numbers.Parsed n = Numbers.at(w, i);
      if (n == null) {
        return null;
      }
      count = n.value();
      i = n.end();
      if (w.at(i).equals("and") && w.at(i + 1).equals("half") && UNITS.containsKey(w.at(i + 2))) {
        count = count.add(new BigDecimal("0.5")); // "one and half hour", as "an hour and half"
        i += 2;
      }
      if (w.at(i).equals("-")) {
        i++; // "10 - year"
      }
    }
    Unit unit = UNITS.get(w.at(i));
    if (unit == null) {
      return null;
    }
    i++;
    // "a year and a half", "one hour and half", "one year and a quarter"
    if (w.at(i).equals("and")) {
      int j = w.at(i + 1).equals("a") ? i + 2 : i + 1;
      BigDecimal part = w.at(j).equals("half") ? new BigDecimal("0.5") : w.at(j).equals("quarter") ? new BigDecimal("0.25") : null;
      if (part != null) {
        count = count.add(part);
        i = j + 1;
      }
    }
    return i == to ? new Amount(count, unit) : null;
  }

  /**
   * Several amounts in a row, largest first as written: "3 hours 30 minutes", "2 weeks and 2
   * days", "2 years 1 month 21 days", or one ("three weeks"); null unless the whole slice is amounts.
   */
  static Compound compound(Words w, int from, int to) {
    java.util.List<Amount> parts = new java.util.ArrayList<>();
    int i = from;
    while (i < to && parts.size() < 6) {
      int end = -1;
      Amount a = null;
      for (int k = i + 1; k <= to && k - i <= 5; k++) {
        a = parse(w, i, k);
        if (a != null) {
          end = k;
          break;
        }
      }
      if (a == null) {
        return null;
      }
      if (!parts.isEmpty() && rank(a.unit()) <= rank(parts.get(parts.size() - 1).unit())) {
        return null; // largest first, each unit once: "24 hour , seven day a week" is a list, not a sum
      }
      parts.add(a);
      i = end;
      if (i < to && w.at(i).equals("and")) {
        i++;
      }
    }
    return i == to && !parts.isEmpty() ? new Compound(java.util.List.copyOf(parts)) : null;
  }

  /** Units from the largest: centuries, decades and years before months, weeks, days, hours, minutes, seconds. */
  private static int rank(Unit u) {
    return switch (u.letter()) {
      case "Y" -> 0;
      case "M" -> u.clock() ? 6 : 1;
      case "W" -> 2;
      case "D" -> 3;
      case "H" -> 5;
      default -> 7;
    } * 10 - Math.min(9, u.times() / 100 + u.times() / 10); // a century before a decade before a year
  }

  /** Amounts of several units, one duration: "P3M2W2D", "PT3H30M". */
  record Compound(java.util.List<Amount> parts) {
    String timex() {
      StringBuilder date = new StringBuilder("P");
      StringBuilder clock = new StringBuilder();
      for (String letter : new String[] {"Y", "M", "W", "D"}) {
        sum(letter, false).ifPresent(n -> date.append(n).append(letter));
      }
      for (String letter : new String[] {"H", "M", "S"}) {
        sum(letter, true).ifPresent(n -> clock.append(n).append(letter));
      }
      return clock.length() == 0 ? date.toString() : date + "T" + clock;
    }

    private java.util.Optional<String> sum(String letter, boolean clock) {
      BigDecimal n = null;
      for (Amount a : parts) {
        if (a.unit().letter().equals(letter) && a.unit().clock() == clock) {
          BigDecimal c = a.count().multiply(BigDecimal.valueOf(a.unit().times()));
          n = n == null ? c : n.add(c);
        }
      }
      return java.util.Optional.ofNullable(n).map(x -> x.stripTrailingZeros().toPlainString());
    }

    boolean whole() {
      return parts.stream().allMatch(Amount::whole);
    }

    boolean clock() {
      return parts.stream().anyMatch(a -> a.unit().clock());
    }

    /**
     * {@code t} moved by every part, {@code sign} 1 ahead or -1 back; null for a fraction of a
     * day or more ("a year and a half from now": which day is not said).
     */
    LocalDateTime add(LocalDateTime t, int sign) {
      LocalDateTime out = t;
      for (Amount a : parts) {
        if (a.whole()) {
          out = a.unit().add(out, sign * a.count().longValue());
        } else if (a.unit().clock()) {
          out = out.plusSeconds(sign * a.seconds()); // "half an hour"
        } else {
          return null;
        }
      }
      return out;
    }

    /** One amount as a compound of one part, so callers need not tell them apart. */
    static Compound of(Amount a) {
      return new Compound(java.util.List.of(a));
    }
  }
}
