package io.nerbyoc.spacy.text;

/**
 * A token of spaCy's tokenizer: its text, UTF-16 offsets in the document, the NORM a tokenizer
 * exception gives it (null for none) and whether one space follows it.
 */
public record SpacyToken(String text, int begin, int end, String norm, boolean spaceAfter) {}
