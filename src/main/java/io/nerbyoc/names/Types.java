package io.nerbyoc.names;

/**
 * The native labels this package reads and writes. Fine types use spaCy's names, except
 * NATIONALITY (the recognizer's native name for NORP); the spaCy scheme names the rest.
 */
public final class Types {
  public static final String PERSON = "PERSON";
  public static final String ORG = "ORGANIZATION";
  public static final String LOCATION = "LOCATION";
  public static final String MISC = "MISC";
  public static final String NORP = "NATIONALITY";
  public static final String LANGUAGE = "LANGUAGE";
  public static final String LAW = "LAW";
  public static final String EVENT = "EVENT";
  public static final String FAC = "FAC";
  public static final String WORK = "WORK_OF_ART";
  public static final String PRODUCT = "PRODUCT";
  public static final String LOC = "LOC";

  /** Every label the typer can give. */
  public static final java.util.List<String> FINE = java.util.List.of(NORP, LANGUAGE, LAW, EVENT, FAC, WORK, PRODUCT, LOC);

  private Types() {}

  static boolean isName(String label) {
    return label != null && switch (label) {
      case PERSON, ORG, LOCATION, MISC, NORP, LANGUAGE, LAW, EVENT, FAC, WORK, PRODUCT, LOC -> true;
      default -> false;
    };
  }
}
