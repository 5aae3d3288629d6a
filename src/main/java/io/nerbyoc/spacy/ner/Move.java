package io.nerbyoc.spacy.ner;

/** One action of spaCy's BILUO transition system: its kind and entity label ("" for none). */
public record Move(Kind kind, String label) {
  /** The action kinds, numbered as spaCy's moves file numbers them. */
  public enum Kind { MISSING, BEGIN, IN, LAST, UNIT, OUT }

  @Override
  public String toString() {
    return kind == Kind.OUT ? "O" : "BILUO".charAt(kind.ordinal() - 1) + "-" + label;
  }
}
