package io.nerbyoc.values;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.nerbyoc.config.NewlineMode;
import io.nerbyoc.config.Profile;
import io.nerbyoc.core.Entity;
import io.nerbyoc.core.Recognizer;
import io.nerbyoc.core.Value;
import io.nerbyoc.engine.corenlp.EmbeddedModels;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Microsoft Recognizers-Text's English specs (MIT, ../shared/data/ner/recognizers-text-specs) as a
 * regression suite: every input through the accurate profile and {@link ValueResolver}, as served.
 * Their spans follow their own conventions, not spaCy's, so an expression counts as found when
 * one of our entities overlaps it, and agrees when that entity's value (and unit) equals theirs.
 * Writes the table of docs/VALUES.md to target/values-specs.md and each disagreement to
 * target/values-specs-differences.txt.
 */
class RecognizersTextSpecsTest {
  private static final Path SPECS = Path.of("../shared/data/ner/recognizers-text-specs");
  /** Recognizers-Text's default reference date, for specs that name none. */
  private static final LocalDateTime DEFAULT_REF = LocalDateTime.parse("2016-11-07T00:00:00");

  private static Recognizer accurate;
  private static final Map<String, Tally> TALLIES = new LinkedHashMap<>();
  private static final List<String> DIFFERENCES = new ArrayList<>();

  /** Per spec file: expressions, those our entities overlap, those with an equal value. */
  private static final class Tally {
    int expressions;
    int overlapped;
    int agreed;
    /** Found with the same span as theirs (case and spacing aside), and of those, agreeing. */
    int sameSpan;
    int sameSpanAgreed;
    /** Found only by entities of another label: their value cannot be compared (values never change labels). */
    int otherLabel;
  }

  /** Their currency names to ISO 4217 (null: a name that settles no country, which we also leave open). */
  private static final Map<String, String> CURRENCIES = Map.ofEntries(
      Map.entry("Dollar", "USD"), Map.entry("United States dollar", "USD"), Map.entry("Canadian dollar", "CAD"),
      Map.entry("Australian dollar", "AUD"), Map.entry("Hong Kong dollar", "HKD"), Map.entry("New Zealand dollar", "NZD"),
      Map.entry("Pound", "GBP"), Map.entry("British pound", "GBP"), Map.entry("Euro", "EUR"), Map.entry("Japanese yen", "JPY"),
      Map.entry("Chinese yuan", "CNY"), Map.entry("Swiss franc", "CHF"), Map.entry("Finnish markka", "FIM"),
      Map.entry("Peseta", "ESP"), Map.entry("Netherlands guilder", "NLG"), Map.entry("Turkish lira", "TRY"),
      Map.entry("Mexican peso", "MXN"), Map.entry("Sri Lankan rupee", "LKR"), Map.entry("Bitcoin", "XBT"),
      Map.entry("Costa Rican colón", "CRC"), Map.entry("Georgian lari", "GEL"), Map.entry("Lao kip", "LAK"));
  /** Hundredths: their value in cents is ours in dollars. */
  private static final Map<String, String> HUNDREDTHS = Map.of("Cent", "USD", "Pence", "GBP", "Penny", "GBP");
  /** Their satoshis are ours in bitcoin (a hundred-millionth each). */
  private static final Map<String, String> HUNDRED_MILLIONTHS = Map.of("Satoshi", "XBT");
  private static final Set<String> OPEN_CURRENCIES = Set.of("Franc", "Rupee");
  /** Their unit names to UCUM. */
  private static final Map<String, String> UNITS = Map.ofEntries(
      Map.entry("Pound", "[lb_av]"), Map.entry("Milliliter", "mL"), Map.entry("Inch", "[in_i]"), Map.entry("Mile", "[mi_i]"),
      Map.entry("Barrel", "[bbl_us]"), Map.entry("Foot", "[ft_i]"), Map.entry("Ounce", "[oz_av]"), Map.entry("Acre", "[acr_us]"),
      Map.entry("Gallon", "[gal_us]"), Map.entry("Cubic foot", "[cft_i]"), Map.entry("Square meter", "m2"),
      Map.entry("Ton", "[ston_av]"), Map.entry("Metric ton", "t"), Map.entry("Mile per hour", "[mi_i]/h"),
      Map.entry("Meter", "m"), Map.entry("Kilometer", "km"), Map.entry("Millimeter", "mm"),
      Map.entry("Square kilometer", "km2"), Map.entry("Megabyte", "MBy"), Map.entry("Tablespoon", "[tbs_us]"),
      Map.entry("Cup", "[cup_us]"), Map.entry("Teaspoon", "[tsp_us]"), Map.entry("Kilometer per hour", "km/h"),
      Map.entry("Kilogram", "kg"), Map.entry("Microgram", "ug"), Map.entry("Gram", "g"), Map.entry("C", "Cel"),
      Map.entry("F", "[degF]"), Map.entry("Decimeter", "dm"), Map.entry("Picometer", "pm"), Map.entry("Bit", "bit"),
      Map.entry("Megabit", "Mbit"), Map.entry("Dram", "[dr_av]"), Map.entry("Radian", "rad"), Map.entry("Turn", "circ"),
      Map.entry("Degree", "deg"), Map.entry("Kilometer per millisecond", "km/ms"), Map.entry("Meter per millisecond", "m/ms"),
      Map.entry("Centimeter per millisecond", "cm/ms"));
  /** Their "Age" is the unit of "age 87", which names none: an age so written is in years, as their "87 yo" is. */
  private static final Map<String, String> AGE_UNITS = Map.of("Year", "Y", "Month", "M", "Week", "W", "Day", "D", "Age", "Y");

