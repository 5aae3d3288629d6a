package io.nerbyoc.engine.rules;

import io.nerbyoc.core.TaggedSentence;
import io.nerbyoc.core.TokenSpan;
import io.nerbyoc.names.NameBoundaries;
import io.nerbyoc.names.NameTyper;
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

  static void apply(TaggedSentence t) {
    if (!t.casing.informative()) {
      // Capitals say nothing here, so only the word lists apply.
      for (int i = 0; i < t.size(); i++) {
        if (t.isFree(i, i + 1) && NameTyper.isPeopleWordAnyCase(t.words[i])) {
          t.set(i, i + 1, "NATIONALITY", SCORE, SOURCE);
        }
      }
      List<TokenSpan> in = t.spans();
      write(t, in, NameBoundaries.roles(t.words, in)); // contract roles need no capitals
      return;
    }
    List<TokenSpan> in = t.spans();
    write(t, in, NameBoundaries.apply(t.words, t.attached, NameTyper.type(t.words, in)));
  }

  /** Writes back the spans {@code out} that differ from {@code in}. */
  private static void write(TaggedSentence t, List<TokenSpan> in, List<TokenSpan> out) {
    Set<TokenSpan> before = new HashSet<>(in);
    Set<TokenSpan> after = new HashSet<>(out);
    double[] scores = t.scores.clone();
    String[] sources = t.sources.clone();
    String[] labels = t.labels.clone();
    for (TokenSpan s : in) {
      if (!after.contains(s)) {
        t.clear(s.start(), s.end());
      }
    }
    for (TokenSpan s : out) {
      if (before.contains(s)) {
        continue;
      }
      double score = SCORE;
      String source = SOURCE;
      for (int i = s.start(); i < s.end(); i++) {
        if (!TaggedSentence.OUTSIDE.equals(labels[i])) {
          score = scores[i];
          source = sources[i].startsWith("rules:") || sources[i].endsWith(SUFFIX) ? sources[i] : sources[i] + SUFFIX;
          break;
        }
      }
      t.set(s.start(), s.end(), s.label(), score, source);
    }
  }
}
