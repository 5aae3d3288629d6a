package io.nerbyoc.values;

import io.nerbyoc.lists.WordLists;
import java.util.Map;

/**
 * Units of measurement to UCUM symbols (the Unified Code for Units of Measure, as FHIR and HL7
 * write them): "km", "kg", "[mi_i]", "Cel". Customary units take UCUM's international ("_i") or
 * US ("_us") forms. A word that is a unit only in some uses ("degrees" alone: of arc or of heat)
 * maps to nothing.
 */
final class Units {
  private Units() {}

  private static final Map<String, String> UNITS = WordLists.typed(Units.class, "units");

  /** "square miles", "cubic feet", "nautical miles", "metric tons": the first word changes the unit. */
  private static final Map<String, String> COMPOUND = WordLists.typed(Units.class, "compound-units");

  /** Glued forms: "10km", "200lbs", "5ft". */
  private static final java.util.regex.Pattern GLUED = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)([a-z²³/]+[23]?)");

  /** A UCUM unit for the words {@code [from, to)} ("square miles", "degrees celsius", "km"), or null. */
  static String of(Words w, int from, int to) {
    if (to - from == 1) {
      return UNITS.get(w.at(from));
    }
    StringBuilder key = new StringBuilder();
    for (int k = from; k < to; k++) {
      String t = singular(w.at(k));
      key.append(k > from ? " " : "").append(t);
    }
    String compound = COMPOUND.get(key.toString());
    if (compound == null && key.toString().startsWith("degree ")) {
      compound = COMPOUND.get("degree " + w.at(to - 1)); // "degrees celsius"
    }
    return compound;
  }

  /** The unit glued to a number ("10km" → km), or null. */
  static String glued(String token) {
    java.util.regex.Matcher m = GLUED.matcher(token);
    return m.matches() ? UNITS.get(m.group(2)) : null;
  }

  /** The number of a glued measurement ("10km" → "10"), or null. */
  static String gluedNumber(String token) {
    java.util.regex.Matcher m = GLUED.matcher(token);
    return m.matches() && UNITS.containsKey(m.group(2)) ? m.group(1) : null;
  }

  static boolean isUnitWord(String w) {
    return UNITS.containsKey(w) || w.equals("square") || w.equals("cubic") || w.equals("sq") || w.equals("nautical")
        || w.equals("metric") || w.equals("degree") || w.equals("degrees") || w.equals("deg") || w.equals("°");
  }

  private static String singular(String t) {
    return switch (t) {
      case "miles" -> "mile";
      case "kilometers" -> "kilometer";
      case "kilometres" -> "kilometre";
      case "meters" -> "meter";
      case "metres" -> "metre";
      case "inches" -> "inch";
      case "yards" -> "yard";
      case "meter", "metre", "foot", "feet", "inch", "yard", "mile" -> t;
      case "tons" -> "ton";
      case "tonnes" -> "tonne";
      case "degrees" -> "degree";
      case "centimeters" -> "centimeter";
      case "centimetres" -> "centimetre";
      case "sq." -> "sq";
      default -> t;
    };
  }
}
