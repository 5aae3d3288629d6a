package io.nerbyoc.values;

import io.nerbyoc.core.CodePoints;
import io.nerbyoc.core.Entity;
import io.nerbyoc.core.Value;
import io.nerbyoc.lists.WordLists;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole expression of time a DATE or TIME entity belongs to. spaCy's conventions cut one
 * expression into several entities or leave its words out ("tomorrow" + "8am", "in" + "two
 * weeks", "three weeks" + "from" + "tomorrow"); what a user wants to know of "tomorrow" in
 * "tomorrow 8am" is the moment the sentence names. So a DATE or TIME entity takes the value of
 * the longest stretch of the document around it that the resolver reads whole, reaching at most
 * {@link #REACH} words each side over words an expression of time can have (names, numbers,
 * units, {@code lists/expression-words.txt}) and never cutting another entity. The spans are
 * not touched: only the value says more.
 */
final class Expressions {
  private Expressions() {}

  /** Words each side an expression may reach beyond its entity. */
  static final int REACH = 5;

  private static final Set<String> LINKS = WordLists.set(Expressions.class, "expression-words");

  /** A document word: its lower-case text and UTF-16 offsets. */
  private record Token(String text, int start, int end) {}

  /**
   * {@code entities} (code point offsets into {@code text}) with each DATE and TIME entity's value
   * replaced by that of the longest expression around it that resolves, where one does.
   */
  static List<Entity> widen(String text, List<Entity> entities, LocalDateTime reference) {
    List<Entity> out = null;
    Offsets at = null;
    Map<Long, Value> tried = new HashMap<>();
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      boolean temporal = e.label().equals("DATE") || e.label().equals("TIME");
      if (!temporal && !AMOUNTS.contains(e.label())) {
        continue;
      }
      at = at == null ? new Offsets(text) : at;
      int s = at.utf16(e.start());
      int t = at.utf16(e.end());
      if (s < 0 || t > text.length() || s >= t) {
        continue;
      }
      Value v;
      if (temporal) {
        v = around(text, s, t, entities, at, Expressions::temporal, true, false,
            x -> Temporals.resolve(Words.of(x), reference), tried);
        if (v == null && e.value() == null) {
          v = trimmed(text.substring(s, t), reference, boundsHours(text, t, reference));
        }
        if (v == null && e.value() == null) {
          v = parts(text, s, t, entities, e, at, reference, tried);
        }
      } else {
        String label = e.label();
        boolean measured = label.equals("MONEY") || label.equals("QUANTITY");
        v = around(text, s, t, entities, at, Expressions::numeric, false, measured,
            x -> CODE_LIKE.matcher(x).find() ? null : notGlued(x, rising(ValueResolver.resolve(label, x, reference))), new HashMap<>());
      }
      if (v != null) {
        out = out == null ? new ArrayList<>(entities) : out;
        out.set(i, e.withValue(v));
      }
    }
    return out == null ? entities : out;
  }

  /** Words that cannot end an expression of time: "next Monday or", "last month and", "8:30 instead of". */
  private static final Set<String> DANGLING = WordLists.set(Expressions.class, "dangling-words");
  /** Words that start an expression of their own, so that words before them can be dropped: "meeting next week". */
  private static final Set<String> STARTS = WordLists.set(Expressions.class, "expression-starts");

  /**
   * The value of an entity that holds an expression of time and words around it that are not part
   * of one ("meeting next week Mon 9 am", "next five days or"): leading words no expression has and
   * trailing links dropped, the rest read whole; null when nothing is dropped or the rest does not
   * read (so "next Monday or Tuesday", two expressions, keeps no value).
   */
  private static Value trimmed(String entity, LocalDateTime reference, boolean hoursNext) {
    Words w = Words.of(entity);
    int from = 0;
    int to = w.size();
    while (from < to && !temporal(w.at(from))) {
      from++;
    }
    if (from == to || from > 0 && !STARTS.contains(w.at(from)) && !Character.isDigit(w.at(from).charAt(0))) {
      return null; // "black friday 2010": a dropped word may be part of a name
    }
    while (to > from && (DANGLING.contains(w.at(to - 1)) || !temporal(w.at(to - 1))
        || hoursNext && to == w.size() && HOUR_BOUNDS.contains(w.at(to - 1)))) {
      to--;
    }
    if (from == 0 && to == w.size() || from >= to) {
      return null;
    }
    return Temporals.resolve(w.slice(from, to), reference);
  }

  /**
   * The expressions of an entity that holds several ("Tuesday or Wednesday", {@link Coordinations}),
   * each read as an entity of its own would be: widened over the words outside the entity on its
   * open side (the first piece leftward, the last rightward: "Wednesday from 10-4"), never into
   * another piece. Null when no piece reads.
   */
  private static Value parts(String text, int s, int t, List<Entity> entities, Entity whole, Offsets at,
      LocalDateTime reference, Map<Long, Value> tried) {
    List<Coordinations.Piece> pieces = Coordinations.pieces(text, s, t, reference);
    if (pieces.isEmpty()) {
      return null;
    }
    List<Entity> others = entities.stream().filter(x -> x != whole).toList();
    List<Value.Part> out = new ArrayList<>();
    for (int k = 0; k < pieces.size(); k++) {
      Coordinations.Piece p = pieces.get(k);
      if (p.reading() != null) { // "18" of "18 and 19 June": read with the month it borrows
        Value v = Temporals.resolve(Words.of(p.reading()), reference);
        if (v != null) {
          out.add(new Value.Part(at.codePoint(p.start()), at.codePoint(p.end()), text.substring(p.start(), p.end()), v));
        }
        continue;
      }
      Value v = around(text, p.start(), p.end(), others, at, Expressions::temporal, true, false,
          x -> Temporals.resolve(Words.of(x), reference), tried, k == 0, k == pieces.size() - 1);
      v = v != null || !p.whole() ? v : Temporals.resolve(Words.of(text.substring(p.start(), p.end())), reference);
      if (v != null) {
        out.add(new Value.Part(at.codePoint(p.start()), at.codePoint(p.end()), text.substring(p.start(), p.end()), v));
      }
    }
    if (out.isEmpty()) {
      return null;
    }
    Coordinations.Piece only = pieces.get(0);
    boolean one = pieces.size() == 1 && out.size() == 1 && LINKS_ONLY.matcher(text.substring(s, only.start())).matches()
        && LINKS_ONLY.matcher(text.substring(only.end(), t)).matches();
    return one ? out.get(0).value() : new Value.Parts(out); // "or Tuesday": one expression, no list of one
  }

  /** What an entity holds besides its one expression when that is all it holds: "or" of "or Tuesday". */
  private static final java.util.regex.Pattern LINKS_ONLY =
      java.util.regex.Pattern.compile("(?i)[\\s,]*(?:(?:or|and)[\\s,]+)*(?:or|and)?[\\s,]*");

  /** Words that bound the hours after them: "next month after | 3pm" (a bound on the time of day, no shift of the month). */
  private static final Set<String> HOUR_BOUNDS = Set.of("after", "before");

  /**
   * True when a time of day follows {@code t} ("3pm", "5 pm"): then a trailing "after" or "before" of
   * the entity bounds those hours, where before anything else it shifts ("the year before 2015").
   */
  private static boolean boundsHours(String text, int t, LocalDateTime reference) {
    Token a = after(text, t);
    if (a == null) {
      return false;
    }
    Token b = after(text, a.end());
    for (String x : b == null ? List.of(a.text()) : List.of(a.text(), a.text() + " " + b.text())) {
      Value.Temporal v = Temporals.resolve(Words.of(x), reference);
      if (v != null && v.timex().startsWith("T") && x.matches(".*\\d.*")) {
        return true;
      }
    }
    return false;
  }

  /** Digits joined by two separators: a phone number or a code ("222-2222/2222", "10-1-2018"), no amount. */
  private static final java.util.regex.Pattern CODE_LIKE = java.util.regex.Pattern.compile("\\d[-/.]\\d+[-/]\\d");
  /** A range read across words left out of the span must rise: "three-nought-four" is a score, not 3 to 0. */
  private static Value rising(Value v) {
    return v instanceof Value.Amount a && a.start() != null && a.end() != null && a.end().compareTo(a.start()) < 0 ? null : v;
  }

  /** A range read across a hyphen between words is a score or a name ("three-nought-four"), not a range. */
  private static Value notGlued(String x, Value v) {
    return v instanceof Value.Amount a && !a.single() && GLUED_WORDS.matcher(x).find() ? null : v;
  }

  private static final java.util.regex.Pattern GLUED_WORDS = java.util.regex.Pattern.compile("\\p{L}-\\p{L}");
  /** Words that divide a number by the next ("1 over 3", "1 in 5"), so never an amount's first. */
  private static final Set<String> DIVISOR_WORDS = Set.of("over", "in");
  /** Labels whose entities take the value of the whole amount they belong to. */
  private static final Set<String> AMOUNTS = Set.of("NUMBER", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY");

  private static Value around(String text, int s, int t, List<Entity> entities, Offsets at,
      java.util.function.Predicate<String> vocabulary, boolean guardNumbers, boolean guardCount,
      java.util.function.Function<String, Value> resolver, Map<Long, Value> tried) {
    return around(text, s, t, entities, at, vocabulary, guardNumbers, guardCount, resolver, tried, true, true);
  }

  /** As above, reaching only leftward when {@code leftOpen}, only rightward when {@code rightOpen}. */
  private static Value around(String text, int s, int t, List<Entity> entities, Offsets at,
      java.util.function.Predicate<String> vocabulary, boolean guardNumbers, boolean guardCount,
      java.util.function.Function<String, Value> resolver, Map<Long, Value> tried, boolean leftOpen, boolean rightOpen) {
    List<Token> left = leftOpen ? reach(text, s, -1, vocabulary) : List.of();
    List<Token> right = rightOpen ? reach(text, t, 1, vocabulary) : List.of();
    if (left.isEmpty() && right.isEmpty()) {
      return null;
    }
    Words ownWords = Words.of(text.substring(s, t));
    int own = ownWords.size();
    // widest first: the expression that says the most
    for (int width = left.size() + right.size(); width > 0; width--) {
      for (int l = Math.min(width, left.size()); l >= 0; l--) {
        int r = width - l;
        if (r > right.size()) {
          continue;
        }
        int from = l == 0 ? s : left.get(l - 1).start();
        int to = r == 0 ? t : right.get(r - 1).end();
        if (cuts(from, to, entities, at) || own + width > Temporals.MAX_WORDS
            || guardNumbers && countsSomething(left, l, right, r, ownWords, after(text, to) == null)
            || guardNumbers && (l > 0 && glued(text, from) || r > 0 && glued(text, to)) // never half a written date
            || guardNumbers && l > 0 && afterMonthOrItsDay(text, from, left.get(l - 1).text())
            || !guardNumbers && gluedHyphenFirst(text, from)
            || !guardNumbers && l > 0 && DIVISOR_WORDS.contains(left.get(l - 1).text()) // "1 over 3", not "fell over 3 times"
            || guardCount && r > 0 && countsNext(text, right.get(r - 1))
            || !guardNumbers && r > 0 && scaleNext(text, right.get(r - 1))) {
          continue;
        }
        long key = (long) from << 32 | to;
        Value v = tried.computeIfAbsent(key, k -> {
          Value x = resolver.apply(text.substring(from, to));
          return x == null ? NONE : x;
        });
        if (v != NONE) {
          return v;
        }
      }
    }
    return null;
  }

  /**
   * True when a number that ends a stretch goes with the word after it: "50" in "15 dollars and 50
   * people" or "50 dollar 40 rmb" is no 50 cents, though it is in "15 dollars and 50."
   */
  private static boolean countsNext(String text, Token last) {
    String t = last.text();
    if (!Character.isDigit(t.charAt(t.length() - 1)) && !Numbers.isNumberWord(t)) {
      return false;
    }
    Token next = after(text, last.end());
    return next != null && !next.text().equals(",") && !NOT_COUNTED.contains(next.text());
  }

  /** True when a scale follows the stretch, so its last number is cut from it: "five" of "two out of five hundreds". */
  private static boolean scaleNext(String text, Token last) {
    Token next = after(text, last.end());
    String t = next == null ? "" : next.text();
    return Numbers.SCALES.containsKey(t) || t.endsWith("s") && Numbers.SCALES.containsKey(t.substring(0, t.length() - 1));
  }

  /** Words after a number that count nothing: "one dollar and one and ...", "15 USD 50 more". */
  private static final Set<String> NOT_COUNTED = Set.of("and", "or", "more", "less");

  /** A hyphen glued to the word before it is no minus sign: "63-7", "top-10". */
  private static boolean gluedHyphenFirst(String text, int from) {
    return text.charAt(from) == '-' && from > 0 && Character.isLetterOrDigit(text.charAt(from - 1));
  }

  /** Words before a bare number that make it an hour or a day: "at 5", "from 3", "the 4". */
  private static final Set<String> NUMBER_CUES = WordLists.set(Expressions.class, "number-cues");
  /** Words after a bare number that make it an hour or the start of a range: "5 pm", "3 - 5", "5 to 7". */
  private static final Set<String> NUMBER_FOLLOWERS = WordLists.set(Expressions.class, "number-followers");

  /**
   * True when the stretch takes in a bare number that counts something rather than naming an hour
   * or a day: "Monday 5 people" is not the 5th, though "Monday at 5", "Monday 12-4", "June 5" and
   * "Sunday 31" at a sentence's end are.
   */
  private static boolean countsSomething(List<Token> left, int l, List<Token> right, int r, Words own, boolean sentenceEnd) {
    List<String> seq = new ArrayList<>(l + r + 2);
    for (int k = l - 1; k >= 0; k--) {
      seq.add(left.get(k).text());
    }
    int entityAt = seq.size();
    seq.add(own.at(0));
    if (own.size() > 1) {
      seq.add(own.at(own.size() - 1));
    }
    int after = seq.size();
    for (int k = 0; k < r; k++) {
      seq.add(right.get(k).text());
    }
    for (int k = 0; k < seq.size(); k++) {
      if (k >= entityAt && k < after || !BARE.matcher(seq.get(k)).matches()) {
        continue;
      }
      String prev = k > 0 ? seq.get(k - 1) : "";
      String next = k + 1 < seq.size() ? seq.get(k + 1) : "";
      if (k == seq.size() - 1 && k >= after && sentenceEnd) {
        continue; // "on Sunday 31!": a number that ends the sentence counts nothing
      }
      if (k == entityAt - 1 && Durations.UNITS.containsKey(own.at(own.size() - 1))) {
        continue; // "5 upcoming years", "13 last minutes": the number counts the entity's unit
      }
      if (k + 2 < seq.size() && next.equals("at")) {
        continue; // "friday 23 at 4": a day before its time, the stretch reading the time too
      }
      String beyond = r < right.size() ? right.get(r).text() : sentenceEnd ? "" : null;
      if (isoSpaced(seq, k, beyond)) {
        continue; // "2016 10 16": the month and day of a year written in ISO order, two digits each
      }
      if (k >= after && k >= 2 && Calendar.month(prev) != null && DateParts.day(seq.get(k - 2)) != null && seq.get(k).length() == 2) {
        if (k == seq.size() - 1 && (",".equals(beyond) || "".equals(beyond))) {
          continue; // "7 Nov | 16.": two digits after a day and its month are its year when the date ends there
        }
        return true; // "12 March | 15 soldiers": a count
      }
      if (!NUMBER_CUES.contains(prev) && !NUMBER_FOLLOWERS.contains(next) && Calendar.month(prev) == null
          && Calendar.month(next) == null) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code seq[k]} is the month or day of "yyyy mm dd", spaced, two digits each, and the
   * date ends there: at a comma or the sentence's end ({@code beyond}, the word after the stretch:
   * "," or "" for the end), so that "2016 10 16 year olds" counts.
   */
  private static boolean isoSpaced(List<String> seq, int k, String beyond) {
    for (int y = Math.max(0, k - 2); y <= k; y++) {
      if (y + 2 < seq.size() && seq.get(y).matches("\\d{4}") && seq.get(y + 1).matches("\\d{2}") && seq.get(y + 2).matches("\\d{2}")) {
        String then = y + 3 < seq.size() ? seq.get(y + 3) : beyond;
        return ",".equals(then) || "".equals(then);
      }
    }
    return false;
  }

  /** Quarters, halves and fiscal years written short: "q1", "h2", "fy2008". */
  private static final java.util.regex.Pattern NAMED_PERIOD = java.util.regex.Pattern.compile("q[1-4]|h[12]|fy\\d*");
  private static final java.util.regex.Pattern MONTH_DAY = java.util.regex.Pattern.compile("[a-z]{3,9}\\d{1,2}");
  private static final java.util.regex.Pattern BARE = java.util.regex.Pattern.compile("\\d{1,2}");

  /** What {@link #around} remembers for a stretch that does not resolve. */
  private static final Value NONE = Value.Amount.of(java.math.BigDecimal.ZERO, null);

  /** True when the stretch {@code [from, to)} starts or ends inside an entity. */
  private static boolean cuts(int from, int to, List<Entity> entities, Offsets at) {
    for (Entity e : entities) {
      int s = at.utf16(e.start());
      int t = at.utf16(e.end());
      if (s < to && from < t && (s < from || t > to)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Up to {@link #REACH} words from {@code edge} outward ({@code dir} -1 leftward, 1 rightward),
   * nearest first, stopping at a word no expression of time has or at the end of a sentence.
   */
  private static List<Token> reach(String text, int edge, int dir, java.util.function.Predicate<String> vocabulary) {
    List<Token> out = new ArrayList<>(REACH);
    int i = edge;
    while (out.size() < REACH || out.size() < REACH + GLUED_EXTRA && glued(text, i)) {
      Token tk = dir < 0 ? before(text, i) : after(text, i);
      if (tk == null || !vocabulary.test(tk.text())) {
        break;
      }
      out.add(tk);
      i = dir < 0 ? tk.start() : tk.end();
    }
    return out;
  }

  /**
   * Words the reach may take past {@link #REACH} to finish a word written without spaces, so that a
   * date written with dashes counts as the one word it is ("02-02-2020 - 03-03-2020").
   */
  private static final int GLUED_EXTRA = 4;

  /**
   * True when a stretch starting at {@code from} (with the word {@code first}) would leave out the start of a date:
   * the word before is a month name, or a month and the word before its year ("26 June in | 2019 to ..."), or a day
   * before the month the stretch starts with
   * ("26 | June to 28 June in 2020"). Read, the rest would be another date.
   */
  private static boolean afterMonthOrItsDay(String text, int from, String first) {
    Token prev = before(text, from);
    Token month = prev != null && YEAR_LINKS.contains(prev.text()) ? before(text, prev.start()) : prev; // "June in | 2019"
    return prev != null && (month != null && Calendar.month(month.text()) != null && !VERB_MONTHS.contains(month.text())
        || Calendar.month(first) != null && DateParts.day(prev.text()) != null);
  }

  /** Words between a month and its year: "June in 2019", "June of 2020", "June, 2019". */
  private static final Set<String> YEAR_LINKS = Set.of("in", "of", ",");

  /** Month names that are also verbs, lower-cased here: "we may next week" leaves no date out. */
  private static final Set<String> VERB_MONTHS = Set.of("may", "march");

  /** True when {@code i} lies inside a word written without spaces: "03-|03-2020", not "June| 5". */
  static boolean glued(String text, int i) {
    return i > 0 && i < text.length() && joined(text.charAt(i - 1)) && joined(text.charAt(i));
  }

  private static boolean joined(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '/' || c == '\u2013';
  }

  private static final String STOPS = ".;:!?\"[]{}";

  /** The word ending at or before {@code i} (spaces skipped), or null at a line or sentence end. */
  private static Token before(String text, int i) {
    int j = i;
    while (j > 0 && space(text.charAt(j - 1))) {
      j--;
    }
    if (j == 0 || Character.isWhitespace(text.charAt(j - 1)) || STOPS.indexOf(text.charAt(j - 1)) >= 0) {
      return null;
    }
    if (single(text.charAt(j - 1))) {
      return new Token(String.valueOf(text.charAt(j - 1)), j - 1, j);
    }
    int k = j;
    while (k > 0 && (wordChar(text.charAt(k - 1))
        || text.charAt(k - 1) == '.' && k > 1 && k < j && (Character.isLetter(text.charAt(k - 2)) && Character.isLetter(text.charAt(k))
            || Character.isDigit(text.charAt(k - 2)) && Character.isDigit(text.charAt(k))))) {
      k--; // "u.s", "a.m", "1.1"
    }
    return k == j ? null : new Token(lower(text, k, j), k, j);
  }

  /** The word starting at or after {@code i} (spaces skipped), or null at a line or sentence end. */
  private static Token after(String text, int i) {
    int j = i;
    while (j < text.length() && space(text.charAt(j))) {
      j++;
    }
    if (j == text.length() || Character.isWhitespace(text.charAt(j)) || STOPS.indexOf(text.charAt(j)) >= 0) {
      return null;
    }
    if (single(text.charAt(j))) {
      return new Token(String.valueOf(text.charAt(j)), j, j + 1);
    }
    int k = j;
    while (k < text.length() && (wordChar(text.charAt(k))
        || text.charAt(k) == '.' && k + 1 < text.length() && Character.isLetterOrDigit(text.charAt(k + 1)))) {
      k++; // "a.m", "9.30"
    }
    if (k < text.length() && text.charAt(k) == '.' && k - j <= 3 && k > j && Character.isLetter(text.charAt(k - 1))
        && text.substring(j, k).contains(".")) {
      k++; // "p.m."
    }
    return k == j ? null : new Token(lower(text, j, k), j, k);
  }

  /** A space within a line, also the no-break ones that separate thousands ("40\u202f000"). */
  private static boolean space(char c) {
    return c == ' ' || c == '\u00a0' || c == '\u202f';
  }

  private static boolean single(char c) {
    return c == '(' || c == ')' || c == ',' || c == '-' || c == '~' || c == '\u2013' || c == '\u2014' || c == '^';
  }

  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019' || c == ':' || c == '/' || c == '$';
  }

  private static String lower(String text, int from, int to) {
    return text.substring(from, to).toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
  }

  /** A word an expression of time can have: a number, a name, a unit, a link. */
  static boolean temporal(String w) {
    String t = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    if (t.isEmpty()) {
      return false;
    }
    if (Character.isDigit(t.charAt(0)) || NAMED_PERIOD.matcher(t).matches()) {
      return true;
    }
    if (MONTH_DAY.matcher(t).matches() && Calendar.month(t.replaceAll("\\d", "")) != null) {
      return true; // "dec31"
    }
    if (t.length() > 1 && t.indexOf('/') >= 0) { // "/sep/23" after "2020": parts of a written date
      return java.util.Arrays.stream(t.split("/")).allMatch(p -> p.isEmpty() || temporal(p));
    }
    return LINKS.contains(t) || Calendar.isName(t) || Calendar.HOLIDAY_WORDS.contains(t) || Durations.UNITS.containsKey(t)
        || Numbers.isNumberWord(t) || Numbers.ORDINALS.containsKey(t) || Clock.isZone(t);
  }

  /** Words an amount can have: "one hundred and sixteen", "c $ 16.4 million", "5 ft 2 in", "3 dollars 50 cents". */
  static boolean numeric(String w) {
    String t = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    if (t.isEmpty()) {
      return false;
    }
    if (t.length() > 1 && t.charAt(0) == '/' && Amounts.isPerTime(t.substring(1)) || Amounts.isPerTime(t)) {
      return true; // "/hr" of "10km/hr", "millisecond" of "50 meters per millisecond"
    }
    if (t.indexOf('/') >= 0 && !FRACTION.matcher(t).matches()) {
      return false; // "2222/" of "222-2222/2222": a code
    }
    if (Character.isDigit(t.charAt(0)) || NUMBER_LINKS.contains(t) || Numbers.isNumberWord(t) || Numbers.SCALES.containsKey(t)
        || Numbers.ORDINALS.containsKey(t) || Numbers.isFractionWord(t) || Numbers.isPluralOrdinal(t)) {
      return true;
    }
    return Currencies.isSign(t) || Currencies.isSign(t + "$") || Currencies.isName(t) || Currencies.COUNTRY_WORDS.contains(t)
        || Units.isUnitWord(t);
  }

  private static final java.util.regex.Pattern FRACTION = java.util.regex.Pattern.compile("\\d+/\\d+");
  private static final Set<String> NUMBER_LINKS = WordLists.set(Expressions.class, "amount-words");

  /** Code point offsets to UTF-16 ones and back, in constant time (the text's map built once). */
  private static final class Offsets {
    private final CodePoints map;

    Offsets(String text) {
      this.map = CodePoints.of(text);
    }

    int codePoint(int utf16) {
      return map.toCodePoint(utf16);
    }

    int utf16(int codePoint) {
      return map.toUtf16(codePoint);
    }
  }
}
