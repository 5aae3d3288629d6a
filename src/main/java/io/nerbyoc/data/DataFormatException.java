package io.nerbyoc.data;

/**
 * Labelled data that cannot be used as it is. The message names the file and line and says how
 * to fix it; training reports it as bad input (exit 2), never as our bug.
 */
public class DataFormatException extends RuntimeException {
  public DataFormatException(String message) {
    super(message);
  }
}
