package io.nerbyoc.data;

import io.nerbyoc.core.GoldSpan;

import io.nerbyoc.codec.JsonCorpus;
import io.nerbyoc.codec.SpanJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * JSON with character spans, one document per line (spaCy, Prodigy, doccano, spaCy v2 tuples,
 * Ground Truth manifests: {@link SpanJson}) or one array per file ({@link JsonCorpus}). Spans are
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
      docs.add(checked(where, parsed, problems));
    }
    problems.throwIfAny();
    return docs;
  }

  /** spaCy v3's binary training file (DocBin), one document per Doc. */
  static List<LabelledDoc> readDocBin(java.io.InputStream in, String file) throws IOException {
    List<SpanJson.Line> lines;
    try {
      lines = io.nerbyoc.codec.SpacyDocBin.read(in);
    } catch (IllegalArgumentException e) {
      throw new DataFormatException(file + ": " + e.getMessage());
    }
    List<LabelledDoc> docs = new ArrayList<>();
    SpanProblems problems = new SpanProblems("are out of range or overlap another", "");
    for (int i = 0; i < lines.size(); i++) {
      docs.add(checked(file + " doc " + i, lines.get(i), problems));
    }
    problems.throwIfAny();
    return docs;
  }

  /** A file that is one JSON array: spaCy v2's tuples or its JSON training format. */
  static List<LabelledDoc> readArray(BufferedReader in, String file) throws IOException {
    StringBuilder all = new StringBuilder();
    char[] buf = new char[1 << 16];
    for (int n; (n = in.read(buf)) > 0; ) {
      all.append(buf, 0, n);
    }
    String json = all.length() > 0 && all.charAt(0) == '\uFEFF' ? all.substring(1) : all.toString();
    List<JsonCorpus.Item> items;
    try {
      items = JsonCorpus.parse(json);
    } catch (IllegalArgumentException e) {
      throw new DataFormatException(file + ": " + e.getMessage());
    }
    List<LabelledDoc> docs = new ArrayList<>();
    SpanProblems problems = new SpanProblems("are out of range or overlap another", "");
    for (JsonCorpus.Item it : items) {
      String where = file + " " + it.where();
      if (it.sentences() != null) {
        DocBuilder doc = new DocBuilder(where);
        it.sentences().forEach(doc::add);
        if (!doc.isEmpty()) {
          docs.add(LabelCheck.checked(doc.build()));
        }
      } else {
        docs.add(checked(where, it.spans(), problems));
      }
    }
    problems.throwIfAny();
    return docs;
  }

  /** The document, its spans sorted; range and overlap problems collected, bad labels thrown. */
  private static LabelledDoc checked(String where, SpanJson.Line parsed, SpanProblems problems) {
    String text = parsed.text();
    int length = text.codePointCount(0, text.length());
    List<GoldSpan> spans = new ArrayList<>(parsed.spans());
    spans.sort(Comparator.comparingInt(GoldSpan::start).thenComparingInt(GoldSpan::end));
    GoldSpan prev = null;
    for (GoldSpan s : spans) {
      LabelCheck.check(s.label(), where);
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
    return new LabelledDoc(where, text, spans, null);
  }

  static String describe(GoldSpan s) {
    return "[" + s.start() + ", " + s.end() + ", \"" + s.label() + "\"]";
  }
}
