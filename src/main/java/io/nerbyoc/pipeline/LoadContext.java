package io.nerbyoc.pipeline;

import io.nerbyoc.config.NewlineMode;
import io.nerbyoc.core.Recognizer;
import java.nio.file.Path;

/**
 * What a component needs to build itself: the model directory its files are in (and the manifest
 * naming them, for messages), the shipped models, the sentence-splitting mode, the registry, and
 * how deep in nested model directories this is.
 */
public record LoadContext(Path dir, Path manifest, Path embeddedRoot, NewlineMode newlines,
    ComponentRegistry registry, int depth) {
  static final int MAX_DEPTH = 3;

  /** A top-level model directory, its manifest {@code ner-model.json}. */
  public static LoadContext of(Path dir, Path embeddedRoot, NewlineMode newlines, ComponentRegistry registry) {
    return new LoadContext(dir, dir.resolve(ModelSpec.FILE_NAME), embeddedRoot, newlines, registry, 0);
  }

  /** A file the manifest names, resolved inside the model directory (see {@link ModelPaths}). */
  public Path file(String name, String what) {
    return ModelPaths.inside(dir, name, manifest, what);
  }

  /** The model in a sub-directory, loaded as a model of its own. */
  public Recognizer loadDirectory(Path sub) {
    if (depth >= MAX_DEPTH) {
      throw new ModelLoadException(manifest, "model directories are nested more than " + MAX_DEPTH + " deep");
    }
    return ModelDirectories.load(new LoadContext(sub, sub.resolve(ModelSpec.FILE_NAME), embeddedRoot, newlines,
        registry, depth + 1));
  }
}
