package io.nerbyoc.names;

import io.nerbyoc.core.TaggedSentence;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Places without a government (spaCy's LOC, not GPE): continents, world regions, oceans and seas,
 * mountain ranges, planets. Written by hand; the shipped gazetteer (regexner_caseless.tab) lists
 * only cities, states and countries, which are GPE.
 */
final class Places {
  // Compiled once: these run for every sentence.
  private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}\\p{L}+");
  private static final Set<String> NAMES = WordList.load("loc-names");

  /** Directions that make a region of what follows: "Eastern Europe", "Northern Iraq". */
  private static final Set<String> REGION_DIRECTIONS = WordList.load("region-directions");

  /** Regions with a government of their own, or named so: GPE. */
  private static final Set<String> GPE_REGIONS = WordList.load("gpe-regions");

  /** Names that are also adjectives ("Caribbean produce"): a place only after "the" or before no noun. */
  private static final Set<String> ALSO_ADJECTIVES = WordList.load("loc-also-adjectives");

  /** First words of {@link #NAMES}: most words start no LOC name, and this says so cheaply. */
  private static final java.util.Set<String> FIRST_WORDS =
      NAMES.stream().map(n -> n.split(" ")[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Places with a government whose name ends in a feature word: GPE, not LOC. */
  private static final Set<String> GPE_WITH_FEATURE = WordList.load("gpe-with-feature");

  static boolean isGpe(String text) {
    return GPE_WITH_FEATURE.contains(text);
  }

  private Places() {}

  /** Whether these words name a LOC place: "Asia", "Middle East", "Eastern Europe". */
  static boolean isLoc(TaggedSentence s, int from, int to) {
    String first = s.word(from);
    if (!FIRST_WORDS.contains(first) && !REGION_DIRECTIONS.contains(first)) {
      return false;
    }
    String text = s.text(from, to);
    if (ALSO_ADJECTIVES.contains(text)) {
      String next = s.lower(to);
      return "the".equals(s.lower(from - 1)) && (next.isEmpty() || !Character.isLowerCase(next.codePointAt(0)));
    }
    if (NAMES.contains(text)) {
      return true;
    }
    if (to - from < 2 || !REGION_DIRECTIONS.contains(s.word(from)) || GPE_REGIONS.contains(text)) {
      return false;
    }
    for (int k = from + 1; k < to; k++) {
      if (!CAPITALISED_WORD.matcher(s.word(k)).matches()) {
        return false; // "Eastern mysticism", "Central:"
      }
    }
    return true;
  }
}
