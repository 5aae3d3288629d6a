package io.nerbyoc.core;

/** A labelled span of a document: code point offsets, end exclusive (spaCy's convention). */
public record GoldSpan(int start, int end, String label) {}
