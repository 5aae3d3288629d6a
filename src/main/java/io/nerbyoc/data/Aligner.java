package io.nerbyoc.data;

import io.nerbyoc.core.GoldSpan;

import io.nerbyoc.core.Token;
import io.nerbyoc.core.TokenSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Tokenises span-annotated documents with the server's tokenizer (so training sees the tokens
 * serving will see) and maps each span onto whole tokens. A span that starts or ends inside a
 * token, or crosses a sentence break, is an error naming the file, line and span.
 */
public final class Aligner {
  private final Function<String, List<List<Token>>> tokenizer;

  /** @param tokenizer text to sentences of tokens with UTF-16 offsets */
  public Aligner(Function<String, List<List<Token>>> tokenizer) {
    this.tokenizer = tokenizer;
  }

  /** Tokenises the span documents; documents that came with tokens keep them. */
  public List<LabelledDoc> align(List<LabelledDoc> docs) {
    List<LabelledDoc> out = new ArrayList<>(docs.size());
    for (LabelledDoc d : docs) {
      out.add(d.tokenised() ? d : align(d, true));
    }
    return out;
  }

  /**
   * Re-tokenises every document, including column and OpenNLP files, so the model trains on the
   * very tokens and sentences the server will produce from the same text (CoreNLP splits "I'm",
   * unescapes "&amp;" and splits sentences at punctuation, where the files often do not). Their
   * entities are snapped to the tokens they overlap; one that a sentence break would cut in two
   * is dropped and counted in {@code dropped[0]}.
   */
  public List<LabelledDoc> retokenize(List<LabelledDoc> docs, int[] dropped) {
    List<LabelledDoc> out = new ArrayList<>(docs.size());
    for (LabelledDoc d : docs) {
      if (!d.tokenised()) {
        out.add(align(d, true));
      } else {
        LabelledDoc a = align(new LabelledDoc(d.origin(), d.text(), d.spans(), null), false);
        dropped[0] += d.spans().size() - a.sentences().stream().mapToInt(x -> x.names().size()).sum();
        out.add(a);
      }
    }
    return out;
  }

  LabelledDoc align(LabelledDoc d, boolean strict) {
    String text = d.text();
    List<List<Token>> sentences = tokenizer.apply(text);
    List<TokenSentence> result = new ArrayList<>();
    int next = 0; // index of the next span to place
    List<GoldSpan> spans = d.spans();
    for (List<Token> sent : sentences) {
      List<String> words = new ArrayList<>();
      List<TokenSentence.Name> names = new ArrayList<>();
      int[] cpBegin = new int[sent.size()];
      int[] cpEnd = new int[sent.size()];
      for (int i = 0; i < sent.size(); i++) {
        Token t = sent.get(i);
        words.add(t.word());
        cpBegin[i] = text.codePointCount(0, t.begin());
        cpEnd[i] = text.codePointCount(0, t.end());
      }
      while (next < spans.size() && !sent.isEmpty() && spans.get(next).start() < cpEnd[sent.size() - 1]) {
        GoldSpan s = spans.get(next);
        int first = -1;
        int last = -1;
        for (int i = 0; i < sent.size(); i++) {
          if (strict ? cpBegin[i] == s.start() : first < 0 && cpEnd[i] > s.start()) {
            first = i;
          }
          if (strict ? cpEnd[i] == s.end() : cpBegin[i] < s.end()) {
            last = i;
          }
        }
        boolean whole = first >= 0 && last >= first && (strict || cpEnd[sent.size() - 1] >= s.end());
        if (strict && !whole) {
          throw misaligned(d, s, text);
        }
        if (whole && (names.isEmpty() || names.get(names.size() - 1).end() <= first)) {
          names.add(new TokenSentence.Name(first, last + 1, s.label()));
        }
        next++;
      }
      result.add(new TokenSentence(words, names));
    }
    if (strict && next < spans.size()) {
      throw misaligned(d, spans.get(next), text);
    }
    return d.withSentences(result);
  }

  private static DataFormatException misaligned(LabelledDoc d, GoldSpan s, String text) {
    int from = text.offsetByCodePoints(0, s.start());
    int to = text.offsetByCodePoints(0, s.end());
    return new DataFormatException(
        d.origin() + ": span " + JsonlReader.describe(s) + " ('" + ConllReader.abbreviate(text.substring(from, to))
            + "') does not start and end on token boundaries (or crosses a sentence break); "
            + "fix the offsets so the span covers whole words, without surrounding spaces or punctuation.");
  }
}
