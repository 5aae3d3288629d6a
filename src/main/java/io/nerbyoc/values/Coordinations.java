package io.nerbyoc.values;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a DATE or TIME entity that holds several expressions of time splits: at "or", then at
 * "and", then at the commas of a list ("Wednesday, Thursday or Friday"), each piece kept only when
 * it reads whole; without "or" or "and", only between an amount of time and when, or a day and a
 * time of day ({@link #side}; "11/20, 12 of Nov" does not split). Never one with "every" or "each" (a set: "every Tuesday and
 * Thursday" is no Thursday near the reference date). "And" before an amount of time adds, it
 * does not join two expressions ("the next day and 5 hours", "twenty and four hours"; "3 weeks later"
 * is no amount added).
 */
final class Coordinations {
  private Coordinations() {}

  /**
   * A piece of the document: UTF-16 offsets, end exclusive. {@code whole} is false for the entity's
   * last words when they read only with the words after the entity ("previous" of "next Monday or
   * previous | Monday"): such a piece has a value only as widened. {@code reading}, when set, is
   * what the piece means read whole: a bare day with the month of the piece after it ("18" of "18 and
   * 19 June" reads "18 June"), or a month and day with the year written after them ("June 18" of
   * "June 18 and 19, 2016").
   */
  record Piece(int start, int end, boolean whole, String reading) {
    Piece(int start, int end) {
      this(start, end, true, null);
    }

    Piece(int start, int end, boolean whole) {
      this(start, end, whole, null);
    }
  }

  private record Tok(String text, int start, int end) {}

  /** A line break is a token: it ends an expression ("23.04.2022 14:55" and "30.04.2022 12:04" on two lines). */
  private static final Pattern TOKEN = Pattern.compile("[^\\s,]+|,|\n");
  private static final String LINE = "\n";
  private static final List<String> JOINS = List.of(LINE, "or", "and", ",");
  private static final Set<String> SETS = Set.of("every", "each");
  /**
   * Longer entities are not split: every piece reads in at most {@link Temporals#MAX_WORDS} words, and
   * splitting tries each cut, so the work per entity stays bounded (an entity of 8,000 "Monday"s took 5 s).
   */
  static final int MAX_TOKENS = 8 * Temporals.MAX_WORDS;
  /** Words that lead the second of two expressions side by side: "1 hour on Tuesday", "May 9 for 2 days". */
  private static final Set<String> LEADS = Set.of("on", "in", "at", "during", "for");

  /** The pieces of {@code text}'s stretch {@code [s, t)} that read whole, in order; empty when it does not split. */
  static List<Piece> pieces(String text, int s, int t, LocalDateTime reference) {
    List<Tok> toks = new ArrayList<>();
    Matcher m = TOKEN.matcher(text).region(s, t);
    boolean joined = false;
    while (m.find()) {
      String w = m.group().toLowerCase(java.util.Locale.ROOT);
      if (SETS.contains(w)) {
        return List.of();
      }
      joined |= w.equals("or") || w.equals("and") || w.equals(LINE);
      toks.add(new Tok(w, m.start(), m.end()));
    }
    if (toks.size() > MAX_TOKENS) {
      return List.of(); // no value rather than work that grows with the square of a runaway entity
    }
    List<Piece> out = new ArrayList<>();
    if (joined) {
      List<Tok> dated = datedYears(toks);
      split(text, dated, 0, reference, out, toks.get(toks.size() - 1).end(), flat(dated));
    } else {
      side(text, toks, reference, out);
    }
    return out;
  }

  /**
   * Two expressions side by side that say different things of one event, each true alone: how long
   * and when, either order ("2 hours next month", "1 hour on Tuesday March 7", "May 9 for 2 days"), or a day or period and a time of
   * day ("week 10 8 p.m."). Both must read; nothing else splits without "or" or "and" ("11/20, 12
   * of Nov" may be a list or a correction).
   */
  private static void side(String text, List<Tok> toks, LocalDateTime reference, List<Piece> out) {
    for (int k = 1; k < toks.size(); k++) {
      List<Tok> a = trim(toks.subList(0, k));
      List<Tok> b = trim(toks.subList(k, toks.size()));
      if (a.isEmpty() || b.isEmpty()) {
        continue;
      }
      io.nerbyoc.core.Value.Temporal va = read(text, a, reference);
      if (va == null) {
        continue;
      }
      // the second without its lead first ("on Tuesday March 7", "for 2 days"), then with it ("in 3 days" is a day)
      List<List<Tok>> seconds = b.size() > 1 && LEADS.contains(b.get(0).text()) ? List.of(b.subList(1, b.size()), b) : List.of(b);
      for (List<Tok> second : seconds) {
        io.nerbyoc.core.Value.Temporal vb = read(text, second, reference);
        if (vb != null && sideBySide(va, a, vb, second)) {
          out.add(new Piece(a.get(0).start(), a.get(a.size() - 1).end()));
          out.add(new Piece(second.get(0).start(), second.get(second.size() - 1).end()));
          return;
        }
      }
    }
  }

  /** How long and when, either order, or a day or period and then a time of day. */
  private static boolean sideBySide(io.nerbyoc.core.Value.Temporal va, List<Tok> a, io.nerbyoc.core.Value.Temporal vb, List<Tok> b) {
    boolean howLongAndWhen = amount(va, a) && !vb.timex().startsWith("P") || amount(vb, b) && !va.timex().startsWith("P");
    boolean dayAndTime = !va.timex().startsWith("P") && va.timex().indexOf('T') < 0
        && (vb.timex().startsWith("T") || vb.timex().startsWith("(T"));
    return howLongAndWhen || dayAndTime;
  }

  /** An amount of time as written, ending with its unit: "2 hours", not "2 hours later" nor "ago". */
  private static boolean amount(io.nerbyoc.core.Value.Temporal v, List<Tok> toks) {
    return v != null && v.timex().startsWith("P") && Durations.UNITS.containsKey(toks.get(toks.size() - 1).text());
  }

  /** Splits {@code toks} at the first of {@link #JOINS} from {@code level} on that it holds; keeps the pieces that read. */
  private static void split(String text, List<Tok> toks, int level, LocalDateTime reference, List<Piece> out, int entityEnd,
      List<List<Tok>> parts) {
    toks = trim(toks);
    if (toks.isEmpty()) {
      return;
    }
    if (read(text, toks, reference) != null) {
      out.add(withLaterYear(text, toks, parts, reference));
      return;
    }
    int end = toks.get(toks.size() - 1).end();
    for (int j = level; j < JOINS.size(); j++) {
      String join = JOINS.get(j);
      if (toks.stream().noneMatch(x -> x.text().equals(join))) {
        continue;
      }
      List<List<Tok>> segments = new ArrayList<>();
      List<Tok> cur = new ArrayList<>();
      for (Tok x : toks) {
        if (x.text().equals(join)) {
          segments.add(cur);
          cur = new ArrayList<>();
        } else {
          cur.add(x);
        }
      }
      segments.add(cur);
      if (join.equals("and")) {
        segments = sums(text, segments, reference);
      }
      for (List<Tok> seg : segments) {
        Piece day = bareDay(text, trim(seg), parts, reference);
        if (day != null) {
          out.add(day);
        } else {
          split(text, seg, j + 1, reference, out, entityEnd, parts);
        }
      }
      return;
    }
    if (end == entityEnd && (toks.stream().noneMatch(x -> x.text().matches(".*\\d.*")) || !out.isEmpty())) {
      // "previous" of "or previous Monday"; a number only after another piece, so that it reaches rightward alone
      // ("10" of "9 oclock or 10 | oclock"), never leftward ("at 18" of "at 18 and 19 June")
      out.add(new Piece(toks.get(0).start(), end, false));
    }
  }

  /** Segments after "and" that are amounts of time joined to the one before: "3 months and 2 weeks" is one sum. */
  private static List<List<Tok>> sums(String text, List<List<Tok>> segments, LocalDateTime reference) {
    List<List<Tok>> out = new ArrayList<>();
    for (List<Tok> seg : segments) {
      List<Tok> t = trim(seg);
      io.nerbyoc.core.Value.Temporal v = t.isEmpty() ? null : read(text, t, reference);
      List<Tok> prev = out.isEmpty() ? List.of() : trim(out.get(out.size() - 1));
      boolean amount = !t.isEmpty() && amount(v, t) // "3 months and 2 weeks", not "and 3 weeks later"
          || !t.isEmpty() && !prev.isEmpty() && spelled(prev.get(prev.size() - 1).text()) && spelled(t.get(0).text()); // "twenty and four"
      if (amount && !out.isEmpty()) {
        List<Tok> last = out.get(out.size() - 1);
        last.add(new Tok("and", seg.get(0).start(), seg.get(0).start()));
        last.addAll(seg);
      } else {
        out.add(new ArrayList<>(seg));
      }
    }
    return out;
  }

  /**
   * The entity's words without a comma between a day and its year ("19, 2016" of "June 18 and 19,
   * 2016"): that comma writes one date, it does not list two. A list of years keeps its commas.
   */
  private static List<Tok> datedYears(List<Tok> toks) {
    List<Tok> out = new ArrayList<>();
    for (int k = 0; k < toks.size(); k++) {
      boolean dating = toks.get(k).text().equals(",") && k > 0 && k + 1 < toks.size()
          && DateParts.day(toks.get(k - 1).text()) != null && DateParts.isYear(toks.get(k + 1).text())
          && (k + 2 == toks.size() || JOINS.contains(toks.get(k + 2).text()));
      if (!dating) {
        out.add(toks.get(k));
      }
    }
    return out;
  }

  /** The entity's pieces between any two of {@link #JOINS}, in order: the neighbours a piece borrows from. */
  private static List<List<Tok>> flat(List<Tok> toks) {
    List<List<Tok>> out = new ArrayList<>();
    List<Tok> cur = new ArrayList<>();
    for (Tok x : toks) {
      if (JOINS.contains(x.text())) {
        out.add(cur);
        cur = new ArrayList<>();
      } else {
        cur.add(x);
      }
    }
    out.add(cur);
    return out;
  }

  /**
   * A bare day ("18", or "19, 2016" with its year) with the month of the next piece after it that is
   * not a bare day, when that names one ("18 and 19 June", "3 or 4 June and 5 July": June, not the
   * last piece's July), as a range's bare day borrows the month of its other end; else with the
   * month of the piece before it written month first ("June 18 and 19"). Null without a month, or
   * when the two disagree ("June 18 and 19 or 5 July" is no guess).
   */
  private static Piece bareDay(String text, List<Tok> seg, List<List<Tok>> parts, LocalDateTime reference) {
    if (!bare(seg) || seg.size() == 1 && read(text, seg, reference) != null) {
      return null;
    }
    int i = indexOf(parts, seg.get(0));
    if (i < 0) {
      return null;
    }
    List<Tok> after = monthAfter(text, parts, i, reference);
    List<Tok> before = monthBefore(parts, i);
    String month = after != null ? monthOf(after) : before != null ? monthOf(before) : null;
    if (month == null || after != null && before != null && !monthOf(after).equals(monthOf(before))) {
      return null;
    }
    String year = seg.size() == 2 ? seg.get(1).text() : yearOf(after != null ? after : before);
    String reading = seg.get(0).text() + " " + month + (year == null ? "" : " " + year);
    return Temporals.resolve(Words.of(reading), reference) == null ? null
        : new Piece(seg.get(0).start(), seg.get(seg.size() - 1).end(), true, reading);
  }

  /** The next piece after the {@code i}-th that is not a bare day, when it reads and names a month. */
  private static List<Tok> monthAfter(String text, List<List<Tok>> parts, int i, LocalDateTime reference) {
    for (int k = i + 1; k < parts.size(); k++) {
      List<Tok> p = trim(parts.get(k));
      if (!bare(p)) {
        return !p.isEmpty() && monthOf(p) != null && read(text, p, reference) != null ? p : null;
      }
    }
    return null;
  }

  /** The piece before the {@code i}-th that is not a bare day, when it is written month first: "June 18". */
  private static List<Tok> monthBefore(List<List<Tok>> parts, int i) {
    for (int k = i - 1; k >= 0; k--) {
      List<Tok> p = trim(parts.get(k));
      if (!bare(p)) {
        return monthFirst(p) ? p : null;
      }
    }
    return null;
  }

  /**
   * {@code toks}, read whole, as a piece; a month and day with no year ("June 18") reads with the year
   * of the pieces after it when they are days of a month too and the last of them writes one ("June
   * 18 and 19, 2016"), as the month is shared the other way.
   */
  private static Piece withLaterYear(String text, List<Tok> toks, List<List<Tok>> parts, LocalDateTime reference) {
    Piece whole = new Piece(toks.get(0).start(), toks.get(toks.size() - 1).end());
    int i = indexOf(parts, toks.get(0));
    boolean monthDay = toks.size() == 2 && monthOf(toks) != null && toks.stream().anyMatch(x -> DateParts.day(x.text()) != null);
    if (!monthDay || i < 0) {
      return whole;
    }
    for (int k = i + 1; k < parts.size(); k++) {
      List<Tok> p = trim(parts.get(k));
      String year = yearOf(p);
      if (p.isEmpty() || !bare(p) && monthOf(p) == null) {
        return whole; // "June 18 or next Monday": no year to share
      }
      if (year != null) {
        String reading = text.substring(whole.start(), whole.end()) + " " + year;
        return Temporals.resolve(Words.of(reading), reference) == null ? whole : new Piece(whole.start(), whole.end(), true, reading);
      }
    }
    return whole;
  }

  /** A day alone, or with its year: "18", "19, 2016" (its comma dropped by {@link #datedYears}). */
  private static boolean bare(List<Tok> p) {
    return (p.size() == 1 || p.size() == 2 && DateParts.isYear(p.get(1).text())) && DateParts.day(p.get(0).text()) != null;
  }

  /** Month first, then its day: "June 18", "June 18, 2016". */
  private static boolean monthFirst(List<Tok> p) {
    return p.size() >= 2 && Calendar.month(p.get(0).text()) != null && DateParts.day(p.get(1).text()) != null;
  }

  private static String monthOf(List<Tok> p) {
    return p.stream().map(Tok::text).filter(w -> Calendar.month(w) != null).findFirst().orElse(null);
  }

  private static String yearOf(List<Tok> p) {
    return p.isEmpty() || !DateParts.isYear(p.get(p.size() - 1).text()) ? null : p.get(p.size() - 1).text();
  }

  private static int indexOf(List<List<Tok>> parts, Tok first) {
    for (int k = 0; k < parts.size(); k++) {
      if (!parts.get(k).isEmpty() && trim(parts.get(k)).indexOf(first) == 0) {
        return k;
      }
    }
    return -1;
  }

  /** A number in words, which "and" continues ("one hundred and ten"); digits do not ("18 and 19 June"). */
  private static boolean spelled(String w) {
    return Character.isLetter(w.charAt(0)) && Numbers.isNumberWord(w);
  }

  /** Without the commas at either end: "Wednesday," of "Wednesday, Thursday". */
  private static List<Tok> trim(List<Tok> toks) {
    int a = 0;
    int b = toks.size();
    while (a < b && toks.get(a).text().equals(",")) {
      a++;
    }
    while (b > a && toks.get(b - 1).text().equals(",")) {
      b--;
    }
    return toks.subList(a, b);
  }

  private static io.nerbyoc.core.Value.Temporal read(String text, List<Tok> toks, LocalDateTime reference) {
    return Temporals.resolve(Words.of(text.substring(toks.get(0).start(), toks.get(toks.size() - 1).end())), reference);
  }
}
