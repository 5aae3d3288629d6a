package io.nerbyoc.spacy.ner;

import io.nerbyoc.spacy.nn.ParserModel;
import java.util.ArrayList;
import java.util.List;

/**
 * spaCy's greedy BILUO decoding: one action per token, the best-scoring valid one (the first on
 * ties), with the validity rules of spaCy's NER transition system (no entity over whitespace or
 * across a sentence start, preset entities kept). An entity's score is the mean probability, a
 * softmax over the valid actions, of the actions that built it; spaCy itself gives none.
 */
public final class GreedyNer {
  private final ParserModel model;
  private final List<Move> moves;

  public GreedyNer(ParserModel model, List<Move> moves) {
    if (model.classes() != moves.size()) {
      throw new IllegalArgumentException("the NER's output layer has " + model.classes() + " actions but its moves file lists "
          + moves.size());
    }
    if (model.features() != 1 && model.features() != 3 && model.features() != 6) {
      throw new IllegalArgumentException("the NER reads " + model.features() + " tokens per state; spaCy's NER reads 3 "
          + "(or 6 with extra_state_tokens)");
    }
    this.model = model;
    this.moves = List.copyOf(moves);
  }

  public List<String> labels() {
    return moves.stream().map(Move::label).filter(l -> !l.isEmpty()).distinct().toList();
  }

  /**
   * The entities of a document. Preset entities whose label the NER never learned get actions of
   * their own scored below every other (spaCy adds such labels at prediction time, unseen
   * classes scoring the minimum): they are taken only where nothing else is valid.
   */
  public List<NerSpan> decode(float[] tokvecs, NerInput doc, Runnable progress) {
    int n = doc.length();
    List<NerSpan> out = new ArrayList<>();
    if (n == 0) {
      return out;
    }
    List<Move> moves = withPresetLabels(doc);
    float[] cached = model.precompute(tokvecs, n);
    int classes = moves.size();
    float[] unmaxed = new float[model.hidden() * model.pieces()];
    float[] hidden = new float[model.hidden()];
    float[] scores = new float[Math.max(classes, this.moves.size())];
    boolean[] valid = new boolean[classes];
    int[] ids = new int[model.features()];
    int openStart = -1;
    String openLabel = null;
    double probSum = 0;
    for (int b0 = 0; b0 < n; b0++) {
      if ((b0 & 255) == 255) {
        progress.run();
      }
      contextIds(ids, b0, openStart);
      model.scores(cached, ids, unmaxed, hidden, scores);
      java.util.Arrays.fill(scores, this.moves.size(), classes, Float.NEGATIVE_INFINITY);
      int best = -1;
      for (int c = 0; c < classes; c++) {
        valid[c] = isValid(moves.get(c), doc, b0, openStart, openLabel);
        if (valid[c] && (best == -1 || scores[c] > scores[best])) {
          best = c;
        }
      }
      if (best == -1) {
        break; // spaCy ends the document's decoding here too ("force_final")
      }
      double z = 0;
      for (int c = 0; c < classes; c++) {
        if (valid[c]) {
          z += Math.exp(scores[c] - scores[best]);
        }
      }
      double p = scores[best] == Float.NEGATIVE_INFINITY ? 1.0 : 1 / z;
      Move m = moves.get(best);
      switch (m.kind()) {
        case BEGIN -> {
          openStart = b0;
          openLabel = m.label();
          probSum = p;
        }
        case IN -> probSum += p;
        case LAST -> {
          probSum += p;
          out.add(new NerSpan(openStart, b0 + 1, openLabel, probSum / (b0 + 1 - openStart)));
          openStart = -1;
          openLabel = null;
        }
        case UNIT -> out.add(new NerSpan(b0, b0 + 1, m.label(), p));
        default -> { }
      }
    }
    return out;
  }

  private List<Move> withPresetLabels(NerInput doc) {
    List<Move> extended = null;
    for (int i = 0; i < doc.length(); i++) {
      String label = doc.label(i);
      if (label.isEmpty() || moves.contains(new Move(Move.Kind.BEGIN, label))) {
        continue;
      }
      if (extended == null) {
        extended = new ArrayList<>(moves);
      }
      for (Move.Kind k : new Move.Kind[] {Move.Kind.BEGIN, Move.Kind.IN, Move.Kind.LAST, Move.Kind.UNIT}) {
        Move m = new Move(k, label);
        if (!extended.contains(m)) {
          extended.add(m);
        }
      }
    }
    return extended == null ? moves : extended;
  }

  private void contextIds(int[] ids, int b0, int openStart) {
    java.util.Arrays.fill(ids, -1);
    ids[0] = b0;
    if (ids.length == 3) {
      if (openStart >= 0) {
        ids[1] = openStart;
        ids[2] = b0 - 1;
      }
    } else if (ids.length == 6 && openStart >= 0) {
      for (int i = openStart, j = 1; i < b0 && j < 6; i++, j++) {
        ids[j] = i;
      }
    }
  }

  private static boolean isValid(Move m, NerInput d, int b0, int openStart, String openLabel) {
    boolean open = openStart >= 0;
    int bufferLength = d.length() - b0;
    int iob0 = d.iob(b0);
    int iob1 = d.iob(b0 + 1);
    String preset0 = d.label(b0);
    String label = m.label();
    switch (m.kind()) {
      case BEGIN:
        if (open || bufferLength < 2 || label.isEmpty() || iob0 == 1) {
          return false;
        }
        if (iob0 == 3) {
          return label.equals(preset0) && iob1 == 1;
        }
        return iob1 != 3 && d.sentStart(b0 + 1) != 1 && !d.isSpace()[b0];
      case IN:
        if (!open || bufferLength < 2 || label.isEmpty() || !openLabel.equals(label) || iob0 == 3 || iob1 == 3) {
          return false;
        }
        if (iob0 == 1) {
          return iob1 != 0 && iob1 != 2 && label.equals(preset0);
        }
        return !(b0 + 1 < d.length() && d.sentStart(b0 + 1) == 1);
      case LAST:
        if (label.isEmpty() || !open) {
          return false;
        }
        if (iob0 == 1 && iob1 != 1) {
          return label.equals(preset0);
        }
        return openLabel.equals(label) && iob1 != 1;
      case UNIT:
        if (label.isEmpty()) {
          return preset0.isEmpty() && iob0 == 3;
        }
        if (open || iob1 == 1) {
          return false;
        }
        if (iob0 == 3) {
          return label.equals(preset0);
        }
        return !d.isSpace()[b0];
      case OUT:
        return !open && iob0 != 3 && iob0 != 1;
      default:
        return false;
    }
  }
}
