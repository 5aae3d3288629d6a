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
   * what the piece means read whole: a bare day with the month of the last piece ("18" of "18 and 19
   * June" reads "18 June").
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

  private static final Pattern TOKEN = Pattern.compile("[^\\s,]+|,");
  private static final List<String> JOINS = List.of("or", "and", ",");
  private static final Set<String> SETS = Set.of("every", "each");
  /** Words that lead the second of two expressions side by side: "1 hour on Tuesday". */
  private static final Set<String> LEADS = Set.of("on", "in", "at", "during");

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
      joined |= w.equals("or") || w.equals("and");
      toks.add(new Tok(w, m.start(), m.end()));
    }
    List<Piece> out = new ArrayList<>();
    if (joined) {
      int lastJoin = 0;
      for (int k = 0; k < toks.size(); k++) {
        lastJoin = JOINS.contains(toks.get(k).text()) ? k + 1 : lastJoin;
      }
      split(text, toks, 0, reference, out, toks.get(toks.size() - 1).end(), toks.subList(lastJoin, toks.size()));
    } else {
      side(text, toks, reference, out);
    }
    return out;
  }

  /**
   * Two expressions side by side that say different things of one event, each true alone: how long
   * and when ("2 hours next month", "1 hour on Tuesday March 7"), or a day or period and a time of
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
      if (b.size() > 1 && LEADS.contains(b.get(0).text()) && read(text, b, reference) == null) {
        b = b.subList(1, b.size()); // "on Tuesday March 7": the resolver reads no "on" before a day
      }
      io.nerbyoc.core.Value.Temporal vb = va == null ? null : read(text, b, reference);
      if (vb == null) {
        continue;
      }
      boolean howLongAndWhen = amount(va, a) && !vb.timex().startsWith("P");
      boolean dayAndTime = !va.timex().startsWith("P") && va.timex().indexOf('T') < 0
          && (vb.timex().startsWith("T") || vb.timex().startsWith("(T"));
      if (howLongAndWhen || dayAndTime) {
        out.add(new Piece(a.get(0).start(), a.get(a.size() - 1).end()));
        out.add(new Piece(b.get(0).start(), b.get(b.size() - 1).end()));
        return;
      }
    }
  }

  /** An amount of time as written, ending with its unit: "2 hours", not "2 hours later" nor "ago". */
  private static boolean amount(io.nerbyoc.core.Value.Temporal v, List<Tok> toks) {
    return v != null && v.timex().startsWith("P") && Durations.UNITS.containsKey(toks.get(toks.size() - 1).text());
  }

  /** Splits {@code toks} at the first of {@link #JOINS} from {@code level} on that it holds; keeps the pieces that read. */
  private static void split(String text, List<Tok> toks, int level, LocalDateTime reference, List<Piece> out, int entityEnd,
      List<Tok> last) {
    toks = trim(toks);
    if (toks.isEmpty()) {
      return;
    }
    if (read(text, toks, reference) != null) {
      out.add(new Piece(toks.get(0).start(), toks.get(toks.size() - 1).end()));
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
        Piece day = dayOfLast(text, trim(seg), last, reference);
        if (day != null) {
          out.add(day);
        } else {
          split(text, seg, j + 1, reference, out, entityEnd, last);
        }
      }
      return;
    }
    if (end == entityEnd && toks.stream().noneMatch(x -> x.text().matches(".*\\d.*"))) {
      out.add(new Piece(toks.get(0).start(), end, false)); // "previous" of "or previous Monday"; never a bare number ("at 18")
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
   * A bare day before the entity's last piece ({@code last}, the words after its last "or", "and"
   * or comma), which names its month: "18" of "18 and 19 June" is June 18, as a range's bare day
   * borrows the month of its other end. Null otherwise.
   */
  private static Piece dayOfLast(String text, List<Tok> seg, List<Tok> last, LocalDateTime reference) {
    if (seg.size() != 1 || last.contains(seg.get(0)) || DateParts.day(seg.get(0).text()) == null || read(text, seg, reference) != null) {
      return null;
    }
    List<Tok> lastWords = trim(last);
    if (lastWords.isEmpty() || read(text, lastWords, reference) == null || lastWords.stream().noneMatch(x -> Calendar.month(x.text()) != null)) {
      return null;
    }
    StringBuilder b = new StringBuilder(seg.get(0).text());
    for (Tok x : lastWords) {
      if (Calendar.month(x.text()) != null || DateParts.isYear(x.text())) {
        b.append(' ').append(x.text()); // the month and the year, not the other day
      }
    }
    String reading = b.toString();
    return Temporals.resolve(Words.of(reading), reference) == null ? null
        : new Piece(seg.get(0).start(), seg.get(0).end(), true, reading);
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
