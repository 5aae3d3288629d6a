package io.nerbyoc.names;

import java.util.Set;

/**
 * Places without a government (spaCy's LOC, not GPE): continents, world regions, oceans and seas,
 * mountain ranges, planets. Written by hand; the shipped gazetteer (regexner_caseless.tab) lists
 * only cities, states and countries, which are GPE.
 */
final class Places {
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
          "Rust Belt", "Great Plains", "Great Lakes", "Polynesia", "Melanesia", "Micronesia");

  private static final Set<String> DIRECTIONS =
      Set.of("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
          "Central", "Southeast", "Southeastern", "Northeast", "Northeastern", "Southwest",
          "Southwestern", "Northwest", "Northwestern", "Sub-Saharan", "Continental");

  private static final Set<String> CONTINENTS = Set.of("Africa", "Asia", "Europe", "America", "Asia-Pacific");

  private Places() {}

  /** Whether these words name a LOC place: "Asia", "Middle East", "Eastern Europe". */
  static boolean isLoc(Sentence s, int from, int to) {
    String text = s.text(from, to);
    if (NAMES.contains(text)) {
      return true;
    }
    return to - from == 2 && DIRECTIONS.contains(s.word(from)) && CONTINENTS.contains(s.word(from + 1));
  }
}
