package io.nerbyoc.names;

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
  private static final Set<String> NAMES =
      Set.of(
          "Africa", "Asia", "Europe", "Antarctica", "Oceania", "Eurasia", "Australasia",
          "North America", "South America", "Central America", "Latin America", "the Americas",
          "Americas", "Middle East", "Near East", "Far East", "Mideast", "Balkans", "Caribbean",
          "Scandinavia", "Siberia", "Sahara", "Sahel", "Himalayas", "Alps", "Andes", "Rockies",
          "Urals", "Pyrenees", "Appalachians", "Arctic", "Antarctic", "Pacific", "Atlantic",
          "Mediterranean", "Baltic", "Caucasus", "Persian Gulf", "Gulf", "Silicon Valley",
          "Midwest", "New England", "Horn of Africa", "Indian Ocean", "Arabian Peninsula",
          "Asia-Pacific", "Asia Pacific", "Patagonia", "Amazonia", "Mars", "Venus", "Jupiter",
          "Saturn", "Mercury", "Neptune", "Uranus", "Pluto", "Milky Way", "Gobi", "Kalahari",
          "Outback", "Riviera", "Levant", "Maghreb", "Transylvania", "Anatolia", "Mesopotamia",
          "Indochina", "Subcontinent", "West Coast", "East Coast", "Deep South", "Sun Belt",
          "Rust Belt", "Great Plains", "Great Lakes", "Polynesia", "Melanesia", "Micronesia",
          "South Asia", "East Asia", "Southeast Asia", "West Asia", "North Africa", "West Africa",
          "East Africa", "Northeast Asia", "South Pacific", "North Atlantic", "South Atlantic",
          "North Sea", "West End", "East End", "Korean Peninsula", "Iberian Peninsula");

  /** Directions that make a region of what follows: "Eastern Europe", "Northern Iraq". */
  private static final Set<String> REGION_DIRECTIONS =
      Set.of("Northern", "Southern", "Eastern", "Western", "Central", "Southeastern", "Northeastern",
          "Southwestern", "Northwestern", "Sub-Saharan", "Continental");

  /** Regions with a government of their own, or named so: GPE. */
  private static final Set<String> GPE_REGIONS =
      Set.of("Northern Ireland", "Western Australia", "Northern Territory", "Western Cape",
          "Eastern Cape", "Northern Cape", "Western Sahara", "Central African Republic",
          "Central Java", "Eastern Province", "Northern Province", "Western Province", "Southern Province",
          "Northern Mariana Islands", "Central Province");

  /** Names that are also adjectives ("Caribbean produce"): a place only after "the" or before no noun. */
  private static final Set<String> ALSO_ADJECTIVES =
      Set.of("Caribbean", "Mediterranean", "Pacific", "Atlantic", "Baltic", "Arctic", "Antarctic",
          "Balkans", "Levant");

  /** First words of {@link #NAMES}: most words start no LOC name, and this says so cheaply. */
  private static final java.util.Set<String> FIRST_WORDS =
      NAMES.stream().map(n -> n.split(" ")[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Places with a government whose name ends in a feature word: GPE, not LOC. */
  private static final Set<String> GPE_WITH_FEATURE =
      Set.of("Rhode Island", "Solomon Islands", "Marshall Islands", "Cayman Islands", "Virgin Islands",
          "Faroe Islands", "Falkland Islands", "Cook Islands", "Ivory Coast", "Gold Coast",
          "Canary Islands", "Balearic Islands", "Channel Islands", "Northern Mariana Islands");

  static boolean isGpe(String text) {
    return GPE_WITH_FEATURE.contains(text);
  }

  private Places() {}

  /** Whether these words name a LOC place: "Asia", "Middle East", "Eastern Europe". */
  static boolean isLoc(Sentence s, int from, int to) {
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
