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
  /** spaCy / OntoNotes names (the default). */
  SPACY,
  /** CoNLL-2003: PER, ORG, LOC, MISC; numeric and temporal types are dropped. */
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
          "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "MISC");
  /** spaCy's 18 English entity types (OntoNotes), without the MISC it passes through. */
  private static final List<String> SPACY_TYPES = SPACY_LABELS.subList(0, 18);
  private static final List<String> CONLL_LABELS = List.of("PER", "ORG", "LOC", "MISC");
  private static final List<String> CORENLP_LABELS =
      List.of("PERSON", "ORGANIZATION", "LOCATION", "MISC", "NATIONALITY", "EVENT", "WORK_OF_ART", "DATE", "TIME",
          "MONEY", "PERCENT", "NUMBER", "ORDINAL");

  /** Natural features are LOC in OntoNotes; cities, states and countries are GPE. */
  private static final Pattern NATURAL_FEATURE =
      Pattern.compile(
          "(?i)(?:.*\\s)?(?:river|mountains?|mount|mt\\.?|ocean|sea|lake|valley|desert|islands?|"
              + "peninsula|bay|gulf|alps|himalayas|coast|canyon|forest|plains?|strait|channel|"
              + "basin|delta|glacier|hills?|cape)(?:\\s.*)?");

  /**
   * The label under this scheme, or {@code null} when the scheme has no such type (CoNLL drops
   * dates and numbers).
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
          return NATURAL_FEATURE.matcher(entityText).matches() ? "LOC" : "GPE";
        }
        return TO_SPACY.getOrDefault(nativeLabel, nativeLabel);
    }
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
   * LOCATION is GPE or LOC depending on the text, so both), sorted.
   */
  public Set<String> namesOf(Collection<String> nativeLabels) {
    Set<String> out = new TreeSet<>();
    for (String l : nativeLabels) {
      if (this == SPACY && "LOCATION".equals(l)) {
        out.add("GPE");
        out.add("LOC");
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
