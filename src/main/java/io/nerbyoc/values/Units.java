package io.nerbyoc.values;

import java.util.Map;

/**
 * Units of measurement to UCUM symbols (the Unified Code for Units of Measure, as FHIR and HL7
 * write them): "km", "kg", "[mi_i]", "Cel". Customary units take UCUM's international ("_i") or
 * US ("_us") forms. A word that is a unit only in some uses ("degrees" alone: of arc or of heat)
 * maps to nothing.
 */
final class Units {
  private Units() {}

  private static final Map<String, String> UNITS = Map.ofEntries(
      // length
      Map.entry("mile", "[mi_i]"), Map.entry("miles", "[mi_i]"), Map.entry("mi", "[mi_i]"),
      Map.entry("kilometer", "km"), Map.entry("kilometers", "km"), Map.entry("kilometre", "km"),
      Map.entry("kilometres", "km"), Map.entry("km", "km"), Map.entry("kms", "km"),
      Map.entry("meter", "m"), Map.entry("meters", "m"), Map.entry("metre", "m"), Map.entry("metres", "m"),
      Map.entry("m", "m"), Map.entry("centimeter", "cm"), Map.entry("centimeters", "cm"),
      Map.entry("centimetre", "cm"), Map.entry("centimetres", "cm"), Map.entry("cm", "cm"),
      Map.entry("millimeter", "mm"), Map.entry("millimeters", "mm"), Map.entry("millimetre", "mm"),
      Map.entry("millimetres", "mm"), Map.entry("mm", "mm"), Map.entry("foot", "[ft_i]"), Map.entry("feet", "[ft_i]"),
      Map.entry("ft", "[ft_i]"), Map.entry("inch", "[in_i]"), Map.entry("inches", "[in_i]"), Map.entry("in", "[in_i]"),
      Map.entry("yard", "[yd_i]"), Map.entry("yards", "[yd_i]"), Map.entry("yd", "[yd_i]"),
      Map.entry("light-years", "[ly]"), Map.entry("light-year", "[ly]"),
      // area
      Map.entry("acre", "[acr_us]"), Map.entry("acres", "[acr_us]"), Map.entry("hectare", "har"),
      Map.entry("hectares", "har"), Map.entry("ha", "har"), Map.entry("km2", "km2"), Map.entry("km²", "km2"),
      Map.entry("m2", "m2"), Map.entry("m²", "m2"), Map.entry("cm²", "cm2"), Map.entry("mi²", "[mi_i]2"),
      Map.entry("ft²", "[ft_i]2"),
      // mass
      Map.entry("kilogram", "kg"), Map.entry("kilograms", "kg"), Map.entry("kilo", "kg"), Map.entry("kilos", "kg"),
      Map.entry("kg", "kg"), Map.entry("kgs", "kg"), Map.entry("gram", "g"), Map.entry("grams", "g"), Map.entry("g", "g"),
      Map.entry("milligram", "mg"), Map.entry("milligrams", "mg"), Map.entry("mg", "mg"),
      Map.entry("microgram", "ug"), Map.entry("micrograms", "ug"), Map.entry("tonne", "t"), Map.entry("tonnes", "t"),
      Map.entry("ton", "[ston_av]"), Map.entry("tons", "[ston_av]"), Map.entry("ounce", "[oz_av]"),
      Map.entry("ounces", "[oz_av]"), Map.entry("oz", "[oz_av]"), Map.entry("pound", "[lb_av]"),
      Map.entry("pounds", "[lb_av]"), Map.entry("lb", "[lb_av]"), Map.entry("lbs", "[lb_av]"),
      Map.entry("carat", "[car_m]"), Map.entry("carats", "[car_m]"), Map.entry("stone", "[stone_av]"),
      // volume
      Map.entry("gallon", "[gal_us]"), Map.entry("gallons", "[gal_us]"), Map.entry("liter", "L"),
      Map.entry("liters", "L"), Map.entry("litre", "L"), Map.entry("litres", "L"), Map.entry("l", "L"),
      Map.entry("ml", "mL"), Map.entry("milliliter", "mL"), Map.entry("milliliters", "mL"),
      Map.entry("millilitre", "mL"), Map.entry("millilitres", "mL"), Map.entry("hectolitres", "hL"),
      Map.entry("barrel", "[bbl_us]"), Map.entry("barrels", "[bbl_us]"), Map.entry("bushel", "[bu_us]"),
      Map.entry("bushels", "[bu_us]"), Map.entry("cup", "[cup_us]"), Map.entry("cups", "[cup_us]"),
      Map.entry("tablespoon", "[tbs_us]"), Map.entry("tablespoons", "[tbs_us]"), Map.entry("teaspoon", "[tsp_us]"),
      Map.entry("teaspoons", "[tsp_us]"), Map.entry("pint", "[pt_us]"), Map.entry("pints", "[pt_us]"),
      Map.entry("quart", "[qt_us]"), Map.entry("quarts", "[qt_us]"), Map.entry("m3", "m3"),
      Map.entry("cubic-feet", "[cft_i]"),
      // speed, flow
      Map.entry("mph", "[mi_i]/h"), Map.entry("miles-per-hour", "[mi_i]/h"), Map.entry("kph", "km/h"),
      Map.entry("kmh", "km/h"), Map.entry("km/h", "km/h"), Map.entry("knot", "[kn_i]"), Map.entry("knots", "[kn_i]"),
      Map.entry("m/s", "m/s"), Map.entry("ft/s", "[ft_i]/s"), Map.entry("m3/s", "m3/s"),
      // temperature (with their scale), energy, power, data, frequency, pressure, sound
      Map.entry("°c", "Cel"), Map.entry("ºc", "Cel"), Map.entry("celsius", "Cel"), Map.entry("centigrade", "Cel"),
      Map.entry("°f", "[degF]"), Map.entry("ºf", "[degF]"), Map.entry("fahrenheit", "[degF]"), Map.entry("kelvin", "K"),
      Map.entry("calorie", "cal"), Map.entry("calories", "cal"), Map.entry("kcal", "kcal"),
      Map.entry("watt", "W"), Map.entry("watts", "W"), Map.entry("kilowatt", "kW"), Map.entry("kilowatts", "kW"),
      Map.entry("kw", "kW"), Map.entry("megawatt", "MW"), Map.entry("megawatts", "MW"), Map.entry("mw", "MW"),
      Map.entry("gigawatt", "GW"), Map.entry("gigawatts", "GW"), Map.entry("gw", "GW"), Map.entry("kwh", "kW.h"),
      Map.entry("gwh", "GW.h"), Map.entry("volt", "V"), Map.entry("volts", "V"), Map.entry("horsepower", "[HP]"),
      Map.entry("hp", "[HP]"), Map.entry("bytes", "By"), Map.entry("kilobytes", "kBy"), Map.entry("megabytes", "MBy"),
      Map.entry("gigabytes", "GBy"), Map.entry("terabytes", "TBy"), Map.entry("kb", "kBy"), Map.entry("mb", "MBy"),
      Map.entry("gb", "GBy"), Map.entry("tb", "TBy"), Map.entry("hertz", "Hz"), Map.entry("hz", "Hz"),
      Map.entry("megahertz", "MHz"), Map.entry("mhz", "MHz"), Map.entry("gigahertz", "GHz"), Map.entry("ghz", "GHz"),
      Map.entry("hpa", "hPa"), Map.entry("decibels", "dB"), Map.entry("decibel", "dB"), Map.entry("db", "dB"));