  @BeforeAll
  static void load() {
    assertTrue(Files.isDirectory(SPECS), "no " + SPECS.toAbsolutePath().normalize()
        + ": the suite reads the shared Recognizers-Text specs from ../shared/data/ner/recognizers-text-specs");
    accurate = EmbeddedModels.load(Profile.ACCURATE, Path.of("target/models"), NewlineMode.ALWAYS);
  }

  @Test
  void numbers_percentages_money_and_measures_agree_where_found() throws IOException {
    run("Number_NumberModel.json", Set.of("NUMBER", "CARDINAL"), RecognizersTextSpecsTest::sameNumber);
    run("Number_OrdinalModel.json", Set.of("ORDINAL"), RecognizersTextSpecsTest::sameNumber);
    run("Number_PercentModel.json", Set.of("PERCENT"), RecognizersTextSpecsTest::samePercent);
    run("NumberWithUnit_CurrencyModel.json", Set.of("MONEY"), RecognizersTextSpecsTest::sameMoney);
    run("NumberWithUnit_DimensionModel.json", Set.of("QUANTITY"), RecognizersTextSpecsTest::sameMeasure);
    run("NumberWithUnit_TemperatureModel.json", Set.of("QUANTITY"), RecognizersTextSpecsTest::sameMeasure);
    Tally all = new Tally();
    for (String f : List.of("Number_NumberModel.json", "Number_OrdinalModel.json", "Number_PercentModel.json",
        "NumberWithUnit_CurrencyModel.json", "NumberWithUnit_DimensionModel.json")) {
      Tally t = TALLIES.get(f);
      all.overlapped += t.overlapped;
      all.agreed += t.agreed;
      all.sameSpan += t.sameSpan;
      all.sameSpanAgreed += t.sameSpanAgreed;
    }
    write();
    // The resolver's share of the 90 % target: where our span is theirs, the value is.
    assertTrue(all.sameSpanAgreed >= 0.96 * all.sameSpan,
        all.sameSpanAgreed + " of " + all.sameSpan + " agree on their spans; see target/values-specs-differences.txt");
    // Over every overlap, labels and spans decide most differences (docs/VALUES.md); these floors catch regressions.
    // Issue 24's target, met since pass 12 with the eighth decider (473 of 523, docs/VALUES.md).
    assertTrue(all.agreed >= 0.90 * all.overlapped, all.agreed + " of " + all.overlapped + " overlapping agree");
    assertFloors("Number_NumberModel.json", "Number_OrdinalModel.json", "Number_PercentModel.json",
        "NumberWithUnit_CurrencyModel.json", "NumberWithUnit_DimensionModel.json", "NumberWithUnit_TemperatureModel.json");
  }

