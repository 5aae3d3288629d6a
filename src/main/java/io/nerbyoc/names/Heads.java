package io.nerbyoc.names;

import java.util.Map;
import java.util.Set;

/**
 * The word that names a kind of thing inside a name, written by hand from spaCy's
 * conventions (../shared/reference/spacy-labels.md): the last word ("Clean Air Act", "Golden
 * Gate Bridge", "Korean War", "Pulitzer Prize", "Pacific Ocean") or the first, before "of" or a
 * name ("Treaty of Versailles", "Battle of Hastings", "Hurricane Ida", "Route 66").
 * Hospitals, museums, universities and churches are left out: they are ORG more often than FAC.
 */
final class Heads {
  static final Map<String, String> LAST = Map.ofEntries(
      // LAW
      Map.entry("Act", Types.LAW), Map.entry("Acts", Types.LAW), Map.entry("Treaty", Types.LAW),
      Map.entry("Constitution", Types.LAW), Map.entry("Amendment", Types.LAW), Map.entry("Code", Types.LAW),
      Map.entry("Accord", Types.LAW), Map.entry("Accords", Types.LAW), Map.entry("Protocol", Types.LAW),
      Map.entry("Charter", Types.LAW), Map.entry("Statute", Types.LAW), Map.entry("Conventions", Types.LAW),
      Map.entry("Convention", Types.LAW), Map.entry("Proclamation", Types.LAW),
      // EVENT
      Map.entry("War", Types.EVENT), Map.entry("Wars", Types.EVENT), Map.entry("Revolution", Types.EVENT),
      Map.entry("Uprising", Types.EVENT), Map.entry("Rebellion", Types.EVENT), Map.entry("Crisis", Types.EVENT),
      Map.entry("Massacre", Types.EVENT), Map.entry("Olympics", Types.EVENT), Map.entry("Olympiad", Types.EVENT),
      Map.entry("Games", Types.EVENT), Map.entry("Cup", Types.EVENT), Map.entry("Championship", Types.EVENT),
      Map.entry("Championships", Types.EVENT), Map.entry("Bowl", Types.EVENT), Map.entry("Prix", Types.EVENT),
      Map.entry("Marathon", Types.EVENT), Map.entry("Tournament", Types.EVENT), Map.entry("Festival", Types.EVENT),
      Map.entry("Expo", Types.EVENT), Map.entry("Summit", Types.EVENT), Map.entry("Riots", Types.EVENT),
      Map.entry("Blitz", Types.EVENT), Map.entry("Contest", Types.EVENT), Map.entry("Revolt", Types.EVENT),
      Map.entry("Tour", Types.EVENT), Map.entry("Depression", Types.EVENT), Map.entry("Cups", Types.EVENT),
      Map.entry("Series", Types.EVENT),
      // WORK_OF_ART: awards
      Map.entry("Prize", Types.WORK), Map.entry("Prizes", Types.WORK), Map.entry("Award", Types.WORK),
      Map.entry("Awards", Types.EVENT), Map.entry("Medal", Types.WORK), Map.entry("Trophy", Types.WORK),
      Map.entry("Globe", Types.WORK), Map.entry("Globes", Types.WORK),
      // FAC
      Map.entry("Airport", Types.FAC), Map.entry("Bridge", Types.FAC), Map.entry("Tunnel", Types.FAC),
      Map.entry("Street", Types.FAC), Map.entry("Avenue", Types.FAC), Map.entry("Road", Types.FAC),
      Map.entry("Boulevard", Types.FAC), Map.entry("Highway", Types.FAC), Map.entry("Freeway", Types.FAC),
      Map.entry("Expressway", Types.FAC), Map.entry("Turnpike", Types.FAC), Map.entry("Parkway", Types.FAC),
      Map.entry("Square", Types.FAC), Map.entry("Tower", Types.FAC), Map.entry("Towers", Types.FAC),
      Map.entry("Building", Types.FAC), Map.entry("Stadium", Types.FAC), Map.entry("Arena", Types.FAC),
      Map.entry("Coliseum", Types.FAC), Map.entry("Colosseum", Types.FAC), Map.entry("Palace", Types.FAC),
      Map.entry("Castle", Types.FAC), Map.entry("Cathedral", Types.FAC), Map.entry("Abbey", Types.FAC),
      Map.entry("Mosque", Types.FAC), Map.entry("Temple", Types.FAC), Map.entry("Memorial", Types.FAC),
      Map.entry("Monument", Types.FAC), Map.entry("Dam", Types.FAC), Map.entry("Canal", Types.FAC),
      Map.entry("Station", Types.FAC), Map.entry("Terminal", Types.FAC), Map.entry("Pier", Types.FAC),
      Map.entry("Wall", Types.FAC), Map.entry("Gate", Types.FAC), Map.entry("Plaza", Types.FAC),
      Map.entry("Mall", Types.FAC), Map.entry("Prison", Types.FAC), Map.entry("Penitentiary", Types.FAC),
      Map.entry("Garden", Types.FAC), Map.entry("Hall", Types.FAC), Map.entry("Lighthouse", Types.FAC),
      Map.entry("Raceway", Types.FAC), Map.entry("Speedway", Types.FAC), Map.entry("Base", Types.FAC),
      Map.entry("Barrage", Types.FAC), Map.entry("Viaduct", Types.FAC), Map.entry("Aqueduct", Types.FAC),
      Map.entry("Theater", Types.FAC), Map.entry("Theatre", Types.FAC),
      // LOC: natural features
      Map.entry("River", Types.LOC), Map.entry("Ocean", Types.LOC), Map.entry("Sea", Types.LOC),
      Map.entry("Mountains", Types.LOC), Map.entry("Valley", Types.LOC), Map.entry("Desert", Types.LOC),
      Map.entry("Peninsula", Types.LOC), Map.entry("Gulf", Types.LOC), Map.entry("Strait", Types.LOC),
      Map.entry("Canyon", Types.LOC), Map.entry("Glacier", Types.LOC), Map.entry("Basin", Types.LOC),
      Map.entry("Islands", Types.LOC), Map.entry("Coast", Types.LOC), Map.entry("Range", Types.LOC),
      Map.entry("Peak", Types.LOC), Map.entry("Peaks", Types.LOC), Map.entry("Creek", Types.LOC),
      Map.entry("Lake", Types.LOC), Map.entry("Mountain", Types.LOC), Map.entry("Archipelago", Types.LOC),
      Map.entry("Wilderness", Types.LOC), Map.entry("Reef", Types.LOC), Map.entry("Plateau", Types.LOC),
      Map.entry("Hills", Types.LOC));

