package io.nerbyoc.spacy.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * spaCy's rule-based tokenizer, reimplemented: split on whitespace (one space after a token is
 * its trailing space, further whitespace becomes tokens), then per chunk a special case, or
 * prefixes and suffixes peeled off until none match, the rest a token/URL match or split at
 * infixes; finally special cases that only appear after splitting (such as ":)" after "(") are
 * merged back, longest first. Offsets follow from the token lengths, as in spaCy.
 */
public final class SpacyTokenizer {
  private static final int CACHE_LIMIT = 50_000;

  private final TokenizerRules rules;
  /** Each whitespace-delimited chunk's tokens, as spaCy caches them: most chunks repeat. */
  private final Map<String, TokenizerRules.Piece[]> cache = new java.util.concurrent.ConcurrentHashMap<>();
  /** Special cases whose text the affix rules would split, by their first token (spaCy's special matcher). */
  private final Map<String, List<List<String>>> splitSpecials = new HashMap<>();

  public SpacyTokenizer(TokenizerRules rules) {
    this.rules = rules;
    for (String key : rules.specials().keySet()) {
      if (!rules.fasterHeuristics() || find(rules.prefix(), key) || find(rules.infix(), key) || find(rules.suffix(), key)
          || key.contains(" ")) {
        List<String> orths = new ArrayList<>();
        for (Piece p : pieces(key, false)) {
          orths.add(p.orth);
        }
        splitSpecials.computeIfAbsent(orths.get(0), k -> new ArrayList<>()).add(orths);
      }
    }
  }

  /** A token being built: text, exception NORM, and whether a space follows. */
  private static final class Piece {
    final String orth;
    final String norm;
    boolean space;

    Piece(String orth, String norm) {
      this.orth = orth;
      this.norm = norm;
    }
  }

  public List<SpacyToken> tokenize(String text) {
    List<Piece> pieces = mergeSplitSpecials(pieces(text, true));
    List<SpacyToken> out = new ArrayList<>(pieces.size());
    int at = 0;
    for (Piece p : pieces) {
      out.add(new SpacyToken(p.orth, at, at + p.orth.length(), p.norm, p.space));
      at += p.orth.length() + (p.space ? 1 : 0);
    }
    return out;
  }

