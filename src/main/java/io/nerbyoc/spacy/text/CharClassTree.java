package io.nerbyoc.spacy.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites a large Python character class of literals and ranges (spaCy's punctuation rules have
 * classes of 400 ranges) as a balanced tree of Java classes. Java tests a flat class range by range,
 * 400 checks for every character that is not in it; as {@code [[lo-mid&&[left]][mid-hi&&[right]]]}
 * a character skips the half it cannot be in, about 20 checks. Same set, same matches.
 */
final class CharClassTree {
  /** Classes with fewer merged ranges stay flat. */
  private static final int MIN_RANGES = 24;
  private static final int LEAF = 6;

  private CharClassTree() {}

  /**
   * The Java class for the Python class body (between the brackets), or null when it is small,
   * negated, or holds anything but literals and ranges (such as {@code \w} or {@code \d}).
   */
  static String rewrite(String body) {
    if (body.startsWith("^")) {
      return null;
    }
    List<int[]> items = parse(body);
    if (items == null) {
      return null;
    }
    items.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<int[]> ranges = new ArrayList<>();
    for (int[] r : items) {
      int[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
      if (last != null && r[0] <= last[1] + 1) {
        last[1] = Math.max(last[1], r[1]);
      } else {
        ranges.add(new int[] {r[0], r[1]});
      }
    }
    if (ranges.size() < MIN_RANGES) {
      return null;
    }
    return "[" + tree(ranges, 0, ranges.size()) + "]";
  }

  private static String tree(List<int[]> r, int from, int to) {
    StringBuilder b = new StringBuilder();
    if (to - from <= LEAF) {
      for (int i = from; i < to; i++) {
        b.append(range(r.get(i)[0], r.get(i)[1]));
      }
      return b.toString();
    }
    int mid = (from + to) >>> 1;
    b.append('[').append(range(r.get(from)[0], r.get(mid - 1)[1])).append("&&[").append(tree(r, from, mid)).append("]]");
    b.append('[').append(range(r.get(mid)[0], r.get(to - 1)[1])).append("&&[").append(tree(r, mid, to)).append("]]");
    return b.toString();
  }

  private static String range(int lo, int hi) {
    String a = "\\x{" + Integer.toHexString(lo) + "}";
    return lo == hi ? a : a + "-\\x{" + Integer.toHexString(hi) + "}";
  }

  /** Literals and ranges as [lo, hi] code point pairs; null for anything else. */
  private static List<int[]> parse(String body) {
    List<Integer> cps = new ArrayList<>();
    List<Boolean> dash = new ArrayList<>(); // an unescaped '-' (range operator candidate)
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (c == '\\') {
        if (i + 1 >= body.length()) {
          return null;
        }
        char n = body.charAt(i + 1);
        int len;
        int cp;
        switch (n) {
          case 'u' -> {
            len = 6;
            cp = hex(body, i + 2, 4);
          }
          case 'U' -> {
            len = 10;
            cp = hex(body, i + 2, 8);
          }
          case 'x' -> {
            len = 4;
            cp = hex(body, i + 2, 2);
          }
          case 'n' -> {
            len = 2;
            cp = '\n';
          }
          case 't' -> {
            len = 2;
            cp = '\t';
          }
          case 'r' -> {
            len = 2;
            cp = '\r';
          }
          case 'f' -> {
            len = 2;
            cp = '\f';
          }
          case 'v' -> {
            len = 2;
            cp = 0x0b;
          }
          default -> {
            if (Character.isLetterOrDigit(n)) {
              return null; // \w \d \s \p... or an octal escape: keep the class as it is
            }
            len = 2;
            cp = n;
          }
        }
        if (cp < 0) {
          return null;
        }
        cps.add(cp);
        dash.add(false);
        i += len;
      } else {
        int cp = body.codePointAt(i);
        cps.add(cp);
        dash.add(cp == '-');
        i += Character.charCount(cp);
      }
    }
    List<int[]> out = new ArrayList<>();
    for (int k = 0; k < cps.size(); k++) {
      if (k + 2 < cps.size() && dash.get(k + 1)) {
        int lo = cps.get(k);
        int hi = cps.get(k + 2);
        if (lo > hi) {
          return null;
        }
        out.add(new int[] {lo, hi});
        k += 2;
      } else {
        out.add(new int[] {cps.get(k), cps.get(k)});
      }
    }
    return out;
  }

  private static int hex(String s, int from, int len) {
    if (from + len > s.length()) {
      return -1;
    }
    try {
      return Integer.parseInt(s.substring(from, from + len), 16);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
