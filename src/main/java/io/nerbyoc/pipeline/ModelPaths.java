package io.nerbyoc.pipeline;

import io.nerbyoc.core.ApiException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Files a manifest names, kept inside its model directory. The check is on the real path
 * (symlinks followed), so neither "..", an absolute path nor a link reaches other files: on a
 * multi-model endpoint whoever can load a model could otherwise read any file the server can,
 * and load files the memory budget never counted.
 */
public final class ModelPaths {
  private ModelPaths() {}

  /**
   * {@code name} resolved in {@code dir}; {@code what} says where the manifest names it (e.g.
   * {@code "models"}). A missing file inside passes, so the loader reports it missing in its own
   * words.
   */
  public static Path inside(Path dir, String name, Path manifest, String what) {
    Path lexical;
    try {
      lexical = dir.resolve(name).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw outside(dir, name, manifest, what, "is not a valid path");
    }
    Path root;
    Path real;
    try {
      root = dir.toRealPath();
      real = realPrefix(lexical);
    } catch (IOException | SecurityException e) {
      throw new ModelLoadException(manifest, what + " " + ApiException.quote(name) + " cannot be resolved (" + e.getMessage() + ")");
    }
    if (!real.startsWith(root)) {
      throw outside(dir, name, manifest, what, name.equals(real.toString()) ? "is outside it" : "resolves to " + real + ", outside it");
    }
    return real;
  }

  /** The real path of the longest existing prefix, the rest appended: a missing file is judged by where it would be. */
  private static Path realPrefix(Path p) throws IOException {
    Path existing = p;
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return p;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(p));
    } catch (NoSuchFileException e) {
      return p; // a dangling link: nothing to read, the loader reports the file missing
    }
  }

  private static ModelLoadException outside(Path dir, String name, Path manifest, String what, String problem) {
    return new ModelLoadException(manifest, what + " " + ApiException.quote(name) + " " + problem
        + ": every file a manifest names must be inside the model directory " + dir
        + "; copy the file into it and name it relative to it (no absolute paths, '..' or links out)");
  }
}
