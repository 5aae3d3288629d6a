package io.nerbyoc.data;

import io.nerbyoc.core.TokenSentence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Holds out validation data when there is no validation channel. Column files often hold a few
 * long documents (sec-filings: 5), so tokenised documents are first cut into pieces of a few
 * sentences; span documents (one JSON line each) stay whole, since their text must not change.
 */
public final class DocSplitter {
  static final int PIECE_SENTENCES = 10;

  public record Split(List<LabelledDoc> train, List<LabelledDoc> validation) {}

  private DocSplitter() {}

  /**
   * The fewest pieces from which {@code fraction} holds out at least one (the held-out count is
   * rounded): 5 for 0.1, 1 for 0.5.
   */
  public static int minPieces(double fraction) {
    if (fraction <= 0) {
      return Integer.MAX_VALUE;
    }
    // round(n * fraction) >= 1 exactly when n * fraction >= 0.5 (a counting loop overflowed for tiny fractions).
    return (int) Math.min(Integer.MAX_VALUE, Math.ceil(0.5 / fraction));
  }

  /** What a piece is, and how much data makes {@code minPieces}, for the log. */
  public static String piecesNeeded(double fraction) {
    int n = minPieces(fraction);
    return "at least " + n + " pieces are needed (a piece is one JSON Lines document, or up to "
        + PIECE_SENTENCES + " sentences of a column or OpenNLP file: " + n + " JSON Lines documents or "
        + ((n - 1) * PIECE_SENTENCES + 1) + " sentences)";
  }

  /** The same {@code seed} always gives the same split. */
  public static Split split(List<LabelledDoc> docs, double fraction, long seed) {
    List<LabelledDoc> pieces = new ArrayList<>();
    for (LabelledDoc d : docs) {
      pieces.addAll(d.tokenised() ? pieces(d) : List.of(d));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    int held = (int) Math.round(pieces.size() * fraction);
    boolean[] isValidation = new boolean[pieces.size()];
    for (int i = 0; i < held; i++) {
      isValidation[order.get(i)] = true;
    }
    List<LabelledDoc> train = new ArrayList<>();
    List<LabelledDoc> validation = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      (isValidation[i] ? validation : train).add(pieces.get(i)); // original order within each part
    }
    return new Split(train, validation);
  }

  private static List<LabelledDoc> pieces(LabelledDoc d) {
    List<LabelledDoc> out = new ArrayList<>();
    List<TokenSentence> s = d.sentences();
    for (int from = 0; from < s.size(); from += PIECE_SENTENCES) {
      DocBuilder b = new DocBuilder(d.origin());
      s.subList(from, Math.min(s.size(), from + PIECE_SENTENCES)).forEach(b::add);
      out.add(b.build());
    }
    return out;
  }
}
