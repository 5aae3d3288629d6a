package io.nerbyoc.data;

import io.nerbyoc.core.TokenSentence;
import io.nerbyoc.tags.Tag;
import io.nerbyoc.tags.TagScheme;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * CoNLL column files: one token per line, the tag in the last column, a blank line between
 * sentences, {@code -DOCSTART-} between documents. IOB1, BIO (IOB2), IOBES (also written BILOU)
 * and bare IO labels are all read, by {@link TagScheme#decode}; a tag with an unknown prefix or
 * no type is an error naming the line ({@link Tag#parseStrict}).
 */
final class ConllReader {
  /** Files without -DOCSTART- are cut into documents of this many sentences for evaluation. */
  static final int SENTENCES_PER_DOC = 50;

  private ConllReader() {}

  static List<LabelledDoc> read(BufferedReader in, String file) throws IOException {
    List<LabelledDoc> docs = new ArrayList<>();
    DocBuilder doc = new DocBuilder(file + ":1");
    SentenceState sent = new SentenceState();
    String line;
    int lineNo = 0;
    boolean docStarts = false; // the file marks its own documents
    while ((line = in.readLine()) != null) {
      lineNo++;
      String l = line.strip();
      if (lineNo == 1 && l.startsWith("\uFEFF")) {
        l = l.substring(1).strip();
      }
      if (l.startsWith("-DOCSTART-")) {
        docStarts = true;
        doc.add(sent.finish());
        if (!doc.isEmpty()) {
          docs.add(doc.build());
        }
        doc = new DocBuilder(file + ":" + lineNo);
        continue;
      }
      if (l.isEmpty()) {
        doc.add(sent.finish());
        if (!docStarts && doc.size() >= SENTENCES_PER_DOC) {
          docs.add(doc.build());
          doc = new DocBuilder(file + ":" + (lineNo + 1));
        }
        continue;
      }
      String[] cols = l.split("\\s+");
      if (cols.length < 2) {
        throw new DataFormatException(
            file + ":" + lineNo + ": the line '" + abbreviate(l) + "' has one column; a CoNLL line needs the token first "
                + "and the NER tag last (e.g. 'Paris B-LOC'), separated by a tab or spaces.");
      }
      sent.token(cols[0], cols[cols.length - 1], file, lineNo);
    }
    doc.add(sent.finish());
    if (!doc.isEmpty()) {
      docs.add(doc.build());
    }
    return docs;
  }

  static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }

  /** Collects one sentence's words and tags; the tag codec turns the tags into names at the end. */
  private static final class SentenceState {
    final List<String> words = new ArrayList<>();
    final List<Tag> tags = new ArrayList<>();

    void token(String word, String tag, String file, int lineNo) {
      Tag t;
      try {
        t = Tag.parseStrict(tag);
      } catch (IllegalArgumentException e) {
        throw new DataFormatException(file + ":" + lineNo + ": " + e.getMessage());
      }
      if (!t.isOutside()) {
        LabelCheck.check(t.label(), file + ":" + lineNo);
      }
      tags.add(t);
      words.add(word);
    }

    TokenSentence finish() {
      TokenSentence s = new TokenSentence(words, TagScheme.decode(tags));
      words.clear();
      tags.clear();
      return s;
    }
  }
}