  /**
   * Agreeing expressions per spec file, as this commit measures them (docs/VALUES.md): a file
   * below its floor has regressed. Raise a floor when the resolver gains; lower one only with the
   * reason in docs/VALUES.md (a recognizer that finds other spans, say).
   */
  private static final Map<String, Integer> FLOORS = Map.of(
      "Number_NumberModel.json", 169, "Number_OrdinalModel.json", 16, "Number_PercentModel.json", 11,
      "NumberWithUnit_CurrencyModel.json", 187, "NumberWithUnit_DimensionModel.json", 78,
      "NumberWithUnit_TemperatureModel.json", 23, "DateTime_DateTimeModel.json", 853, "NumberWithUnit_AgeModel.json", 15);

  private static void assertFloors(String... files) {
    StringBuilder below = new StringBuilder();
    for (String f : files) {
      int agreed = TALLIES.get(f).agreed;
      if (agreed < FLOORS.get(f)) {
        below.append(f).append(": ").append(agreed).append(" agree, the floor is ").append(FLOORS.get(f)).append("; ");
      }
    }
    assertTrue(below.length() == 0, below + "see target/values-specs-differences.txt for what changed");
  }

  @Test
  void dates_times_and_ages_do_not_regress() throws IOException {
    run("DateTime_DateTimeModel.json", Set.of("DATE", "TIME"), RecognizersTextSpecsTest::sameTimex);
    run("NumberWithUnit_AgeModel.json", Set.of("DATE"), RecognizersTextSpecsTest::sameAge);
    write();
    Tally t = TALLIES.get("DateTime_DateTimeModel.json");
    // Where a DATE or TIME of ours has their span, the resolver alone decides (docs/VALUES.md).
    assertTrue(t.sameSpanAgreed >= 0.88 * t.sameSpan, t.sameSpanAgreed + " of " + t.sameSpan + " agree on their spans");
    assertFloors("DateTime_DateTimeModel.json", "NumberWithUnit_AgeModel.json");
  }

  interface Same {
    /** Null when they agree, else what we said. */
    String differs(JsonObject resolution, Value ours);
  }

