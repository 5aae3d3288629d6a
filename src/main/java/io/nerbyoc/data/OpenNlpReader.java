package io.nerbyoc.data;

import io.nerbyoc.core.TokenSentence;
import io.nerbyoc.core.TokenSpan;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * OpenNLP name finder training format: one whitespace-tokenised sentence per line with
 * {@code <START:type> ... <END>} around names; an empty line ends a document. Parsed here (not
 * by OpenNLP) so that errors name the file and line and so readers stay engine-free.
 */
final class OpenNlpReader {
  private OpenNlpReader() {}

  static List<LabelledDoc> read(BufferedReader in, String file) throws IOException {
    List<LabelledDoc> docs = new ArrayList<>();
    DocBuilder doc = new DocBuilder(file + ":1");
    String line;
    int lineNo = 0;
    while ((line = in.readLine()) != null) {
      lineNo++;
      String l = line.strip();
      if (lineNo == 1 && l.startsWith("\uFEFF")) {
        l = l.substring(1).strip();
      }
      if (l.isEmpty()) {
        if (!doc.isEmpty()) {
          docs.add(doc.build());
        }
        doc = new DocBuilder(file + ":" + (lineNo + 1));
        continue;
      }
      doc.add(parse(l, file + ":" + lineNo));
    }
    if (!doc.isEmpty()) {
      docs.add(doc.build());
    }
    return docs;
  }

  static TokenSentence parse(String line, String where) {
    List<String> words = new ArrayList<>();
    List<TokenSpan> names = new ArrayList<>();
    String openType = null;
    int openStart = 0;
    for (String part : line.split("\\s+")) {
      if (part.startsWith("<START") && part.endsWith(">")) {
        if (openType != null) {
          throw new DataFormatException(
              where + ": '" + part + "' opens a name inside the open <START:" + openType + ">; names cannot nest, close the first with <END>.");
        }
        openType = part.startsWith("<START:") ? part.substring(7, part.length() - 1) : "default";
        if (openType.isEmpty()) {
          throw new DataFormatException(where + ": '<START:>' has an empty type; write <START:TYPE>, e.g. <START:person>.");
        }
        LabelCheck.check(openType, where);
        openStart = words.size();
      } else if (part.equals("<END>")) {
        if (openType == null) {
          throw new DataFormatException(where + ": <END> after token " + words.size() + " closes no name; add the matching <START:type> or remove it.");
        }
        if (words.size() == openStart) {
          throw new DataFormatException(where + ": <START:" + openType + "> <END> encloses no token; put the name's words between them.");
        }
        names.add(new TokenSpan(openStart, words.size(), openType));
        openType = null;
      } else {
        words.add(part);
      }
    }
    if (openType != null) {
      throw new DataFormatException(where + ": <START:" + openType + "> at token " + openStart + " is never closed; add <END> after the name.");
    }
    return new TokenSentence(words, names);
  }
}