  /** Lower-case natural features a name may carry: "the Tigris river". */
  static final Set<String> NATURAL_LOWER =
      Set.of("river", "mountains", "range", "lake", "valley", "desert", "creek", "canyon", "peninsula", "islands");

  /** First words of a name when "of" (or "on", "for") follows: "Treaty of Versailles". */
  static final Map<String, String> BEFORE_OF = Map.ofEntries(
      Map.entry("Treaty", Types.LAW), Map.entry("Act", Types.LAW), Map.entry("Statute", Types.LAW),
      Map.entry("Charter", Types.LAW), Map.entry("Convention", Types.LAW), Map.entry("Proclamation", Types.LAW), Map.entry("Edict", Types.LAW),
      Map.entry("Declaration", Types.LAW), Map.entry("Constitution", Types.LAW), Map.entry("Bill", Types.LAW),
      Map.entry("Battle", Types.EVENT), Map.entry("Siege", Types.EVENT), Map.entry("Sack", Types.EVENT),
      Map.entry("War", Types.EVENT), Map.entry("Council", Types.EVENT), Map.entry("Massacre", Types.EVENT),
      Map.entry("Tower", Types.FAC), Map.entry("Palace", Types.FAC), Map.entry("Bridge", Types.FAC),
      Map.entry("Statue", Types.FAC), Map.entry("Temple", Types.FAC), Map.entry("Cathedral", Types.FAC),
      Map.entry("Gulf", Types.LOC), Map.entry("Sea", Types.LOC), Map.entry("Isle", Types.LOC),
      Map.entry("Bay", Types.LOC), Map.entry("Strait", Types.LOC), Map.entry("Straits", Types.LOC),
      Map.entry("Medal", Types.WORK), Map.entry("Invasion", Types.EVENT),
      // institutions of a place are one ORG: "Government of Iraq", not ORG + GPE
      Map.entry("Government", Types.ORG), Map.entry("Ministry", Types.ORG), Map.entry("Embassy", Types.ORG),
      Map.entry("Parliament", Types.ORG), Map.entry("Bank", Types.ORG), Map.entry("University", Types.ORG),
      Map.entry("Department", Types.ORG), Map.entry("Army", Types.ORG), Map.entry("Navy", Types.ORG),
      Map.entry("Diocese", Types.ORG), Map.entry("Archdiocese", Types.ORG), Map.entry("Consulate", Types.ORG),
      // places with a government: "Grand Duchy of Poznan", "Kingdom of Fife"
      Map.entry("Kingdom", Types.LOCATION), Map.entry("Republic", Types.LOCATION), Map.entry("Duchy", Types.LOCATION),
      Map.entry("Emirate", Types.LOCATION), Map.entry("Principality", Types.LOCATION), Map.entry("Sultanate", Types.LOCATION));

