package io.nerbyoc.names;

/** A labelled run of words {@code [from, to)} in one sentence; labels are the recognizer's native ones. */
public record Span(int from, int to, String label) {}
