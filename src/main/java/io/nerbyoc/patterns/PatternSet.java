package io.nerbyoc.patterns;

import java.util.ArrayList;
import java.util.List;

/**
 * A loaded patterns file, matched like spaCy's EntityRuler: at each token the longest phrase or
 * token pattern wins, matches never overlap, and earlier matches win ties.
 */
public final class PatternSet {
  /** A match over tokens [start, end) of the pattern at {@code pattern}. */
  public record Match(int start, int end, EntityPattern pattern) {}

  private final List<EntityPattern> patterns;
  private final PhraseIndex phrases;
  private final TokenPatternMatcher tokenPatterns = new TokenPatternMatcher();

  public PatternSet(List<EntityPattern> patterns, boolean caseInsensitive) {
    this.patterns = List.copyOf(patterns);
    this.phrases = new PhraseIndex(caseInsensitive);
    for (int i = 0; i < patterns.size(); i++) {
      EntityPattern p = patterns.get(i);
      if (p.isPhrase()) {
        phrases.add(p.phrase(), i);
      } else {
        tokenPatterns.add(p.tokens(), i);
      }
    }
  }

  public int size() {
    return patterns.size();
  }

  public List<Match> match(String[] words) {
    TokenView[] views = tokenPatterns.size() == 0 ? null : new TokenView[words.length];
    if (views != null) {
      for (int i = 0; i < words.length; i++) {
        views[i] = TokenView.of(words[i]);
      }
    }
    List<Match> out = new ArrayList<>();
    int[] hit = new int[2];
    for (int i = 0; i < words.length; ) {
      int end = -1;
      int pattern = -1;
      if (phrases.longestAt(words, i, hit)) {
        end = hit[0];
        pattern = hit[1];
      }
      if (views != null && tokenPatterns.longestAt(views, i, hit) && hit[0] > end) {
        end = hit[0];
        pattern = hit[1];
      }
      if (end > i) {
        out.add(new Match(i, end, patterns.get(pattern)));
        i = end;
      } else {
        i++;
      }
    }
    return out;
  }
}
