package io.nerbyoc.spacy;

import io.nerbyoc.spacy.text.SpacyToken;
import java.util.List;

/**
 * Each token's TAG and LEMMA strings for a pipeline whose tok2vec embeds them, supplied by the
 * caller instead of a tagger or lemmatizer: a stacked model's evidence (io.nerbyoc.learned).
 */
@FunctionalInterface
public interface TokenTags {
  /** One tag and one lemma per token, in order (null or empty: none). */
  record Assigned(String[] tags, String[] lemmas) {}

  Assigned of(String text, List<SpacyToken> tokens);
}
