package io.nerbyoc.bench;

import io.nerbyoc.bench.ConllCorpus.Span;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Exact span-and-type precision, recall and F1, per type and overall. */
public final class SpanScore {
  private final Map<String, int[]> counts = new TreeMap<>(); // type -> {tp, fp, fn}

  public void add(List<Span> gold, List<Span> predicted) {
    Set<Span> g = new HashSet<>(gold);
    Set<Span> p = new HashSet<>(predicted);
    for (Span s : p) {
      counts.computeIfAbsent(s.label(), k -> new int[3])[g.contains(s) ? 0 : 1]++;
    }
    for (Span s : g) {
      if (!p.contains(s)) {
        counts.computeIfAbsent(s.label(), k -> new int[3])[2]++;
      }
    }
  }

  public double f1() {
    int[] t = total();
    return f1(t);
  }

  private int[] total() {
    int[] t = new int[3];
    counts.values().forEach(c -> {
      t[0] += c[0];
      t[1] += c[1];
      t[2] += c[2];
    });
    return t;
  }

  private static double f1(int[] c) {
    double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
    double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** A Markdown table: type, P, R, F1, support. */
  public String table() {
    StringBuilder sb = new StringBuilder("| type | precision | recall | F1 | gold |\n|---|---|---|---|---|\n");
    Set<String> types = new TreeSet<>(counts.keySet());
    for (String type : types) {
      sb.append(row(type, counts.get(type)));
    }
    sb.append(row("**all**", total()));
    return sb.toString();
  }

  private static String row(String name, int[] c) {
    double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
    double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
    return String.format(
        Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %d |%n", name, 100 * p, 100 * r, 100 * f1(c), c[0] + c[2]);
  }
}
