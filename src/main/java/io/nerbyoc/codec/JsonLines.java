package io.nerbyoc.codec;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a JSON Lines body the way batch transform joins it: on '\n' only (U+2028 and a lone
 * '\r' may appear inside JSON strings), one trailing '\r' stripped per line, and one trailing
 * empty line dropped.
 */
final class JsonLines {
  private JsonLines() {}

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
