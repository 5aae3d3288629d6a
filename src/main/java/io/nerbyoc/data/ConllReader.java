package io.nerbyoc.data;

import io.nerbyoc.core.TokenSentence;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CoNLL column files: one token per line, the tag in the last column, a blank line between
 * sentences, {@code -DOCSTART-} between documents. One decoder reads IOB1, BIO (IOB2), IOBES
 * (also written BILOU) and bare IO labels: an entity starts at B-/S-/U- or where the type
 * changes, and ends at E-/L-/S-/U-, O, or a sentence break.
 */
final class ConllReader {
  /** Files without -DOCSTART- are cut into documents of this many sentences for evaluation. */
  static final int SENTENCES_PER_DOC = 50;

  private static final Pattern TAG = Pattern.compile("([BIESLU])-(.*)");

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

  /** Decodes one sentence's tags into names as tokens arrive. */
  private static final class SentenceState {
    final List<String> words = new ArrayList<>();
    final List<TokenSentence.Name> names = new ArrayList<>();
    String openType;
    int openStart;

    void token(String word, String tag, String file, int lineNo) {
      int i = words.size();
      words.add(word);
      if (tag.equals("O")) {
        close(i);
        return;
      }
      char prefix;
      String type;
      Matcher m = TAG.matcher(tag);
      if (m.matches()) {
        prefix = m.group(1).charAt(0);
        type = m.group(2);
      } else if (tag.indexOf('-') == 1) {
        throw new DataFormatException(
            file + ":" + lineNo + ": tag '" + abbreviate(tag) + "' has an unknown prefix; use O or B-, I-, E-, S- (or L-, U-) "
                + "followed by the type, e.g. B-ORG.");
      } else {
        prefix = 'I'; // bare IO label such as PER
        type = tag;
      }
      if (type.isEmpty()) {
        throw new DataFormatException(
            file + ":" + lineNo + ": tag '" + tag + "' has no entity type; write it as " + prefix + "-TYPE, e.g. " + prefix + "-PER.");
      }
      boolean begins = prefix == 'B' || prefix == 'S' || prefix == 'U';
      if (openType != null && (begins || !openType.equals(type))) {
        close(i);
      }
      if (openType == null) {
        openType = type;
        openStart = i;
      }
      if (prefix == 'E' || prefix == 'L' || prefix == 'S' || prefix == 'U') {
        close(i + 1);
      }
    }

    private void close(int end) {
      if (openType != null) {
        names.add(new TokenSentence.Name(openStart, end, openType));
        openType = null;
      }
    }

    TokenSentence finish() {
      close(words.size());
      TokenSentence s = new TokenSentence(words, names);
      words.clear();
      names.clear();
      return s;
    }
  }
}
