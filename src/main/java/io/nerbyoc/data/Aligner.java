package io.nerbyoc.data;

import io.nerbyoc.core.CodePoints;
import io.nerbyoc.core.GoldSpan;
import io.nerbyoc.core.Token;
import io.nerbyoc.core.TokenSentence;
import io.nerbyoc.core.TokenSpan;
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

  /**
   * Tokenises the span documents; documents that came with tokens keep them. Every misaligned span
   * of every document is collected and reported in one error (the first {@link SpanProblems#MAX_REPORTED}
   * described, the rest counted), so one run shows all the offsets to fix.
   */
  public List<LabelledDoc> align(List<LabelledDoc> docs) {
    SpanProblems problems = newProblems();
    List<LabelledDoc> out = new ArrayList<>(docs.size());
    for (LabelledDoc d : docs) {
      out.add(d.tokenised() ? d : align(d, true, problems));
    }
    problems.throwIfAny();
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
    SpanProblems problems = newProblems();
    List<LabelledDoc> out = new ArrayList<>(docs.size());
    for (LabelledDoc d : docs) {
      if (!d.tokenised()) {
        out.add(align(d, true, problems));
      } else {
        LabelledDoc a = align(new LabelledDoc(d.origin(), d.text(), d.spans(), null), false, problems);
        dropped[0] += d.spans().size() - a.sentences().stream().mapToInt(x -> x.names().size()).sum();
        out.add(a);
      }
    }
    problems.throwIfAny();
    return out;
  }

  private static SpanProblems newProblems() {
    return new SpanProblems("do not start and end on token boundaries",
        "Offsets are code points; a span must start where a token of the server's tokenizer starts and "
            + "end where one ends, within one sentence: use the offsets suggested.");
  }

  LabelledDoc align(LabelledDoc d, boolean strict) {
    SpanProblems problems = newProblems();
    LabelledDoc out = align(d, strict, problems);
    problems.throwIfAny();
    return out;
  }

  /** One sentence's tokens with code point offsets. */
  private record CpSentence(List<Token> tokens, int[] begin, int[] end) {
    int size() {
      return tokens.size();
    }
  }

  private LabelledDoc align(LabelledDoc d, boolean strict, SpanProblems problems) {
    String text = d.text();
    List<CpSentence> sentences = new ArrayList<>();
    CodePoints cp = CodePoints.of(text); // linear, once: not a rescan from 0 per token
    for (List<Token> sent : tokenizer.apply(text)) {
      int[] cpBegin = new int[sent.size()];
      int[] cpEnd = new int[sent.size()];
      for (int i = 0; i < sent.size(); i++) {
        Token t = sent.get(i);
        cpBegin[i] = cp.toCodePoint(t.begin());
        cpEnd[i] = cp.toCodePoint(t.end());
      }
      sentences.add(new CpSentence(sent, cpBegin, cpEnd));
    }
    List<TokenSentence> result = new ArrayList<>();
    int next = 0; // index of the next span to place
    List<GoldSpan> spans = d.spans();
    for (CpSentence sent : sentences) {
      List<String> words = new ArrayList<>();
      List<TokenSpan> names = new ArrayList<>();
      int[] cpBegin = sent.begin();
      int[] cpEnd = sent.end();
      sent.tokens().forEach(t -> words.add(t.word()));
      while (next < spans.size() && sent.size() > 0 && spans.get(next).start() < cpEnd[sent.size() - 1]) {
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
          problems.add(() -> describe(d, s, text, sentences));
        } else if (whole && (names.isEmpty() || names.get(names.size() - 1).end() <= first)) {
          names.add(new TokenSpan(first, last + 1, s.label()));
        }
        next++;
      }
      result.add(new TokenSentence(words, names));
    }
    if (strict) {
      for (; next < spans.size(); next++) {
        GoldSpan left = spans.get(next);
        problems.add(() -> describe(d, left, text, sentences));
      }
    }
    return d.withSentences(result);
  }

  private static String describe(LabelledDoc d, GoldSpan s, String text, List<CpSentence> sentences) {
    StringBuilder b = new StringBuilder(d.origin() + ": span " + JsonlReader.describe(s) + " ('"
        + ConllReader.abbreviate(slice(text, s.start(), s.end())) + "') does not start and end on token boundaries");
    // Where each end falls.
    int[] startAt = locate(sentences, s.start(), false);
    int[] endAt = locate(sentences, s.end(), true);
    List<String> why = new ArrayList<>();
    if (startAt == null) {
      int[] inside = containing(sentences, s.start());
      why.add(inside == null ? "it starts on a space or a character the tokenizer drops"
          : "it starts inside the token " + token(text, sentences, inside));
    }
    if (endAt == null) {
      int[] inside = containing(sentences, s.end() - 1);
      why.add(inside == null ? "it ends on a space or a character the tokenizer drops"
          : "it ends inside the token " + token(text, sentences, inside));
    }
    if (startAt != null && endAt != null && startAt[0] != endAt[0]) {
      why.add("it crosses a sentence break");
    }
    if (!why.isEmpty()) {
      b.append(": ").append(String.join(" and ", why));
    }
    b.append(". Tokens there: ").append(around(text, sentences, s));
    int[] best = nearest(sentences, s);
    if (best != null) {
      b.append("; nearest whole-token span: [").append(best[0]).append(", ").append(best[1]).append(") ('")
          .append(ConllReader.abbreviate(slice(text, best[0], best[1]))).append("').");
    } else {
      b.append('.');
    }
    return b.toString();
  }

  private static String slice(String text, int cpStart, int cpEnd) {
    int from = text.offsetByCodePoints(0, Math.max(0, cpStart));
    int to = text.offsetByCodePoints(0, Math.max(cpStart, cpEnd));
    return text.substring(from, to);
  }

  /** {sentence, token} whose begin (or end, with {@code atEnd}) is {@code cp}; null if none. */
  private static int[] locate(List<CpSentence> sentences, int cp, boolean atEnd) {
    for (int k = 0; k < sentences.size(); k++) {
      int[] at = atEnd ? sentences.get(k).end() : sentences.get(k).begin();
      for (int i = 0; i < at.length; i++) {
        if (at[i] == cp) {
          return new int[] {k, i};
        }
      }
    }
    return null;
  }

  /** {sentence, token} of the token holding the code point at {@code cp}; null if none does. */
  private static int[] containing(List<CpSentence> sentences, int cp) {
    for (int k = 0; k < sentences.size(); k++) {
      CpSentence c = sentences.get(k);
      for (int i = 0; i < c.size(); i++) {
        if (c.begin()[i] <= cp && cp < c.end()[i]) {
          return new int[] {k, i};
        }
      }
    }
    return null;
  }

  private static String token(String text, List<CpSentence> sentences, int[] at) {
    CpSentence c = sentences.get(at[0]);
    int b = c.begin()[at[1]];
    int e = c.end()[at[1]];
    return "'" + ConllReader.abbreviate(slice(text, b, e)) + "' [" + b + ", " + e + ")";
  }

  /** The tokens overlapping the span and one on each side, with "|" at sentence breaks (at most 12). */
  private static String around(String text, List<CpSentence> sentences, GoldSpan s) {
    List<int[]> all = new ArrayList<>();
    for (int k = 0; k < sentences.size(); k++) {
      for (int i = 0; i < sentences.get(k).size(); i++) {
        all.add(new int[] {k, i});
      }
    }
    int from = -1;
    int to = -1;
    for (int x = 0; x < all.size(); x++) {
      CpSentence c = sentences.get(all.get(x)[0]);
      int b = c.begin()[all.get(x)[1]];
      int e = c.end()[all.get(x)[1]];
      if (e > s.start() && from < 0) {
        from = x;
      }
      if (b < s.end()) {
        to = x;
      }
    }
    if (all.isEmpty()) {
      return "(none: the tokenizer finds no token in this text)";
    }
    from = from < 0 ? all.size() - 1 : from;
    to = Math.max(to, from);
    from = Math.max(0, from - 1);
    to = Math.min(Math.min(all.size() - 1, to + 1), from + 11);
    StringBuilder b = new StringBuilder();
    for (int x = from; x <= to; x++) {
      if (x > from) {
        b.append(all.get(x)[0] != all.get(x - 1)[0] ? " | " : " ");
      }
      b.append(token(text, sentences, all.get(x)));
    }
    return b.toString();
  }

  /**
   * The whole-token span within one sentence closest to {@code s} (sum of the distances of its
   * ends; ties go to the one that covers more), or null when the text has no tokens.
   */
  private static int[] nearest(List<CpSentence> sentences, GoldSpan s) {
    int[] best = null;
    long bestCost = Long.MAX_VALUE;
    for (CpSentence c : sentences) {
      if (c.size() == 0) {
        continue;
      }
      int i = 0;
      for (int k = 1; k < c.size(); k++) {
        if (Math.abs(c.begin()[k] - s.start()) < Math.abs(c.begin()[i] - s.start())) {
          i = k;
        }
      }
      int j = i;
      for (int k = i + 1; k < c.size(); k++) {
        if (Math.abs(c.end()[k] - s.end()) <= Math.abs(c.end()[j] - s.end())) {
          j = k;
        }
      }
      long cost = (long) Math.abs(c.begin()[i] - s.start()) + Math.abs(c.end()[j] - s.end());
      if (cost < bestCost) {
        bestCost = cost;
        best = new int[] {c.begin()[i], c.end()[j]};
      }
    }
    return best;
  }
}
