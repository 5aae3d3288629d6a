package io.nerbyoc.spacy;

import io.nerbyoc.patterns.PatternSet;
import io.nerbyoc.spacy.ner.NerSpan;
import io.nerbyoc.spacy.text.SpacyToken;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An {@code entity_ruler} component, its patterns matched over spaCy's tokens by the project's
 * pattern matcher (leftmost longest; spaCy picks the longest of overlapping matches first, which
 * differs only when two patterns overlap). With {@code overwrite_ents} the ruler's entities replace
 * overlapping ones, otherwise existing entities win, as spaCy's ents filters do. Ruler entities
 * score 1.0.
 */
record RulerStep(String name, PatternSet patterns, List<String> labels, boolean overwrite) implements PipeStep {
  @Override
  public void process(SpacyDoc doc) {
    String[] words = new String[doc.tokens.size()];
    for (int i = 0; i < words.length; i++) {
      SpacyToken t = doc.tokens.get(i);
      words[i] = t.text();
    }
    List<NerSpan> found = new ArrayList<>();
    for (PatternSet.Match m : patterns.match(words)) {
      found.add(new NerSpan(m.start(), m.end(), m.pattern().label(), 1.0));
    }
    if (found.isEmpty()) {
      return;
    }
    List<NerSpan> kept = new ArrayList<>();
    if (overwrite) {
      for (NerSpan e : doc.ents) {
        if (found.stream().noneMatch(f -> overlaps(e, f))) {
          kept.add(e);
        }
      }
      kept.addAll(found);
    } else {
      kept.addAll(doc.ents);
      for (NerSpan f : found) {
        if (doc.ents.stream().noneMatch(e -> overlaps(e, f))) {
          kept.add(f);
        }
      }
    }
    kept.sort(Comparator.comparingInt(NerSpan::start));
    doc.ents = kept;
  }

  private static boolean overlaps(NerSpan a, NerSpan b) {
    return a.start() < b.end() && b.start() < a.end();
  }
}
