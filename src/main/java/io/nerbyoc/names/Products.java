package io.nerbyoc.names;

import io.nerbyoc.core.TaggedSentence;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Named objects (spaCy's PRODUCT): a short hand-written list of devices, vehicles and software
 * that are rarely anything else, makers followed by a model ("Boeing 747", "Galaxy S10"), and
 * military-style designations ("F-16", "CH-53 Sea Stallion").
 */
final class Products {
  private static final Set<String> NAMES = WordList.load("product-names");

  /** Single names that are products only away from the sentence start ("Windows 10", "Windows"). */
  private static final Set<String> MID_SENTENCE = WordList.load("product-names-mid-sentence");

  /** Makers and lines a model number follows. */
  private static final Set<String> MAKERS = WordList.load("product-makers");

  private static final Pattern MODEL =
      Pattern.compile("[A-Z]{0,3}-?\\d{1,4}[A-Za-z]{0,3}|[A-Z]\\d{1,3}|One|Pro|Max|Plus|Mini|XL|X|S|II|III|IV|V");
  /** "F-16", "CH-53", "AK-47", "MiG-29"; not "G-20" (a group), "I-95" (a road), "H-1B" (a visa). */
  private static final Pattern DESIGNATION = Pattern.compile("(?![GIH]-)[A-Z][A-Za-z]{0,3}-\\d{1,3}[A-Z]?");

  private Products() {}

  static boolean isName(TaggedSentence s, int i) {
    String w = s.word(i);
    return NAMES.contains(w) || (i > 0 && MID_SENTENCE.contains(w) && TaggedSentence.capitalised(s.word(i - 1)) == false);
  }

  static boolean isMaker(String w) {
    return MAKERS.contains(w);
  }

  static boolean isModel(String w) {
    return MODEL.matcher(w).matches();
  }

  static boolean isDesignation(String w) {
    return DESIGNATION.matcher(w).matches();
  }
}
