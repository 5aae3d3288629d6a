package io.nerbyoc.data;

import io.nerbyoc.core.GoldSpan;

import io.nerbyoc.codec.SpanJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * JSON Lines with character spans (spaCy or doccano style), one document per line. Spans are
 * checked here for range and overlap (every bad span of the file reported in one error); whether they fall on token boundaries is checked when the
 * text is tokenised ({@link Aligner}).
 */
final class JsonlReader {
  private JsonlReader() {}

  static List<LabelledDoc> read(BufferedReader in, String file) throws IOException {
    List<LabelledDoc> docs = new ArrayList<>();
    SpanProblems problems = new SpanProblems("are out of range or overlap another", "");
    String line;
    int lineNo = 0;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (lineNo == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      String where = file + ":" + lineNo;
      SpanJson.Line parsed;
      try {
        parsed = SpanJson.parse(line);
      } catch (IllegalArgumentException e) {
        throw new DataFormatException(where + ": " + e.getMessage());
      }
      String text = parsed.text();
      int length = text.codePointCount(0, text.length());
      List<GoldSpan> spans = new ArrayList<>(parsed.spans());
      spans.sort(Comparator.comparingInt(GoldSpan::start).thenComparingInt(GoldSpan::end));
      GoldSpan prev = null;
      for (GoldSpan s : spans) {
        if (s.start() < 0 || s.end() <= s.start() || s.end() > length) {
          problems.add(() -> where + ": span " + describe(s) + " is out of range for a text of " + length
              + " code points; offsets are code points (Python str indices), 0 <= start < end <= length.");
          continue;
        }
        if (prev != null && s.start() < prev.end()) {
          GoldSpan p = prev;
          problems.add(() -> where + ": span " + describe(s) + " overlaps span " + describe(p)
              + "; entities must not overlap: keep one of them.");
          continue;
        }
        prev = s;
      }
      docs.add(new LabelledDoc(where, text, spans, null));
    }
    problems.throwIfAny();
    return docs;
  }

  static String describe(GoldSpan s) {
    return "[" + s.start() + ", " + s.end() + ", \"" + s.label() + "\"]";
  }
}
