package io.nerbyoc.core;

/** A token and its UTF-16 offsets (end exclusive) in the text it came from. */
public record Token(String word, int begin, int end) {}
