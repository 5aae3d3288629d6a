package io.nerbyoc.pipeline;

import java.nio.file.Path;

/** A model file that cannot be used, with the file and the reason, for the start-up log. */
public class ModelLoadException extends RuntimeException {
  public ModelLoadException(Path file, String reason) {
    super("Cannot load model file " + file + ": " + reason);
  }

  public ModelLoadException(String message) {
    super(message);
  }
}