  private static void run(String file, Set<String> labels, Same same) throws IOException {
    Tally tally = new Tally();
    TALLIES.put(file, tally);
    JsonArray cases = JsonParser.parseString(Files.readString(SPECS.resolve(file), StandardCharsets.UTF_8).replace("\uFEFF", ""))
        .getAsJsonArray();
    for (JsonElement c : cases) {
      JsonObject o = c.getAsJsonObject();
      String input = o.get("Input").getAsString();
      LocalDateTime ref = DEFAULT_REF;
      if (o.has("Context") && o.getAsJsonObject("Context").has("ReferenceDateTime")) {
        ref = LocalDateTime.parse(o.getAsJsonObject("Context").get("ReferenceDateTime").getAsString());
      }
      List<Entity> ours = ValueResolver.attach(input, accurate.recognize(input), ref);
      for (JsonElement r : o.getAsJsonArray("Results")) {
        JsonObject result = r.getAsJsonObject();
        if (!result.has("Resolution") || result.get("Resolution").isJsonNull() || !result.has("Start")) {
          continue;
        }
        String type = result.has("TypeName") ? result.get("TypeName").getAsString()
            : result.has("Typename") ? result.get("Typename").getAsString() : "";
        if (type.startsWith("ordinal.relative") || type.equals("datetimeV2.set") || type.equals("datetimeV2.timezone")) {
          continue; // "next" as an ordinal, "every week", "PST": no such entities by spaCy's conventions
        }
        tally.expressions++;
        int start = result.get("Start").getAsInt();
        int end = result.get("End").getAsInt() + 1; // theirs is inclusive
        List<Entity> over = ours.stream().filter(e -> e.start() < end && start < e.end()).toList();
        if (over.isEmpty()) {
          // listed too, so the report shows what the recognizer misses, not only what the resolver does
          DIFFERENCES.add(file + "\tother span\t" + ref.toLocalDate() + "\t" + result.get("Text").getAsString() + "\t"
              + result.getAsJsonObject("Resolution") + "\tno entity\t" + input.replace('\n', ' '));
          continue;
        }
        tally.overlapped++;
        String theirText = norm(result.get("Text").getAsString());
        // their span with our entity of their label: what the resolver alone answers for
        boolean sameSpan = over.stream().anyMatch(e -> labels.contains(e.label()) && norm(e.text()).equals(theirText));
        if (sameSpan) {
          tally.sameSpan++;
        }
        String why = null;
        String otherLabel = null;
        boolean matched = false;
        for (Entity e : over) {
          if (!labels.contains(e.label())) {
            otherLabel = otherLabel != null ? otherLabel : "ours is " + e.label() + " '" + e.text() + "'";
            continue;
          }
          String d = e.value() == null ? "'" + e.text() + "' has no value"
              : e.value() instanceof Value.Parts p ? partDiffers(p, start, end, result.getAsJsonObject("Resolution"), same)
              : same.differs(result.getAsJsonObject("Resolution"), e.value());
          matched = matched || d == null;
          why = d == null || why != null ? why : "'" + e.text() + "' " + d;
        }
        // an entity of the expected label explains a difference better than one of another label
        tally.otherLabel += !matched && why == null ? 1 : 0;
        why = matched ? null : why != null ? why : otherLabel;
        if (why == null) {
          tally.agreed++;
          tally.sameSpanAgreed += sameSpan ? 1 : 0;
        } else {
          DIFFERENCES.add(file + "\t" + (sameSpan ? "same span" : "other span") + "\t" + ref.toLocalDate() + "\t"
              + result.get("Text").getAsString() + "\t" + result.getAsJsonObject("Resolution") + "\t" + why + "\t"
              + input.replace('\n', ' '));
        }
      }
    }
  }

  /**
   * An entity holding several expressions answers for theirs with the part that overlaps it: null
   * when one of those agrees, else what they said.
   */
  private static String partDiffers(Value.Parts p, int start, int end, JsonObject resolution, Same same) {
    String why = null;
    for (Value.Part part : p.parts()) {
      if (part.start() < end && start < part.end()) {
        String d = same.differs(resolution, part.value());
        if (d == null) {
          return null;
        }
        why = why != null ? why : "part '" + part.text() + "' " + d;
      }
    }
    return why != null ? why : "no part overlaps";
  }

