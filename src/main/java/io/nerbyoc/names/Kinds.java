package io.nerbyoc.names;

import java.util.HashMap;
import java.util.Map;

/**
 * Common nouns that say what kind of thing a nearby name is, by spaCy's conventions
 * (../shared/reference/spacy-labels.md): "the films X, Y and Z" and "X is a 1999 film" make X a
 * WORK_OF_ART; ships, aircraft and operating systems are PRODUCT; venues FAC; tournaments EVENT.
 * Written by hand, singular and plural; nouns that also name people or groups ("fighter",
 * "bomber", "comic", "think tank", "carrier") are left out.
 */
final class Kinds {
  private static final Map<String, String> NOUNS = new HashMap<>();

  static {
    put(Types.WORK, "film", "movie", "novel", "novella", "book", "song", "single", "album", "poem", "play",
        "opera", "musical", "sitcom", "telenovela", "painting", "sculpture", "documentary", "memoir",
        "autobiography", "anthology", "ballad", "symphony", "soundtrack", "mixtape", "serial", "epic",
        "short story", "manga", "show", "series", "trilogy", "video game",
        "concept album", "studio album", "work");
    put(Types.PRODUCT, "ship", "boat", "destroyer", "frigate", "cruiser", "battleship", "submarine", "corvette",
        "warship", "steamship", "airliner", "aircraft", "helicopter", "locomotive", "rifle", "pistol",
        "smartphone", "console", "operating system", "car", "truck");
    put(Types.FAC, "stadium", "arena", "venue", "bridge", "airport", "skyscraper", "building", "castle",
        "palace", "mansion", "lighthouse", "racetrack", "circuit", "highway", "motorway", "tunnel", "dam");
    put(Types.EVENT, "festival", "tournament", "battle", "championship", "competition", "marathon", "hurricane",
        "typhoon", "convention", "expo");
  }

  private static void put(String type, String... nouns) {
    for (String n : nouns) {
      String last = n.substring(n.lastIndexOf(' ') + 1); // "operating system": the head decides
      NOUNS.put(last, type);
      NOUNS.put(plural(last), type);
    }
  }

  private static String plural(String n) {
    if (n.endsWith("y") && !n.endsWith("ey") && !n.endsWith("ay")) {
      return n.substring(0, n.length() - 1) + "ies"; // "documentaries", "symphonies"
    }
    if (n.endsWith("s") || n.endsWith("ch") || n.endsWith("sh")) {
      return n + "es"; // "series" stays "series" below
    }
    return n + "s";
  }

  static {
    NOUNS.put("series", Types.WORK);
    NOUNS.put("aircraft", Types.PRODUCT);
    NOUNS.remove("conventions"); // treaties
  }

  private Kinds() {}

  /** The type a lower-case kind noun gives a name, or null. */
  static String of(String lowerWord) {
    return NOUNS.get(lowerWord);
  }
}
