package io.nerbyoc.patterns;

import io.nerbyoc.patterns.TokenSpec.Op;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Token patterns with spaCy's operators. Patterns whose first element pins a word are indexed by
 * it, so only those starting with the current token's text are tried there.
 */
final class TokenPatternMatcher {
  private final Map<String, List<Integer>> byFirstWord = new HashMap<>();
  private final List<Integer> unindexed = new ArrayList<>();
  private final List<List<TokenSpec>> specs = new ArrayList<>();
  private final List<Integer> patternIds = new ArrayList<>();

  void add(List<TokenSpec> pattern, int patternIndex) {
    int k = specs.size();
    specs.add(List.copyOf(pattern));
    patternIds.add(patternIndex);
    String first = pattern.get(0).literalLower();
    if (first != null) {
      byFirstWord.computeIfAbsent(first, w -> new ArrayList<>()).add(k);
    } else {
      unindexed.add(k);
    }
  }

  int size() {
    return specs.size();
  }

  /** The longest match at {@code start}, as in {@link PhraseIndex#longestAt}. */
  boolean longestAt(TokenView[] tokens, int start, int[] out) {
    int best = -1;
    int bestPattern = -1;
    List<Integer> indexed = byFirstWord.get(tokens[start].lower());
    for (List<Integer> group : indexed == null ? List.of(unindexed) : List.of(indexed, unindexed)) {
      for (int k : group) {
        int end = longest(specs.get(k), 0, tokens, start);
        if (end > start && end > best) {
          best = end;
          bestPattern = patternIds.get(k);
        }
      }
    }
    if (best < 0) {
      return false;
    }
    out[0] = best;
    out[1] = bestPattern;
    return true;
  }

  /** Longest end position matching specs[s..] from token t, or -1. Backtracking; patterns are short. */
  private static int longest(List<TokenSpec> specs, int s, TokenView[] tokens, int t) {
    if (s == specs.size()) {
      return t;
    }
    TokenSpec spec = specs.get(s);
    Op op = spec.op();
    int best = -1;
    if (op == Op.OPTIONAL || op == Op.STAR) {
      best = longest(specs, s + 1, tokens, t); // zero occurrences
    }
    if (op == Op.NOT) {
      // "!": the token must not match; consumes one token.
      return t < tokens.length && spec.matches(tokens[t]) ? longest(specs, s + 1, tokens, t + 1) : -1;
    }
    int i = t;
    while (i < tokens.length && spec.matches(tokens[i])) {
      i++;
      best = Math.max(best, longest(specs, s + 1, tokens, i));
      if (op == Op.ONE || op == Op.OPTIONAL) {
        break;
      }
    }
    return best;
  }
}
