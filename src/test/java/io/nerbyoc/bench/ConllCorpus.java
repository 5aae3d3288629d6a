package io.nerbyoc.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CoNLL corpus turned back into raw text, the way a user would send it: tokens joined by
 * spaces, one sentence per line, one request per document. Gold spans are UTF-16 = code point
 * offsets for these ASCII-and-BMP corpora.
 */
public final class ConllCorpus {

  /** A gold or predicted span: offsets into the document text, end exclusive. */
  public record Span(int start, int end, String label) {}

  public record Document(String text, List<Span> gold, int tokens) {}

  private ConllCorpus() {}

  public static List<Document> read(Path file) throws IOException {
    List<Document> docs = new ArrayList<>();
    Builder b = new Builder();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String l = line.strip();
      if (l.startsWith("-DOCSTART-")) {
        b.flush(docs);
        continue;
      }
      if (l.isEmpty()) {
        b.endSentence();
        continue;
      }
      String[] cols = l.split("\\s+");
      b.token(cols[0], cols[cols.length - 1]);
    }
    b.flush(docs);
    return docs;
  }

  private static final class Builder {
    final StringBuilder text = new StringBuilder();
    final List<Span> gold = new ArrayList<>();
    int tokens;
    boolean sentenceOpen;
    String openLabel;
    int openStart;
    int lastEnd;

    void token(String word, String tag) {
      if (sentenceOpen) {
        text.append(' ');
      } else if (text.length() > 0) {
        text.append('\n');
      }
      sentenceOpen = true;
      int start = text.length();
      text.append(word);
      tokens++;
      String type = tag.equals("O") ? null : tag.substring(tag.indexOf('-') + 1);
      boolean begins = tag.startsWith("B-") || tag.startsWith("S-");
      if (openLabel != null && (type == null || !type.equals(openLabel) || begins)) {
        closeSpan();
      }
      if (type != null && openLabel == null) {
        openLabel = type;
        openStart = start;
      }
      lastEnd = text.length();
      if (tag.startsWith("E-") || tag.startsWith("S-")) {
        closeSpan();
      }
    }

    void closeSpan() {
      if (openLabel != null) {
        gold.add(new Span(openStart, lastEnd, openLabel));
        openLabel = null;
      }
    }

    void endSentence() {
      closeSpan();
      sentenceOpen = false;
    }

    void flush(List<Document> docs) {
      endSentence();
      if (text.length() > 0) {
        docs.add(new Document(text.toString(), List.copyOf(gold), tokens));
      }
      text.setLength(0);
      gold.clear();
      tokens = 0;
    }
  }
}
