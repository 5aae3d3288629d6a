package io.nerbyoc.engine.rules;

import io.nerbyoc.core.TokenSentence;
import io.nerbyoc.names.NameBoundaries;
import io.nerbyoc.names.NameTyper;
import io.nerbyoc.names.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rule stage for fine name types ({@link NameTyper}) and name boundaries ({@link
 * NameBoundaries}): hands them the sentence's words and spans and writes back what they changed. A retyped CRF span keeps its score and its source (plus
 * {@link #SUFFIX}), so document consistency still spreads it; a new span is this rule's.
 */
final class NameRules {
  static final String SOURCE = "rules:names";
  static final String SUFFIX = "+names";
  private static final double SCORE = 0.8;

  private NameRules() {}

  static void apply(Tagging t) {
    if (!t.casing.informative()) {
      // Capitals say nothing here, so only the word lists apply.
      for (int i = 0; i < t.size(); i++) {
        if (t.isFree(i, i + 1) && NameTyper.isPeopleWordAnyCase(t.words[i])) {
          t.set(i, i + 1, "NATIONALITY", SCORE, SOURCE);
        }
      }
      List<Span> in = spans(t);
      write(t, in, NameBoundaries.roles(t.words, in)); // contract roles need no capitals
      return;
    }
    List<Span> in = spans(t);
    write(t, in, NameBoundaries.apply(t.words, t.attached, NameTyper.type(t.words, in)));
  }

  private static List<Span> spans(Tagging t) {
    List<Span> in = new ArrayList<>();
    for (TokenSentence.Name n : t.spans()) {
      in.add(new Span(n.start(), n.end(), n.label()));
    }
    return in;
  }

  /** Writes back the spans {@code out} that differ from {@code in}. */
  private static void write(Tagging t, List<Span> in, List<Span> out) {
    Set<Span> before = new HashSet<>(in);
    Set<Span> after = new HashSet<>(out);
    double[] scores = t.scores.clone();
    String[] sources = t.sources.clone();
    String[] labels = t.labels.clone();
    for (Span s : in) {
      if (!after.contains(s)) {
        t.clear(s.from(), s.to());
      }
    }
    for (Span s : out) {
      if (before.contains(s)) {
        continue;
      }
      double score = SCORE;
      String source = SOURCE;
      for (int i = s.from(); i < s.to(); i++) {
        if (!Tagging.OUTSIDE.equals(labels[i])) {
          score = scores[i];
          source = sources[i].startsWith("rules:") || sources[i].endsWith(SUFFIX) ? sources[i] : sources[i] + SUFFIX;
          break;
        }
      }
      t.set(s.from(), s.to(), s.label(), score, source);
    }
  }
}
