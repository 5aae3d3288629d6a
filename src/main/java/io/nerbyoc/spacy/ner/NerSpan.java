package io.nerbyoc.spacy.ner;

/** An entity over tokens {@code [start, end)} with its label and score (see {@link GreedyNer}). */
public record NerSpan(int start, int end, String label, double score) {}
