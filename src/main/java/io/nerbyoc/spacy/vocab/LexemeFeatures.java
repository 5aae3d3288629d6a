package io.nerbyoc.spacy.vocab;

/** A word's lexical attribute ids as spaCy's Lexeme holds them, and whether it is whitespace. */
public record LexemeFeatures(long norm, long prefix, long suffix, long shape, long lower, long orth, boolean isSpace) {
  /** The id of attribute {@code name} (the names MultiHashEmbed's {@code attrs} use). */
  public long attr(Attr a) {
    return switch (a) {
      case NORM -> norm;
      case PREFIX -> prefix;
      case SUFFIX -> suffix;
      case SHAPE -> shape;
      case LOWER -> lower;
      case ORTH -> orth;
    };
  }

  /** The token attributes the engine can embed. */
  public enum Attr { NORM, PREFIX, SUFFIX, SHAPE, LOWER, ORTH }
}
