package io.nerbyoc.spacy.vocab;

/**
 * A token's attribute ids as MultiHashEmbed reads them: its word's lexical attributes as spaCy's
 * Lexeme holds them, whether it is whitespace, and its TAG and LEMMA, which no lexeme has here: 0
 * unless the caller sets them ({@link #withTagAndLemma}), as a stacked model does with the rules'
 * entities as evidence (io.nerbyoc.learned). {@code text} is the word itself, for static vectors
 * composed from it rather than looked up by its id.
 */
public record LexemeFeatures(long norm, long prefix, long suffix, long shape, long lower, long orth, boolean isSpace,
    long tag, long lemma, String text) {

  public LexemeFeatures(long norm, long prefix, long suffix, long shape, long lower, long orth, boolean isSpace,
      String text) {
    this(norm, prefix, suffix, shape, lower, orth, isSpace, 0L, 0L, text);
  }

  /** The id of attribute {@code name} (the names MultiHashEmbed's {@code attrs} use). */
  public long attr(Attr a) {
    return switch (a) {
      case NORM -> norm;
      case PREFIX -> prefix;
      case SUFFIX -> suffix;
      case SHAPE -> shape;
      case LOWER -> lower;
      case ORTH -> orth;
      case TAG -> tag;
      case LEMMA -> lemma;
    };
  }

  /** These attributes with TAG and LEMMA set (string ids, see {@link StringIds#of}; 0 for none). */
  public LexemeFeatures withTagAndLemma(long tagId, long lemmaId) {
    return new LexemeFeatures(norm, prefix, suffix, shape, lower, orth, isSpace, tagId, lemmaId, text);
  }

  /** The token attributes the engine can embed. */
  public enum Attr { NORM, PREFIX, SUFFIX, SHAPE, LOWER, ORTH, TAG, LEMMA }
}
