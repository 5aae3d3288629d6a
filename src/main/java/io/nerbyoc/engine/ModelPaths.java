package io.nerbyoc.engine;

import io.nerbyoc.core.ApiException;
import java.io.IOException;
import java.nio.file.InvalidPathException;
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
   * {@code "models"}). A file that does not exist passes with its lexical path (if that is
   * inside), so the loader reports it missing in its own words.
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
      real = lexical.toRealPath();
    } catch (NoSuchFileException e) {
      if (lexical.startsWith(dir.toAbsolutePath().normalize())) {
        return lexical;
      }
      throw outside(dir, name, manifest, what, "points outside it");
    } catch (IOException | SecurityException e) {
      throw new ModelLoadException(manifest, what + " " + ApiException.quote(name) + " cannot be resolved (" + e.getMessage() + ")");
    }
    if (!real.startsWith(root)) {
      throw outside(dir, name, manifest, what, name.equals(real.toString()) ? "is outside it" : "resolves to " + real + ", outside it");
    }
    return real;
  }

  private static ModelLoadException outside(Path dir, String name, Path manifest, String what, String problem) {
    return new ModelLoadException(manifest, what + " " + ApiException.quote(name) + " " + problem
        + ": every file a manifest names must be inside the model directory " + dir
        + "; copy the file into it and name it relative to it (no absolute paths, '..' or links out)");
  }
}
