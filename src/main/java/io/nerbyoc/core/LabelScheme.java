package io.nerbyoc.core;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How native labels are named on the wire. Labels a scheme does not know pass through unchanged,
 * so custom labels from a trained model survive every scheme.
 */
public enum LabelScheme {
  /** spaCy's names (the default). */
  SPACY,
  /** CoNLL-style names: PER, ORG, LOC, MISC; numeric and temporal types are dropped. */
  CONLL,
  /** The recognizer's own labels (CoreNLP: PERSON, ORGANIZATION, LOCATION, ...). */
  CORENLP;

  private static final Map<String, String> TO_SPACY =
      Map.of(
          "PER", "PERSON",
          "ORGANIZATION", "ORG",
          "NATIONALITY", "NORP",
          "NUMBER", "CARDINAL");

  private static final Map<String, String> TO_CONLL =
      Map.ofEntries(
          Map.entry("PERSON", "PER"),
          Map.entry("ORGANIZATION", "ORG"),
          Map.entry("LOCATION", "LOC"),
          Map.entry("GPE", "LOC"),
          Map.entry("FAC", "LOC"),
          Map.entry("NATIONALITY", "MISC"),
          Map.entry("NORP", "MISC"),
          Map.entry("EVENT", "MISC"),
          Map.entry("PRODUCT", "MISC"),
          Map.entry("WORK_OF_ART", "MISC"),
          Map.entry("LANGUAGE", "MISC"),
          Map.entry("LAW", "MISC"));

  private static final Set<String> NOT_IN_CONLL =
      Set.of(
          "DATE", "TIME", "MONEY", "PERCENT", "NUMBER", "CARDINAL", "ORDINAL", "QUANTITY",
          "DURATION", "SET");

  /**
   * The names each scheme gives the embedded model's types (README "Labels"), plus the rest of
   * spaCy's 18 entity types. A request filtering on anything else must name a label of the served model.
   */
  private static final List<String> SPACY_LABELS =
      List.of("PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE",
          "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL");
  /** spaCy's 18 English entity types. */
  private static final List<String> SPACY_TYPES = SPACY_LABELS;
  private static final List<String> CONLL_LABELS = List.of("PER", "ORG", "LOC", "MISC");
  private static final List<String> CORENLP_LABELS =
      List.of("PERSON", "ORGANIZATION", "LOCATION", "MISC", "NATIONALITY", "EVENT", "WORK_OF_ART", "FAC", "PRODUCT",
          "LAW", "LANGUAGE", "LOC", "DATE", "TIME", "MONEY", "PERCENT", "NUMBER", "ORDINAL", "QUANTITY");

  /**
   * Natural features are LOC in spaCy's conventions; cities, states and countries are GPE. The feature word
   * ends the name ("Rhine River", "Ivory Coast" aside), or starts it before a name ("Mount
   * Everest", "Lake Geneva", "River Liffey") or before "of" ("Gulf of Mexico"): a feature word inside a city's name
   * ("Salt Lake City", "Mountain View") does not count.
   */
  private static final String FEATURES =
      "river|mountains?|ocean|sea|lake|valley|desert|islands?|peninsula|bay|gulf|alps|himalayas|coast|"
          + "canyon|forest|plains?|strait|channel|basin|delta|glacier|hills?|range|creek|peaks?|reef";
  private static final Pattern NATURAL_FEATURE =
      Pattern.compile(
          "(?i)(?:.*\\s)?(?:" + FEATURES + "|bay area)|(?:mount|mt\\.?|lake|river)\\s.*|(?:" + FEATURES + "|cape|isle)\\s+of\\s.*");
  /** Places with a government whose name holds a feature word. */
  private static final Set<String> GPE_WITH_FEATURE =
      Set.of("rhode island", "solomon islands", "marshall islands", "cayman islands", "virgin islands",
          "british virgin islands", "faroe islands", "falkland islands", "cook islands", "ivory coast",
          "gold coast", "green bay", "thunder bay", "montego bay", "tampa bay", "canary islands",
          "balearic islands", "channel islands", "aland islands", "turks and caicos islands");

  private static boolean naturalFeature(String text) {
    if (text.regionMatches(true, 0, "the ", 0, 4)) {
      text = text.substring(4);
    }
    return NATURAL_FEATURE.matcher(text).matches() && !GPE_WITH_FEATURE.contains(text.toLowerCase(Locale.ROOT));
  }