  /** First words followed directly by the name: "Hurricane Ida", "Operation Desert Storm". */
  static final Map<String, String> BEFORE_NAME = Map.ofEntries(
      Map.entry("Hurricane", Types.EVENT), Map.entry("Typhoon", Types.EVENT), Map.entry("Cyclone", Types.EVENT),
      Map.entry("Operation", Types.EVENT), Map.entry("Mount", Types.LOC), Map.entry("Lake", Types.LOC),
      // ships are PRODUCT: "USS Hopper", "HMS Daring"
      Map.entry("USS", Types.PRODUCT), Map.entry("HMS", Types.PRODUCT), Map.entry("HMAS", Types.PRODUCT),
      Map.entry("HMCS", Types.PRODUCT), Map.entry("RMS", Types.PRODUCT), Map.entry("USNS", Types.PRODUCT),
      // award categories: "Best Director", "Best Supporting Actress"
      Map.entry("Best", Types.WORK));

  /** First words followed by a number: "Article 5", "Route 66", "Proposition 8". */
  static final Map<String, String> BEFORE_NUMBER = Map.ofEntries(
      Map.entry("Article", Types.LAW), Map.entry("Proposition", Types.LAW), Map.entry("Title", Types.LAW),
      Map.entry("Resolution", Types.LAW), Map.entry("Chapter", Types.LAW), Map.entry("Route", Types.FAC),
      Map.entry("Interstate", Types.FAC), Map.entry("Highway", Types.FAC), Map.entry("Pier", Types.FAC),
      Map.entry("Terminal", Types.FAC), Map.entry("Euro", Types.EVENT));

  /** Events named without a head word, by their brand: EVENT, with a year after or before them. */
  static final Set<String> EVENT_NAMES =
      Set.of("Eurovision", "SXSW", "Worldcon", "Westercon", "WrestleMania", "Wrestlemania", "Comic-Con",
          "Coachella", "Lollapalooza", "Oktoberfest", "Mardi Gras", "Hajj", "Kumbh Mela");

  /**
   * Venue words a sponsor's or a place's name may follow: "Yurtec Stadium Sendai", "Kamei Arena
   * Sendai". A name with one of these among its last words is the venue.
   */
  static final Set<String> VENUES = Set.of("Stadium", "Arena", "Airport", "Coliseum", "Raceway", "Speedway", "Velodrome");

  /** Structures named without a head word: FAC wherever they appear. */
  static final Set<String> FAC_NAMES =
      Set.of("Heathrow", "Gatwick", "Stansted", "O'Hare", "Wembley", "Alcatraz", "Stonehenge",
          "Camp David", "Ground Zero", "Eiffel Tower", "Big Ben", "Taj Mahal", "Acropolis");

  /**
   * Buildings that stand for the institution inside: ORG when they act ("the Kremlin said"), FAC
   * when the text is about the place ("protests outside the White House").
   */
  static final Set<String> SEATS =
      Set.of("White House", "Kremlin", "Pentagon", "Capitol Hill", "Downing Street", "Elysee",
          "Elysee Palace", "Whitehall", "Blue House", "Zhongnanhai", "Quai d'Orsay", "Foggy Bottom");

  /** Prepositions after which a seat of power is the building. */
  static final Set<String> AT_PLACE =
      Set.of("in", "at", "near", "outside", "inside", "into", "to", "from", "toward", "towards",
          "around", "on", "across", "past", "behind", "visited", "visit", "visiting");

  /** Names a head word would mistype: "Wall Street" and "Downing Street" mostly mean institutions. */
  static final Set<String> EXCEPTIONS =
      Set.of("Wall Street", "Fleet Street", "City Hall", "Tammany Hall",
          "Scotland Yard", "Dead Sea Scrolls", "Constitution Party", "Gulf Coast", "Crystal Palace",
          "Best Buy", "Best Western");

  /** Heads that need a name before them to mean a name: "Constitution" alone does not. */
  static final Set<String> ALONE = Set.of("Constitution", "Olympics", "Olympiad", "Holocaust");

  /** Words after a head that stay inside: "World War II", "Super Bowl XLV", "Act of 1964". */
  static boolean isNumeral(String w) {
    return NUMERAL.matcher(w).matches();
  }

  private static final java.util.regex.Pattern NUMERAL = java.util.regex.Pattern.compile("[IVX]{1,5}|One|Two|Three|\\d{1,4}");

  private Heads() {}
}
