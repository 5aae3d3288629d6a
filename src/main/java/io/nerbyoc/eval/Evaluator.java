package io.nerbyoc.eval;

import io.nerbyoc.core.Entity;
import io.nerbyoc.core.Recognizer;
import io.nerbyoc.core.RequestOptions;
import io.nerbyoc.core.GoldSpan;
import io.nerbyoc.data.LabelledDoc;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores a recognizer on labelled documents through the server's own path: raw text in,
 * {@link Recognizer#recognize}, then the request's label mapping ({@link RequestOptions}), exactly
 * what /invocations returns. So `evaluate`, the validation metrics of `train` and an F1 measured
 * through the HTTP endpoint agree.
 */
public final class Evaluator {
  private final Recognizer recognizer;
  private final RequestOptions options;

  public Evaluator(Recognizer recognizer, RequestOptions options) {
    this.recognizer = recognizer;
    this.options = options;
  }

  /** What one document got wrong: gold spans not predicted, predictions not in gold; both sorted by offset. */
  public record Mistakes(LabelledDoc doc, List<GoldSpan> missed, List<GoldSpan> spurious) {}

  /** Receives each document that has at least one mistake, in input order. */
  public interface MistakeListener {
    void accept(Mistakes m);
  }

  private static final Comparator<GoldSpan> BY_OFFSET =
      Comparator.comparingInt(GoldSpan::start).thenComparingInt(GoldSpan::end).thenComparing(GoldSpan::label);

  /** Receives every document with the entities the recognizer answered for it (as the options map them), in input order. */
  public interface PredictionListener {
    void accept(LabelledDoc doc, List<Entity> predicted);
  }

  public Scores score(List<LabelledDoc> docs) {
    return score(docs, null, null);
  }

  public Scores score(List<LabelledDoc> docs, MistakeListener listener) {
    return score(docs, listener, null);
  }

  public Scores score(List<LabelledDoc> docs, MistakeListener listener, PredictionListener predictions) {
    Scores s = new Scores();
    for (LabelledDoc d : docs) {
      Set<GoldSpan> gold = new HashSet<>(d.spans());
      Set<GoldSpan> predicted = new HashSet<>();
      List<Entity> answered = options.apply(recognizer.recognize(d.text()));
      for (Entity e : answered) {
        predicted.add(new GoldSpan(e.start(), e.end(), e.label()));
      }
      for (GoldSpan p : predicted) {
        if (gold.contains(p)) {
          s.truePositive(p.label());
        } else {
          s.falsePositive(p.label());
        }
      }
      for (GoldSpan g : gold) {
        if (!predicted.contains(g)) {
          s.falseNegative(g.label());
        }
      }
      if (predictions != null) {
        predictions.accept(d, answered);
      }
      if (listener != null && !gold.equals(predicted)) {
        listener.accept(new Mistakes(d,
            gold.stream().filter(g -> !predicted.contains(g)).sorted(BY_OFFSET).toList(),
            predicted.stream().filter(p -> !gold.contains(p)).sorted(BY_OFFSET).toList()));
      }
    }
    return s;
  }
}
