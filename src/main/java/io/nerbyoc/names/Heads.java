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
  /** Last words of a name and the type they give it (lists/heads-last.txt). */
  static final Map<String, String> LAST = WordList.typed("heads-last");

  /** Lower-case natural features a name may carry: "the Tigris river". */
  static final Set<String> NATURAL_LOWER = WordList.load("natural-features-lower");

  /** First words of a name when "of" (or "on", "for") follows: "Treaty of Versailles". */
  static final Map<String, String> BEFORE_OF = WordList.typed("heads-before-of");

  /** First words followed directly by the name: "Hurricane Ida", "Operation Desert Storm". */
  static final Map<String, String> BEFORE_NAME = WordList.typed("heads-before-name");

  /** First words followed by a number: "Article 5", "Route 66", "Proposition 8". */
  static final Map<String, String> BEFORE_NUMBER = WordList.typed("heads-before-number");

  /** Events named without a head word, by their brand: EVENT, with a year after or before them. */
  static final Set<String> EVENT_NAMES = WordList.load("event-names");

  /**
   * Venue words a sponsor's or a place's name may follow: "Yurtec Stadium Sendai", "Kamei Arena
   * Sendai". A name with one of these among its last words is the venue.
   */
  static final Set<String> VENUES = WordList.load("venue-words");

  /** Structures named without a head word: FAC wherever they appear. */
  static final Set<String> FAC_NAMES = WordList.load("fac-names");

  /**
   * Buildings that stand for the institution inside: ORG when they act ("the Kremlin said"), FAC
   * when the text is about the place ("protests outside the White House").
   */
  static final Set<String> SEATS = WordList.load("seats-of-power");

  /** Prepositions after which a seat of power is the building. */
  static final Set<String> AT_PLACE = WordList.load("seat-place-words");

  /** Names a head word would mistype: "Wall Street" and "Downing Street" mostly mean institutions. */
  static final Set<String> EXCEPTIONS = WordList.load("head-exceptions");

  /** Heads that need a name before them to mean a name: "Constitution" alone does not. */
  static final Set<String> ALONE = WordList.load("heads-not-alone");

  /** Words after a head that stay inside: "World War II", "Super Bowl XLV", "Act of 1964". */
  static boolean isNumeral(String w) {
    return NUMERAL.matcher(w).matches();
  }

  private static final java.util.regex.Pattern NUMERAL = java.util.regex.Pattern.compile("[IVX]{1,5}|One|Two|Three|\\d{1,4}");

  private Heads() {}
}
