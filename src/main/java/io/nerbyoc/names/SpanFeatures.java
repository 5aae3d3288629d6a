package io.nerbyoc.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The features the learned re-typer ({@code engine.retyper.NameRetyper}) reads for one candidate name span:
 * what the span says (its words, head and first word, shapes, affixes, length), what surrounds it
 * (the words around it, quotes, parentheses, a year after it) and what the earlier stages thought
 * (its label, the stage that gave it, that stage's confidence). Training and serving call this
 * one method, so they cannot drift apart.
 */
public final class SpanFeatures {
  private SpanFeatures() {}

  /**
   * @param words the sentence's words
   * @param from first word of the span
   * @param to end (exclusive) of the span
   * @param label the span's current (native) label
   * @param source the stage that gave the label, reduced to a short name ("3class", "rules:names", ...)
   * @param score that stage's confidence, 0..1
   */
  public static String[] of(String[] words, int from, int to, String label, String source, double score) {
    List<String> f = new ArrayList<>(40);
    f.add("bias");
    f.add("cur=" + label);
    f.add("src=" + source);
    f.add("cur+src=" + label + "|" + source);
    f.add("conf=" + (int) Math.floor(Math.min(score, 0.999) * 5));
    int n = to - from;
    f.add("len=" + Math.min(n, 5));
    StringBuilder span = new StringBuilder();
    StringBuilder shape = new StringBuilder();
    for (int i = from; i < to; i++) {
      String w = lower(words[i]);
      f.add("w=" + w);
      span.append(i == from ? "" : " ").append(w);
      String s = shape(words[i]);
      shape.append(i == from ? "" : " ").append(s);
      if (n > 1 && i > from && i < to - 1) {
        f.add("mid=" + w);
      }
    }
    f.add("span=" + span);
    f.add("shape=" + shape);
    String first = lower(words[from]);
    String head = lower(words[to - 1]);
    f.add("first=" + first);
    f.add("head=" + head);
    f.add("cur+head=" + label + "|" + head);
    f.add("headshape=" + shape(words[to - 1]));
    for (int k = 2; k <= 4; k++) {
      if (head.length() > k) {
        f.add("suf" + k + "=" + head.substring(head.length() - k));
      }
    }
    if (first.length() > 3) {
      f.add("pre3=" + first.substring(0, 3));
    }
    String p1 = word(words, from - 1);
    String p2 = word(words, from - 2);
    String p3 = word(words, from - 3);
    String n1 = word(words, to);
    String n2 = word(words, to + 1);
    f.add("p1=" + p1);
    f.add("p2=" + p2);
    f.add("p21=" + p2 + "_" + p1);
    f.add("pbag=" + p1);
    f.add("pbag=" + p2);
    f.add("pbag=" + p3);
    f.add("n1=" + n1);
    f.add("n2=" + n2);
    f.add("n12=" + n1 + "_" + n2);
    f.add("cur+p1=" + label + "|" + p1);
    f.add("cur+n1=" + label + "|" + n1);
    if (from == 0) {
      f.add("sentence-start");
    }
    if (isQuote(p1) && isQuote(n1)) {
      f.add("quoted");
    }
    if ("(".equals(p1) && ")".equals(n1)) {
      f.add("in-parentheses");
    }
    if ("(".equals(n1) && n2.matches("1[5-9]\\d\\d|20\\d\\d") && ")".equals(word(words, to + 2))) {
      f.add("year-after");
    }
    if (span.indexOf(" of ") >= 0) {
      f.add("has-of");
    }
    if (span.indexOf(" and ") >= 0 || span.indexOf(" & ") >= 0) {
      f.add("has-and");
    }
    return f.toArray(String[]::new);
  }

  private static String word(String[] words, int i) {
    return i < 0 ? "<s>" : i >= words.length ? "</s>" : lower(words[i]);
  }

  private static String lower(String w) {
    return w.toLowerCase(Locale.ROOT);
  }

  private static boolean isQuote(String w) {
    return switch (w) {
      case "\"", "``", "''", "“", "”", "'", "‘", "’" -> true;
      default -> false;
    };
  }

  /** The word's shape, runs collapsed: "Aselsan" Xx, "F-16" X-d, "iPhone" xXx, "NATO" X. */
  static String shape(String w) {
    StringBuilder s = new StringBuilder();
    char last = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
      if (k != last) {
        s.append(k);
        last = k;
      }
    }
    return s.toString();
  }
}
