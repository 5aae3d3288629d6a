package io.nerbyoc.codec;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a JSON Lines body the way batch transform joins it: on '\n' only (U+2028 and a lone
 * '\r' may appear inside JSON strings), one trailing '\r' stripped per line, and one trailing
 * empty line dropped.
 */
public final class JsonLines {
  private JsonLines() {}

  /** How many lines {@link #split} will return, counted on the raw bytes before any decoding. */
  public static int count(byte[] body) {
    int lines = 1;
    for (byte b : body) {
      if (b == '\n') {
        lines++;
      }
    }
    // split drops one trailing empty line ("a\n" is one line; "" is none).
    int n = body.length;
    boolean lastEmpty = n == 0 || body[n - 1] == '\n' || (n >= 2 && body[n - 1] == '\r' && body[n - 2] == '\n');
    return lastEmpty ? lines - 1 : lines;
  }

  static List<String> split(String body) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= body.length(); i++) {
      if (i == body.length() || body.charAt(i) == '\n') {
        int end = i;
        if (end > start && body.charAt(end - 1) == '\r') {
          end--;
        }
        lines.add(body.substring(start, end));
        start = i + 1;
      }
    }
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }
}
