package io.nerbyoc.patterns;

import java.util.List;

/**
 * One line of a spaCy EntityRuler patterns file: a phrase ({@code "pattern": "Acme Corp"}) or a
 * token pattern ({@code "pattern": [{"LOWER": "san"}, {"LOWER": "francisco"}]}).
 *
 * @param phrase the phrase's tokens, or null for a token pattern
 * @param tokens the token specs, or null for a phrase
 */
public record EntityPattern(String label, String id, List<String> phrase, List<TokenSpec> tokens) {
  public boolean isPhrase() {
    return phrase != null;
  }
}
