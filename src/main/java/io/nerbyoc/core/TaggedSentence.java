package io.nerbyoc.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One sentence's tokens and the spans on them: the sentence the engine's taggers and rules, the
 * name typer ({@code names}) and the numeric grammar ({@code numbers}) all work on. Each token has
 * its lower-case form (computed once), and a label, score, source and entity id; tokens of one
 * span share an id, and a token is in at most one span.
 *
 * <p>Two ways to write spans: {@link #set(int, int, String, double, String)} overwrites just the
 * tokens given (what the engine's taggers and rules do), {@link #replace} first removes every span
 * it overlaps (what the name typer does). Likewise {@link #clear} frees just the tokens given and
 * {@link #clearOverlapping} whole spans.
 */
public final class TaggedSentence {
  public static final String OUTSIDE = "O";

  public final String[] words;
  private final String[] lower;
  public final String[] labels;
  public final double[] scores;
  public final String[] sources;
  private final int[] ids; // tokens of one span share an id; 0 = outside
  private int nextId = 1;
  /** Whether this sentence's capitals mean anything; rules and document consistency ask. */
  public Casing casing = Casing.NORMAL;
  /** Per word, whether it touches the word before with no space ("Bois", "-", "Reymond"); null when not known. */
  public boolean[] attached;

  public TaggedSentence(String[] words) {
    this.words = words;
    int n = words.length;
    lower = new String[n];
    for (int i = 0; i < n; i++) {
      lower[i] = words[i].toLowerCase(Locale.ROOT);
    }
    labels = new String[n];
    scores = new double[n];
    sources = new String[n];
    ids = new int[n];
    Arrays.fill(labels, OUTSIDE);
  }

  public TaggedSentence(List<String> words) {
    this(words.toArray(new String[0]));
  }

  public int size() {
    return words.length;
  }

  /** The token at {@code i}. */
  public String word(int i) {
    return words[i];
  }

  /** The token at {@code i}, or "" outside the sentence (rules look ahead freely). */
  public String at(int i) {
    return i >= 0 && i < words.length ? words[i] : "";
  }

  /** The lower-case token at {@code i}, or "" outside the sentence. */
  public String lower(int i) {
    return i >= 0 && i < words.length ? lower[i] : "";
  }

  /** Tokens {@code [from, to)} joined by spaces. */
  public String text(int from, int to) {
    return String.join(" ", Arrays.asList(words).subList(from, to));
  }

  /** Whether {@code w} starts with a capital letter. */
  public static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  /** The label of the span token {@code i} is in, or null when it is in none. */
  public String spanLabel(int i) {
    return ids[i] == 0 ? null : labels[i];
  }

  /** Whether token {@code i} is in no span. */
  public boolean isFree(int i) {
    return ids[i] == 0;
  }

  /** Whether tokens {@code [from, to)} are all outside. */
  public boolean isFree(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!OUTSIDE.equals(labels[i])) {
        return false;
      }
    }
    return true;
  }

  /** Labels {@code [from, to)} as one new span, overwriting just these tokens. */
  public void set(int from, int to, String label, double score, String source) {
    int id = nextId++;
    for (int i = from; i < to; i++) {
      ids[i] = id;
      labels[i] = label;
      scores[i] = score;
      sources[i] = source;
    }
  }

  /** Labels {@code [from, to)} as one span; spans it overlaps lose all their tokens. */
  public void replace(int from, int to, String label) {
    clearOverlapping(from, to);
    set(from, to, label, 0, null);
  }

  /** Makes tokens {@code [from, to)} outside again: a later tagger may label them. */
  public void clear(int from, int to) {
    for (int i = from; i < to; i++) {
      ids[i] = 0;
      labels[i] = OUTSIDE;
      scores[i] = 0;
      sources[i] = null;
    }
  }

  /** Removes, whole, the spans overlapping {@code [from, to)}. */
  public void clearOverlapping(int from, int to) {
    for (int i = from; i < to; i++) {
      if (ids[i] != 0) {
        clear(spanStart(i), spanEnd(i));
      }
    }
  }

  /** Start of the span (or outside run) that holds token {@code at}. */
  public int runStart(int at) {
    int i = at;
    while (i > 0 && ids[i - 1] == ids[at]) {
      i--;
    }
    return i;
  }

  /** End (exclusive) of the span that starts at {@code from}, or of the outside run. */
  public int runEnd(int from) {
    int j = from + 1;
    while (j < ids.length && ids[j] == ids[from]) {
      j++;
    }
    return j;
  }

  /** First token of the span holding token {@code i} (i itself when free). */
  public int spanStart(int i) {
    return ids[i] == 0 ? i : runStart(i);
  }

  /** End (exclusive) of the span holding token {@code i} (i + 1 when free). */
  public int spanEnd(int i) {
    return ids[i] == 0 ? i + 1 : runEnd(i);
  }

  /** Whether {@code [from, to)} is exactly one span. */
  public boolean isSpan(int from, int to) {
    return ids[from] != 0 && spanStart(from) == from && spanEnd(from) == to;
  }

  /** The spans, in order: each run of one id whose first token has a label. */
  public List<TokenSpan> spans() {
    List<TokenSpan> out = new ArrayList<>();
    for (int i = 0; i < size(); ) {
      int j = runEnd(i);
      if (!OUTSIDE.equals(labels[i])) {
        out.add(new TokenSpan(i, j, labels[i]));
      }
      i = j;
    }
    return out;
  }
}
