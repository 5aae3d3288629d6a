package io.nerbyoc.names;

import io.nerbyoc.core.TaggedSentence;
import java.util.Locale;
import java.util.Set;

/**
 * Nationalities, religious and political groups (spaCy's NORP), as adjectives or members'
 * plurals. Two lists: {@link #WORDS}, written by hand (the frozen {@link NationalityList} and more:
 * peoples, faiths, parties), and {@code nationalities.txt}, distilled from the nationality words
 * CoreNLP ships (see scripts/distill_nationalities.py). No corpus was used.
 */
final class Norp {
  /**
   * The frozen list without "arabic" (a language, decided by {@link Languages}), and more
   * countries, peoples, faiths and parties (issue 13, written by hand).
   */
  private static final Set<String> WORDS = words();

  private static Set<String> words() {
    Set<String> all = new java.util.HashSet<>(NationalityList.FROZEN);
    all.remove("arabic");
    all.addAll(WordList.load("norp-words-more"));
    return Set.copyOf(all);
  }

  /** Two-word groups that are one NORP: "Latin American", "Roman Catholic" (second word singular). */
  private static final Set<String> PAIRS = WordList.load("norp-pairs");

  /** Directions that make a two-word group with a member: "South Korean", "East German". */
  private static final Set<String> DIRECTIONS = WordList.load("norp-directions");

  private static final Set<String> SHIPPED = readList("nationalities.txt");

  private Norp() {}

  private static Set<String> readList(String name) {
    try (java.io.InputStream in = Norp.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static boolean listed(String lower) {
    return WORDS.contains(lower) || SHIPPED.contains(lower);
  }

  /** Capitalised list word, singular or plural ("Americans", "Democrats", "Tories"). */
  static boolean isMember(String word) {
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    return listed(singular(word.toLowerCase(Locale.ROOT)));
  }

  /** List words that are also ordinary adjectives: without capitals they are usually that. */
  private static final Set<String> LOWER_CASE_AMBIGUOUS = WordList.load("norp-also-adjectives");

  /** A list word in any case, for text whose case says nothing ("american", "AMERICANS"). */
  static boolean isMemberAnyCase(String word) {
    String w = singular(word.toLowerCase(Locale.ROOT));
    return !LOWER_CASE_AMBIGUOUS.contains(w) && listed(w);
  }

  /** Words of the NORP group starting at {@code i}: 2, 1 or 0. */
  static int match(String[] w, int i) {
    if (!TaggedSentence.capitalised(w[i])) {
      return 0;
    }
    if (i + 1 < w.length && TaggedSentence.capitalised(w[i + 1])) {
      String first = w[i].toLowerCase(Locale.ROOT);
      String pair = first + " " + singular(w[i + 1].toLowerCase(Locale.ROOT));
      if (PAIRS.contains(pair) || (DIRECTIONS.contains(first) && isMember(w[i + 1]))) {
        return 2;
      }
    }
    return isMember(w[i]) ? 1 : 0;
  }

  private static String singular(String w) {
    if (listed(w)) {
      return w;
    }
    if (w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y"; // Tories
    }
    if (w.endsWith("s")) {
      return w.substring(0, w.length() - 1);
    }
    if (w.endsWith("men")) {
      return w.substring(0, w.length() - 3) + "man";
    }
    return w;
  }

  /**
   * A single capitalised word shaped like a people's adjective or plural (-an, -ese, -ish, -i),
   * for MISC names the list does not hold ("Bolivarian", "Sudanese"). Not "-man" (Superman).
   */
  static boolean hasForm(String w) {
    return TaggedSentence.capitalised(w)
        && w.length() > 4
        && w.chars().allMatch(Character::isLetter)
        && FORM.matcher(w).matches()
        && !MAN.matcher(w).matches();
  }

  private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile(".*(?:[^m]ans?|ians?|eses?|ish|[^aeiou]is?)");
  private static final java.util.regex.Pattern MAN = java.util.regex.Pattern.compile("(?i).*(?:man|men)");
}