  private List<Piece> pieces(String text, boolean specials) {
    List<Piece> out = new ArrayList<>();
    if (text.isEmpty()) {
      return out;
    }
    int start = 0;
    boolean inWs = PyStrings.isSpace(text.codePointAt(0));
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (PyStrings.isSpace(cp) != inWs) {
        if (start < i) {
          chunk(text.substring(start, i), specials, out);
        }
        if (cp == ' ') {
          out.get(out.size() - 1).space = true;
          start = i + 1;
        } else {
          start = i;
        }
        inWs = !inWs;
      }
      i += Character.charCount(cp);
    }
    if (start < text.length()) {
      chunk(text.substring(start), specials, out);
    }
    return out;
  }

  /**
   * A run without spaces longer than this is tokenized in pieces of this many characters. spaCy's
   * affix loop strips one prefix and one suffix at a time, searching the whole rest each time:
   * quadratic in the run's length, and a 40,000-character run of brackets held a worker for
   * minutes. No word is this long, so real text tokenizes exactly as spaCy does.
   */
  static final int LONG_RUN = 256;

  private void chunk(String span, boolean specials, List<Piece> out) {
    if (span.length() > LONG_RUN) {
      for (int i = 0; i < span.length(); ) {
        int end = Math.min(span.length(), i + LONG_RUN);
        if (end < span.length() && Character.isHighSurrogate(span.charAt(end - 1))) {
          end--;
        }
        split(span.substring(i, end), specials, out);
        i = end;
      }
      return;
    }
    if (!specials) {
      split(span, false, out);
      return;
    }
    TokenizerRules.Piece[] cached = cache.get(span);
    if (cached == null) {
      List<Piece> fresh = new ArrayList<>();
      split(span, true, fresh);
      cached = new TokenizerRules.Piece[fresh.size()];
      for (int i = 0; i < cached.length; i++) {
        cached[i] = new TokenizerRules.Piece(fresh.get(i).orth, fresh.get(i).norm);
      }
      if (cache.size() < CACHE_LIMIT) {
        cache.put(span, cached);
      }
    }
    for (TokenizerRules.Piece p : cached) {
      out.add(new Piece(p.orth(), p.norm()));
    }
  }

  private void split(String span, boolean specials, List<Piece> out) {
    if (specials && addSpecial(span, out)) {
      return;
    }
    List<String> prefixes = new ArrayList<>();
    List<String> suffixes = new ArrayList<>();
    String rest = splitAffixes(span, prefixes, suffixes, specials);
    for (String p : prefixes) {
      out.add(new Piece(p, null));
    }
    if (!rest.isEmpty()) {
      if (specials && addSpecial(rest, out)) {
        // a special case in the middle
      } else if (lookingAt(rules.tokenMatch(), rest) || lookingAt(rules.urlMatch(), rest)) {
        out.add(new Piece(rest, null));
      } else {
        splitInfixes(rest, out);
      }
    }
    for (int i = suffixes.size() - 1; i >= 0; i--) {
      out.add(new Piece(suffixes.get(i), null));
    }
  }

  private String splitAffixes(String s, List<String> prefixes, List<String> suffixes, boolean specials) {
    int lastSize = -1;
    while (!s.isEmpty() && s.length() != lastSize) {
      if (lookingAt(rules.tokenMatch(), s) || (specials && rules.specials().containsKey(s))) {
        break;
      }
      lastSize = s.length();
      int pre = rules.prefixAnchored() ? lookingAtLength(rules.prefix(), s) : matchLength(rules.prefix(), s);
      if (pre != 0) {
        String minusPre = s.substring(pre);
        if (!minusPre.isEmpty() && specials && rules.specials().containsKey(minusPre)) {
          prefixes.add(s.substring(0, pre));
          s = minusPre;
          break;
        }
      }
      int suf = matchLength(rules.suffix(), s.substring(pre));
      if (suf != 0) {
        String minusSuf = s.substring(0, s.length() - suf);
        if (!minusSuf.isEmpty() && specials && rules.specials().containsKey(minusSuf)) {
          suffixes.add(s.substring(s.length() - suf));
          s = minusSuf;
          break;
        }
      }
      if (pre != 0 && suf != 0 && pre + suf <= s.length()) {
        prefixes.add(s.substring(0, pre));
        suffixes.add(s.substring(s.length() - suf));
        s = s.substring(pre, s.length() - suf);
      } else if (pre != 0) {
        prefixes.add(s.substring(0, pre));
        s = s.substring(pre);
      } else if (suf != 0) {
        suffixes.add(s.substring(s.length() - suf));
        s = s.substring(0, s.length() - suf);
      }
    }
    return s;
  }

  private void splitInfixes(String s, List<Piece> out) {
    if (rules.infix() == null) {
      out.add(new Piece(s, null));
      return;
    }
    Matcher m = rules.infix().matcher(s);
    int start = 0;
    boolean any = false;
    while (m.find()) {
      any = true;
      int is = m.start();
      int ie = m.end();
      if (is == 0) {
        continue; // an infix at the very start does not split (spaCy skips it)
      }
      if (is != start) {
        out.add(new Piece(s.substring(start, is), null));
      }
      if (is != ie) {
        out.add(new Piece(s.substring(is, ie), null));
      }
      start = ie;
    }
    if (!any) {
      out.add(new Piece(s, null));
      return;
    }
    if (start < s.length()) {
      out.add(new Piece(s.substring(start), null));
    }
  }

  private boolean addSpecial(String s, List<Piece> out) {
    List<TokenizerRules.Piece> special = rules.specials().get(s);
    if (special == null) {
      return false;
    }
    for (TokenizerRules.Piece p : special) {
      out.add(new Piece(p.orth(), p.norm()));
    }
    return true;
  }

  /** Special cases spanning several affix-split tokens, merged back: longest first, then leftmost. */
  private List<Piece> mergeSplitSpecials(List<Piece> tokens) {
    if (splitSpecials.isEmpty()) {
      return tokens;
    }
    List<int[]> matches = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      List<List<String>> candidates = splitSpecials.get(tokens.get(i).orth);
      if (candidates == null) {
        continue;
      }
      for (List<String> orths : candidates) {
        if (matchesAt(tokens, i, orths)) {
          matches.add(new int[] {i, i + orths.size()});
        }
      }
    }
    if (matches.isEmpty()) {
      return tokens;
    }
    matches.sort((a, b) -> a[1] - a[0] != b[1] - b[0] ? (b[1] - b[0]) - (a[1] - a[0]) : a[0] - b[0]);
    Set<Integer> seen = new HashSet<>();
    Map<Integer, Integer> kept = new HashMap<>();
    for (int[] m : matches) {
      if (!seen.contains(m[0]) && !seen.contains(m[1] - 1)) {
        kept.put(m[0], m[1]);
      }
      for (int t = m[0]; t < m[1]; t++) {
        seen.add(t);
      }
    }
    List<Piece> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); ) {
      Integer end = kept.get(i);
      if (end == null) {
        out.add(tokens.get(i++));
        continue;
      }
      StringBuilder text = new StringBuilder();
      for (int t = i; t < end; t++) {
        text.append(tokens.get(t).orth);
        if (t < end - 1 && tokens.get(t).space) {
          text.append(' ');
        }
      }
      List<TokenizerRules.Piece> special = rules.specials().get(text.toString());
      if (special == null) {
        for (int t = i; t < end; t++) {
          out.add(tokens.get(t));
        }
      } else {
        for (TokenizerRules.Piece p : special) {
          out.add(new Piece(p.orth(), p.norm()));
        }
        out.get(out.size() - 1).space = tokens.get(end - 1).space;
      }
      i = end;
    }
    return out;
  }

  private static boolean matchesAt(List<Piece> tokens, int i, List<String> orths) {
    if (i + orths.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < orths.size(); k++) {
      if (!tokens.get(i + k).orth.equals(orths.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean find(java.util.regex.Pattern p, String s) {
    return p != null && p.matcher(s).find();
  }

  private static boolean lookingAt(java.util.regex.Pattern p, String s) {
    return p != null && p.matcher(s).lookingAt();
  }

  private static int lookingAtLength(java.util.regex.Pattern p, String s) {
    Matcher m = p.matcher(s);
    return m.lookingAt() ? m.end() : 0;
  }

  private static int matchLength(java.util.regex.Pattern p, String s) {
    if (p == null) {
      return 0;
    }
    Matcher m = p.matcher(s);
    return m.find() ? m.end() - m.start() : 0;
  }
}
