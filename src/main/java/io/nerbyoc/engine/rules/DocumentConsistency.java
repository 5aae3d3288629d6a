package io.nerbyoc.engine.rules;

import io.nerbyoc.core.TaggedSentence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A name labelled once in a document is labelled everywhere in it: unlabelled occurrences of the
 * same capitalised token sequence get the label of its most confident labelled occurrence (the
 * cheap cousin of CoreNLP's Gibbs-sampling document consistency). Only sentences with informative
 * case take part: in an all-capitals document every word would look like a name.
 */
public final class DocumentConsistency {
  static final String SOURCE_SUFFIX = "+document";
  private static final int MAX_TOKENS = 6;

  private record Seen(String label, double score, String source) {}

  private DocumentConsistency() {}

  public static void apply(List<TaggedSentence> sentences) {
    Map<String, Seen> names = new HashMap<>();
    for (TaggedSentence t : sentences) {
      if (!t.casing.informative()) {
        continue; // a capitalised headline's labels are guesses: spreading them would multiply errors
      }
      for (int i = 0; i < t.size(); ) {
        int j = t.runEnd(i);
        if (!TaggedSentence.OUTSIDE.equals(t.labels[i]) && j - i <= MAX_TOKENS && TaggedSentence.capitalised(t.words[i])
            && !t.sources[i].startsWith("rules:")) {
          String key = String.join(" ", java.util.Arrays.asList(t.words).subList(i, j));
          Seen s = names.get(key);
          if (s == null || s.score < t.scores[i]) {
            names.put(key, new Seen(t.labels[i], t.scores[i], t.sources[i]));
          }
        }
        i = j;
      }
    }
    if (names.isEmpty()) {
      return;
    }
    for (TaggedSentence t : sentences) {
      if (!t.casing.informative()) {
        continue; // every word is capitalised there (or none is): no sign of a name
      }
      for (int i = 0; i < t.size(); i++) {
        if (!t.isFree(i, i + 1) || !TaggedSentence.capitalised(t.words[i])) {
          continue;
        }
        StringBuilder key = new StringBuilder();
        int match = -1;
        Seen found = null;
        for (int j = i; j < Math.min(t.size(), i + MAX_TOKENS) && t.isFree(j, j + 1); j++) {
          if (j > i) {
            key.append(' ');
          }
          key.append(t.words[j]);
          Seen s = names.get(key.toString());
          if (s != null) {
            match = j + 1;
            found = s;
          }
        }
        if (found != null && (match == t.size() || t.isFree(match, match + 1))) {
          t.set(i, match, found.label, found.score, found.source + SOURCE_SUFFIX);
          i = match - 1;
        }
      }
    }
  }
}
