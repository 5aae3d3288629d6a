package io.nerbyoc.engine.retyper;

import io.nerbyoc.core.LabelScheme;
import io.nerbyoc.core.TaggedSentence;
import io.nerbyoc.core.TokenSpan;
import io.nerbyoc.names.SpanFeatures;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The learned step where the rules stop: a maximum-entropy classifier (OpenNLP) over each name
 * span the CRFs and rules produced, trained on open corpora mapped to spaCy's types
 * ({@code engine.build.RetyperTrainer}, docs/MODELS.md). It changes a span's type only when it disagrees with
 * the current one and is confident, so it fixes type confusions (a band read as PERSON, a team
 * as GPE, an island as GPE) without second-guessing every name. Runs after document consistency:
 * it scores each labelled name once, nothing else.
 */
public final class NameRetyper implements Consumer<TaggedSentence> {
  static final String RESOURCE = "name-retyper.maxent.gz";
  static final String SUFFIX = "+retyped";

  /** Native labels the re-typer reads and may replace; numbers and dates are the grammar's. */
  public static final Set<String> NAME_LABELS = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC", "NATIONALITY", "LOC",
      "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW", "LANGUAGE");
  /** The classifier's outcomes are spaCy's types; the tagging holds native labels. */
  private static final Map<String, String> TO_NATIVE = Map.of("ORG", "ORGANIZATION", "GPE", "LOCATION",
      "NORP", "NATIONALITY");
  public static final String NOT_A_NAME = "O";

  /**
   * When to change a type: the new type's probability at least {@code threshold} and ahead of the
   * current type's by {@code margin}. {@code dropThreshold} above 1 never removes a span.
   */
  public record Decision(double threshold, double margin, double dropThreshold) {}

  /** Tuned on the dev set (docs/MODELS.md, "The name re-typer"). */
  static final Decision SHIPPED_DECISION = new Decision(0.6, 0.3, 2.0);

  private final MaxentModel model;
  private final Decision decision;

  public NameRetyper(MaxentModel model, Decision decision) {
    this.model = model;
    this.decision = decision;
  }

  private static volatile NameRetyper shipped;

  /** The model in the jar, loaded once (a few hundred milliseconds). */
  public static NameRetyper shipped() {
    NameRetyper r = shipped;
    if (r == null) {
      synchronized (NameRetyper.class) {
        if (shipped == null) {
          shipped = new NameRetyper(load(), SHIPPED_DECISION);
        }
        r = shipped;
      }
    }
    return r;
  }

  static MaxentModel load() {
    try (InputStream in = NameRetyper.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the jar");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static MaxentModel read(InputStream gzipped) throws IOException {
    DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(gzipped, 1 << 16)));
    return new GenericModelReader(new BinaryFileDataReader(data)).getModel();
  }

  @Override
  public void accept(TaggedSentence t) {
    if (!t.casing.informative()) {
      return; // the features read capitals
    }
    for (TokenSpan n : t.spans()) {
      int at = n.start();
      if (!eligible(n.label(), t.sources[at])) {
        continue;
      }
      String current = spacyLabel(t.words, n.start(), n.end(), n.label());
      double[] p = model.eval(features(t, n.start(), n.end()));
      String best = model.getBestOutcome(p);
      String next = decide(current, best, p[model.getIndex(best)], current == null ? 0 : prob(p, current));
      if (next == null) {
        continue;
      }
      if (NOT_A_NAME.equals(next)) {
        t.clear(n.start(), n.end());
        continue;
      }
      String nativeLabel = TO_NATIVE.getOrDefault(next, next);
      if (!next.equals(spacyLabel(t.words, n.start(), n.end(), nativeLabel))) {
        continue; // e.g. GPE for "Lake Tahoe": the scheme would call it LOC anyway
      }
      String source = t.sources[at].endsWith(SUFFIX) ? t.sources[at] : t.sources[at] + SUFFIX;
      t.set(n.start(), n.end(), nativeLabel, t.scores[at], source);
    }
  }

  /**
   * The CRFs' coarse types only: the rules' fine types (LANGUAGE, LAW, NORP...) are more precise
   * than the data. Places are left alone too: GPE is the CRFs' most reliable type on news and a
   * fifth of its entities, while the training corpora type places by their own conventions (on the
   * dev set re-typing them broke "Kentucky", "Wuhan" and a city "Cambridge" for one university fixed).
   */
  static final Set<String> RETYPED = Set.of("PERSON", "ORGANIZATION", "MISC");

  /** Widened for measuring a model trained on the hand-annotated corpus (data/corpus): every name span. */
  static final boolean ALL_NAMES = Boolean.getBoolean("retyper.allNames");

  public static boolean eligible(String nativeLabel, String source) {
    if (ALL_NAMES) {
      return NAME_LABELS.contains(nativeLabel) && source != null;
    }
    return RETYPED.contains(nativeLabel) && source != null && !source.startsWith("rules:") && !source.contains("+names");
  }

  /** The type to give instead, or {@code null} to keep the current one. */
  public String decide(String current, String best, double pBest, double pCurrent) {
    if (best.equals(current)) {
      return null;
    }
    if (NOT_A_NAME.equals(best)) {
      return pBest >= decision.dropThreshold() ? best : null;
    }
    return pBest >= decision.threshold() && pBest - pCurrent >= decision.margin() ? best : null;
  }

  private double prob(double[] p, String outcome) {
    int i = model.getIndex(outcome);
    return i < 0 ? 0 : p[i];
  }

  /** Probabilities for one span, by outcome name (training and tuning read them). */
  double[] eval(TaggedSentence t, int from, int to) {
    return model.eval(features(t, from, to));
  }

  MaxentModel model() {
    return model;
  }

  public static String[] features(TaggedSentence t, int from, int to) {
    return SpanFeatures.of(t.words, from, to, t.labels[from], shortSource(t.sources[from]), t.scores[from]);
  }

  /** The name of the span's stage: "3class" for english.all.3class.distsim.crf.ser.gz, "rules:names"... */
  static String shortSource(String source) {
    if (source == null) {
      return "none";
    }
    String stage = source.split("\\+", 2)[0];
    for (String part : stage.split("\\.")) {
      if (part.matches("\\d+class")) {
        stage = part;
        break;
      }
    }
    return stage + (source.contains("+names") ? "+names" : "") + (source.contains("+document") ? "+doc" : "");
  }

  /** What the spaCy scheme would call this span (null: it would drop it). */
  public static String spacyLabel(String[] words, int from, int to, String nativeLabel) {
    return LabelScheme.SPACY.map(nativeLabel, String.join(" ", java.util.Arrays.copyOfRange(words, from, to)));
  }
}
