package io.nerbyoc.engine;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * An unlabelled all-capitals token such as "BWF", "6PR" or "B&amp;SR" is usually an organisation
 * name that the CRFs, trained mostly on news, have not seen. Common non-name acronyms are listed
 * out.
 */
final class AcronymRules {
  static final String SOURCE = "rules:acronyms";
  private static final double SCORE = 0.6;
  private static final Pattern ACRONYM = Pattern.compile("(?=.*[A-Z].*[A-Z])[A-Z0-9&]{2,6}");
  private static final Set<String> NOT_NAMES =
      Set.of(
          "TV", "CD", "CDS", "DVD", "DVDS", "PC", "AM", "PM", "BC", "AD", "CEO", "CFO", "CTO", "OK",
          "USB", "HIV", "AIDS", "DNA", "RNA", "GDP", "IT", "ID", "IQ", "MP", "MPS", "UK", "US",
          "USA", "EU", "UN", "HD", "LP", "EP", "FM", "AC", "DC", "II", "III", "IV", "VI", "VII",
          "VIII", "IX", "XI", "XII", "XX", "I", "A", "CPU", "GPU", "RAM", "PDF", "HTML", "URL",
          "FAQ", "ASAP", "FYI", "VS", "NO", "MR", "MRS", "DR", "ST", "JR", "SR", "PHD", "MBA",
          "BA", "BSC", "MSC", "MA", "RPG", "FPS", "MMORPG", "NYSE", "LLC", "INC", "LTD", "CO",
          "KM", "KG", "MM", "CM", "MPH", "KPH", "OKAY", "THE", "AND", "OF");

  private AcronymRules() {}

  static void apply(Tagging t) {
    for (int i = 0; i < t.size(); i++) {
      String w = t.words[i];
      if (t.isFree(i, i + 1) && ACRONYM.matcher(w).matches() && !NOT_NAMES.contains(w)) {
        t.set(i, i + 1, "ORGANIZATION", SCORE, SOURCE);
      }
    }
  }
}
