package io.nerbyoc.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exact-match entity precision, recall and F1 (CoNLL style: a prediction counts only with the
 * same start, end and type), per type and micro-averaged overall.
 */
public final class Scores {
  private final Map<String, int[]> counts = new TreeMap<>(); // type -> {true pos, false pos, false neg}

  void truePositive(String type) {
    counts.computeIfAbsent(type, k -> new int[3])[0]++;
  }

  void falsePositive(String type) {
    counts.computeIfAbsent(type, k -> new int[3])[1]++;
  }

  void falseNegative(String type) {
    counts.computeIfAbsent(type, k -> new int[3])[2]++;
  }

  public double precision() {
    return precision(total());
  }

  public double recall() {
    return recall(total());
  }

  public double f1() {
    return f1(total());
  }

  private int[] total() {
    int[] t = new int[3];
    for (int[] c : counts.values()) {
      for (int i = 0; i < 3; i++) {
        t[i] += c[i];
      }
    }
    return t;
  }

  private static double precision(int[] c) {
    return c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
  }

  private static double recall(int[] c) {
    return c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
  }

  private static double f1(int[] c) {
    double p = precision(c);
    double r = recall(c);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /**
   * Lines for the log that SageMaker MetricDefinitions regexes capture, e.g.
   * {@code validation:f1=0.8512} and {@code validation:f1:PER=0.9012}.
   */
  public List<String> metricLines(String prefix) {
    List<String> out = new ArrayList<>();
    int[] t = total();
    out.add(line(prefix, "precision", "", precision(t)));
    out.add(line(prefix, "recall", "", recall(t)));
    out.add(line(prefix, "f1", "", f1(t)));
    counts.forEach((type, c) -> {
      out.add(line(prefix, "precision", ":" + type, precision(c)));
      out.add(line(prefix, "recall", ":" + type, recall(c)));
      out.add(line(prefix, "f1", ":" + type, f1(c)));
    });
    return out;
  }

  private static String line(String prefix, String metric, String type, double v) {
    return String.format(Locale.ROOT, "%s:%s%s=%.4f", prefix, metric, type, v);
  }

  /**
   * A fixed-width table for people: type, P, R, F1 (percent), gold, predicted and correct counts.
   * Every type seen on either side has a row: a gold type never predicted shows 0 with its gold
   * count, a predicted type absent from the gold shows its predictions (all false positives).
   */
  public String table() {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-20s %9s %9s %9s %7s %9s %7s%n",
        "type", "precision", "recall", "f1", "gold", "predicted", "correct"));
    counts.forEach((type, c) -> sb.append(row(type, c)));
    sb.append(row("ALL", total()));
    return sb.toString();
  }

  private static String row(String name, int[] c) {
    return String.format(Locale.ROOT, "%-20s %9.2f %9.2f %9.2f %7d %9d %7d%n",
        name, 100 * precision(c), 100 * recall(c), 100 * f1(c), c[0] + c[2], c[0] + c[1], c[0]);
  }

  /**
   * For metrics.json and the manifest: overall and per-type P/R/F1 (fractions, 4 decimals) with
   * the gold, predicted and correct counts; per type, every type seen in the gold or predicted.
   */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    int[] t = total();
    m.put("precision", round(precision(t)));
    m.put("recall", round(recall(t)));
    m.put("f1", round(f1(t)));
    m.put("gold_entities", t[0] + t[2]);
    m.put("predicted_entities", t[0] + t[1]);
    m.put("correct_entities", t[0]);
    Map<String, Object> per = new LinkedHashMap<>();
    counts.forEach((type, c) -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("precision", round(precision(c)));
      x.put("recall", round(recall(c)));
      x.put("f1", round(f1(c)));
      x.put("gold_entities", c[0] + c[2]);
      x.put("predicted_entities", c[0] + c[1]);
      x.put("correct_entities", c[0]);
      per.put(type, x);
    });
    m.put("per_type", per);
    return m;
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
