package io.nerbyoc.patterns;

/** A pattern that cannot be used, with where it is and why. */
public class PatternException extends RuntimeException {
  public PatternException(String file, int line, String reason) {
    super("Pattern file " + file + " line " + line + ": " + reason);
  }
}
