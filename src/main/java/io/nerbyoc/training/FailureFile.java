package io.nerbyoc.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** output/failure: SageMaker shows its first 1,024 characters as the job's FailureReason. */
public final class FailureFile {
  static final int MAX_CHARS = 1024;

  private FailureFile() {}

  public static void write(SageMakerPaths paths, String message) {
    String m = message.length() > MAX_CHARS ? message.substring(0, MAX_CHARS - 3) + "..." : message;
    Path f = paths.failureFile();
    try {
      Files.createDirectories(f.getParent());
      Files.writeString(f, m, StandardCharsets.UTF_8);
    } catch (IOException e) {
      // Nothing better to do: the log still has the message.
      System.err.println("Could not write " + f + ": " + e.getMessage());
    }
  }
}
