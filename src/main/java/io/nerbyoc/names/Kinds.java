package io.nerbyoc.names;

import io.nerbyoc.lists.WordLists;
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
    WordLists.sections(Kinds.class, "kind-nouns").forEach(Kinds::put);
  }

  private static void put(String type, java.util.List<String> nouns) {
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
