package io.nerbyoc.bench;

import io.nerbyoc.core.TokenSpan;
import io.nerbyoc.tags.TagScheme;
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
    // The open sentence: each token's tag and offsets, decoded at its end by the service's own codec.
    final List<String> tags = new ArrayList<>();
    final List<int[]> offsets = new ArrayList<>();

    void token(String word, String tag) {
      if (!tags.isEmpty()) {
        text.append(' ');
      } else if (text.length() > 0) {
        text.append('\n');
      }
      int start = text.length();
      text.append(word);
      tokens++;
      tags.add(tag);
      offsets.add(new int[] {start, text.length()});
    }

    void endSentence() {
      for (TokenSpan n : TagScheme.decode(tags.toArray(new String[0]))) {
        gold.add(new Span(offsets.get(n.start())[0], offsets.get(n.end() - 1)[1], n.label()));
      }
      tags.clear();
      offsets.clear();
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