  /** "square miles", "cubic feet", "nautical miles", "metric tons": the first word changes the unit. */
  private static final Map<String, String> COMPOUND = Map.ofEntries(
      Map.entry("square mile", "[mi_i]2"), Map.entry("square kilometer", "km2"), Map.entry("square kilometre", "km2"),
      Map.entry("square meter", "m2"), Map.entry("square metre", "m2"), Map.entry("square foot", "[ft_i]2"),
      Map.entry("square feet", "[ft_i]2"), Map.entry("square inch", "[in_i]2"), Map.entry("square yard", "[yd_i]2"),
      Map.entry("square km", "km2"), Map.entry("sq mile", "[mi_i]2"), Map.entry("sq km", "km2"),
      Map.entry("sq ft", "[ft_i]2"), Map.entry("sq m", "m2"), Map.entry("cubic meter", "m3"),
      Map.entry("cubic metre", "m3"), Map.entry("cubic foot", "[cft_i]"), Map.entry("cubic feet", "[cft_i]"),
      Map.entry("cubic inch", "[cin_i]"), Map.entry("cubic yard", "[cyd_i]"), Map.entry("cubic centimeter", "cm3"),
      Map.entry("cubic centimetre", "cm3"), Map.entry("nautical mile", "[nmi_i]"), Map.entry("metric ton", "t"),
      Map.entry("metric tonne", "t"), Map.entry("degree celsius", "Cel"), Map.entry("degree centigrade", "Cel"),
      Map.entry("degree fahrenheit", "[degF]"), Map.entry("degree c", "Cel"), Map.entry("degree f", "[degF]"),
      Map.entry("deg celsius", "Cel"), Map.entry("deg fahrenheit", "[degF]"), Map.entry("deg c", "Cel"),
      Map.entry("deg f", "[degF]"), Map.entry("° c", "Cel"), Map.entry("° f", "[degF]"),
      Map.entry("mile per hour", "[mi_i]/h"), Map.entry("kilometer per hour", "km/h"),
      Map.entry("kilometre per hour", "km/h"), Map.entry("km per hour", "km/h"), Map.entry("mile an hour", "[mi_i]/h"),
      Map.entry("kilometer an hour", "km/h"), Map.entry("kilometre an hour", "km/h"), Map.entry("mile a hour", "[mi_i]/h"),
      Map.entry("meter per second", "m/s"), Map.entry("metre per second", "m/s"));

  /** Glued forms: "10km", "200lbs", "5ft". */
  private static final java.util.regex.Pattern GLUED = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)([a-z²³/]+)");

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
