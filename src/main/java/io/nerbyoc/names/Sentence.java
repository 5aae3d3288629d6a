package io.nerbyoc.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** One sentence's words and the spans on them while the typer works: each word in at most one span. */
final class Sentence {
  final String[] words;
  private final String[] labels;
  private final int[] ids; // words of one span share an id; 0 = in no span
  private int nextId = 1;
  private final boolean bracket;

  Sentence(String[] words, List<Span> spans) {
    this.words = words;
    labels = new String[words.length];
    ids = new int[words.length];
    for (Span s : spans) {
      set(s.from(), s.to(), s.label());
    }
    bracket = Arrays.asList(words).contains("(");
  }

  /** Whether any word is "(": titles with their year need one. */
  boolean hasBracket() {
    return bracket;
  }

  int size() {
    return words.length;
  }

  String word(int i) {
    return words[i];
  }

  String lower(int i) {
    return i < 0 || i >= words.length ? "" : words[i].toLowerCase(Locale.ROOT);
  }

  /** The label of the span word {@code i} is in, or null. */
  String label(int i) {
    return labels[i];
  }

  boolean isFree(int i) {
    return ids[i] == 0;
  }

  boolean isFree(int from, int to) {
    for (int i = from; i < to; i++) {
      if (ids[i] != 0) {
        return false;
      }
    }
    return true;
  }

  /** First word of the span holding word {@code i} (i itself when free). */
  int spanStart(int i) {
    int k = i;
    while (ids[i] != 0 && k > 0 && ids[k - 1] == ids[i]) {
      k--;
    }
    return k;
  }

  /** End (exclusive) of the span holding word {@code i} (i + 1 when free). */
  int spanEnd(int i) {
    int k = i + 1;
    while (ids[i] != 0 && k < ids.length && ids[k] == ids[i]) {
      k++;
    }
    return k;
  }

  /** Whether [from, to) is exactly one span. */
  boolean isSpan(int from, int to) {
    return ids[from] != 0 && spanStart(from) == from && spanEnd(from) == to;
  }

  /** Labels [from, to) as one span; spans it overlaps lose all their words. */
  void set(int from, int to, String label) {
    clearOverlapping(from, to);
    int id = nextId++;
    for (int i = from; i < to; i++) {
      ids[i] = id;
      labels[i] = label;
    }
  }

  /** Removes the spans overlapping [from, to). */
  void clear(int from, int to) {
    clearOverlapping(from, to);
  }

  private void clearOverlapping(int from, int to) {
    for (int i = from; i < to; i++) {
      if (ids[i] != 0) {
        int a = spanStart(i);
        int b = spanEnd(i);
        Arrays.fill(ids, a, b, 0);
        Arrays.fill(labels, a, b, null);
      }
    }
  }

  String text(int from, int to) {
    return String.join(" ", Arrays.asList(words).subList(from, to));
  }

  List<Span> spans() {
    List<Span> out = new ArrayList<>();
    for (int i = 0; i < words.length; ) {
      int j = spanEnd(i);
      if (ids[i] != 0) {
        out.add(new Span(i, j, labels[i]));
      }
      i = j;
    }
    return out;
  }

  static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }
}