  /** Lower case, single spaces, no space before punctuation: "$ 75 million" and "$75 million" are one span. */
  private static String norm(String t) {
    return t.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").replaceAll(" (?=[,.%'])|(?<=[$(]) ", "").trim();
  }

  private static String sameNumber(JsonObject res, Value ours) {
    return ours instanceof Value.Amount a && has(res, "value") && equal(a, new BigDecimal(res.get("value").getAsString()))
        ? null : show(ours);
  }

  private static String samePercent(JsonObject res, Value ours) {
    String v = res.get("value").getAsString().replace("%", "").trim();
    return ours instanceof Value.Amount a && equal(a, new BigDecimal(v)) ? null : show(ours);
  }

  private static String sameMoney(JsonObject res, Value ours) {
    if (!(ours instanceof Value.Amount a) || !has(res, "value") || !has(res, "unit")) {
      return show(ours);
    }
    String unit = res.get("unit").getAsString();
    BigDecimal v = new BigDecimal(res.get("value").getAsString());
    String code;
    if (HUNDREDTHS.containsKey(unit)) {
      v = v.movePointLeft(2);
      code = HUNDREDTHS.get(unit);
    } else if (HUNDRED_MILLIONTHS.containsKey(unit)) {
      v = v.movePointLeft(8);
      code = HUNDRED_MILLIONTHS.get(unit);
    } else if (OPEN_CURRENCIES.contains(unit)) {
      code = null;
    } else {
      code = CURRENCIES.getOrDefault(unit, "?" + unit);
    }
    return equal(a, v) && java.util.Objects.equals(code, a.unit()) ? null : show(ours);
  }

  private static String sameMeasure(JsonObject res, Value ours) {
    if (!(ours instanceof Value.Amount a) || !has(res, "value") || !has(res, "unit")) {
      return show(ours);
    }
    String unit = UNITS.getOrDefault(res.get("unit").getAsString(), "?" + res.get("unit").getAsString());
    return equal(a, new BigDecimal(res.get("value").getAsString())) && unit.equals(a.unit()) ? null : show(ours);
  }

  private static boolean has(JsonObject o, String key) {
    return o.has(key) && !o.get(key).isJsonNull();
  }

  /**
   * Their number equals ours, to six significant digits (their thirds are 0.333333333333333); a
   * bound of ours ("more than $247 million", where their span leaves "more than" out) counts by its number.
   */
  private static boolean equal(Value.Amount a, BigDecimal theirs) {
    java.math.MathContext six = new java.math.MathContext(6);
    BigDecimal t = theirs.round(six);
    return a.start() != null && a.start().round(six).compareTo(t) == 0 && (a.end() == null || a.single())
        || a.start() == null && a.end().round(six).compareTo(t) == 0;
  }

  private static String sameAge(JsonObject res, Value ours) {
    String unit = AGE_UNITS.get(res.get("unit").getAsString());
    String timex = "P" + res.get("value").getAsString() + unit;
    return ours instanceof Value.Temporal t && t.timex().equals(timex) ? null : show(ours);
  }

  private static String sameTimex(JsonObject res, Value ours) {
    Set<String> theirs = new HashSet<>();
    for (JsonElement v : res.getAsJsonArray("values")) {
      if (v.getAsJsonObject().has("timex")) {
        theirs.add(v.getAsJsonObject().get("timex").getAsString());
      }
    }
    return ours instanceof Value.Temporal t && theirs.contains(t.timex()) ? null : show(ours);
  }

  private static String show(Value v) {
    if (v instanceof Value.Temporal t) {
      return "timex " + t.timex();
    }
    Value.Amount a = (Value.Amount) v;
    return "value " + (a.single() ? Show.plain(a.start()) : a.start() + ".." + a.end()) + (a.unit() == null ? "" : " " + a.unit());
  }

  private static String percent(int part, int whole) {
    return whole == 0 ? "–" : String.format("%.1f %%", 100.0 * part / whole);
  }

  private static void write() throws IOException {
    StringBuilder sb = new StringBuilder("| spec file | expressions | no entity overlaps | found (overlapped) | found by another label only "
        + "| same value | of found | of all | found with their span | same value there |\n|---|---|---|---|---|---|---|---|---|---|\n");
    for (Map.Entry<String, Tally> e : TALLIES.entrySet()) {
      Tally t = e.getValue();
      sb.append(String.format("| %s | %d | %d | %d | %d | %d | %s | %s | %d | %s |%n", e.getKey(), t.expressions,
          t.expressions - t.overlapped, t.overlapped, t.otherLabel, t.agreed, percent(t.agreed, t.overlapped),
          percent(t.agreed, t.expressions), t.sameSpan, percent(t.sameSpanAgreed, t.sameSpan)));
    }
    System.out.print(sb);
    Files.writeString(Path.of("target/values-specs.md"), sb);
    Files.write(Path.of("target/values-specs-differences.txt"), DIFFERENCES);
  }
}