  /**
   * spaCy has no MISC. A MISC name the recognizer could not type finer is NORP when shaped like a
   * people's adjective or plural ("Sudanese", "Bolivarians"), EVENT when named like one ("Korean
   * War", "World Cup"), and otherwise dropped: any other guess is wrong more often than right.
   */
  private static final Pattern MISC_NORP =
      Pattern.compile("\\p{Lu}\\p{L}{2,}(?:[^m]ans?|ians?|eses?|ish|[^aeiou]is?)");
  private static final Pattern MISC_EVENT =
      Pattern.compile(".*\\s(?:War|Wars|Revolution|Cup|Games|Olympics|Championships?|Festival|Crisis|Bowl)");

  private static String spacyMisc(String text) {
    if (MISC_NORP.matcher(text).matches() && !text.endsWith("man")) {
      return "NORP";
    }
    if (MISC_EVENT.matcher(text).matches()) {
      return "EVENT";
    }
    return null;
  }

  /**
   * The label under this scheme, or {@code null} when the scheme has no such type (CoNLL drops
   * dates and numbers; spaCy drops MISC names it cannot type).
   */
  public String map(String nativeLabel, String entityText) {
    switch (this) {
      case CORENLP:
        return nativeLabel;
      case CONLL:
        if (NOT_IN_CONLL.contains(nativeLabel)) {
          return null;
        }
        return TO_CONLL.getOrDefault(nativeLabel, nativeLabel);
      default:
        if ("LOCATION".equals(nativeLabel)) {
          return naturalFeature(entityText) ? "LOC" : "GPE";
        }
        if ("MISC".equals(nativeLabel)) {
          return spacyMisc(entityText);
        }
        return TO_SPACY.getOrDefault(nativeLabel, nativeLabel);
    }
  }

  /** spaCy's types whose multi-word names take a leading "the" (not PERSON, NORP or numbers). */
  private static final Set<String> LEAD_TYPES = Set.of("ORG", "GPE", "LOC", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT");

  /** Whether an entity labelled {@code label} in this scheme takes its {@link Entity#lead} inside. */
  public boolean takesLead(String label) {
    return this == SPACY && LEAD_TYPES.contains(label);
  }

  /** This scheme's own label names (see {@link #SPACY_LABELS}). */
  public Set<String> labels() {
    return Set.copyOf(switch (this) {
      case SPACY -> SPACY_LABELS;
      case CONLL -> CONLL_LABELS;
      case CORENLP -> CORENLP_LABELS;
    });
  }

  /**
   * Every name a recognizer's native labels can carry on the wire under this scheme (spaCy's
   * LOCATION is GPE or LOC depending on the text, so both; MISC is NORP or EVENT, or dropped), sorted.
   */
  public Set<String> namesOf(Collection<String> nativeLabels) {
    Set<String> out = new TreeSet<>();
    for (String l : nativeLabels) {
      if (this == SPACY && "LOCATION".equals(l)) {
        out.add("GPE");
        out.add("LOC");
        continue;
      }
      if (this == SPACY && "MISC".equals(l)) {
        out.add("NORP");
        out.add("EVENT");
        continue;
      }
      String m = map(l, "");
      if (m != null) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * Whether gold labels are spaCy's types: all among its 18 and at least one that neither CoNLL
   * nor CoreNLP uses (GPE, NORP, CARDINAL, ...), so the data can only mean the spacy scheme.
   */
  public static boolean areSpacyTypes(Collection<String> goldLabels) {
    return !goldLabels.isEmpty()
        && SPACY_TYPES.containsAll(goldLabels)
        && goldLabels.stream().anyMatch(l -> !CONLL_LABELS.contains(l) && !CORENLP_LABELS.contains(l));
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static String names() {
    return Arrays.stream(values()).map(LabelScheme::wireName).collect(Collectors.joining(", "));
  }

  /** Parses a scheme name; the error names the valid ones. */
  public static LabelScheme parse(String name) {
    for (LabelScheme s : values()) {
      if (s.wireName().equalsIgnoreCase(name.trim())) {
        return s;
      }
    }
    throw ApiException.badRequest(
        "invalid_label_scheme",
        "Label scheme " + ApiException.quote(name) + " is not known.",
        "Use one of: " + names() + ".");
  }
}
