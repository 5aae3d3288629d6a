package io.nerbyoc;

import io.nerbyoc.codec.ManifestCodec;
import io.nerbyoc.codec.PatternCodec;
import io.nerbyoc.config.Settings;
import io.nerbyoc.core.MergePolicy;
import io.nerbyoc.core.MergingRecognizer;
import io.nerbyoc.core.ModelManifest;
import io.nerbyoc.core.Recognizer;
import io.nerbyoc.engine.EmbeddedModels;
import io.nerbyoc.engine.ModelDirectory;
import io.nerbyoc.engine.ModelLoadException;
import io.nerbyoc.engine.ModelPaths;
import io.nerbyoc.patterns.EntityPattern;
import io.nerbyoc.patterns.PatternException;
import io.nerbyoc.patterns.PatternRecognizer;
import io.nerbyoc.patterns.PatternSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Chooses what serves: the model directory's manifest when there is one, the embedded model
 * (profile from NER_PROFILE) when the directory is missing or empty.
 */
final class ModelLoader {
  private ModelLoader() {}

  static Recognizer load(Settings s) {
    return load(s.modelDir(), s);
  }

  /** The model in {@code dir} (or the embedded one when it is empty) plus pattern rules; {@code evaluate} uses this too. */
  static Recognizer load(Path dir, Settings s) {
    Recognizer base = loadBase(dir, s);
    if (s.patternsFile() == null) {
      return base;
    }
    // Pattern rules run before the model, as spaCy's EntityRuler placed before "ner": they win overlaps.
    return new MergingRecognizer(List.of(patterns(s.patternsFile(), s.patternsCaseInsensitive()), base), MergePolicy.PRIORITY);
  }

  static Recognizer patterns(Path file, boolean caseInsensitive) {
    try {
      List<EntityPattern> list = PatternCodec.read(file);
      return new PatternRecognizer(new PatternSet(list, caseInsensitive), list, "patterns " + file.getFileName());
    } catch (IOException e) {
      throw new ModelLoadException(file, "cannot be read (" + e.getMessage() + ")");
    } catch (PatternException e) {
      throw new ModelLoadException(e.getMessage() + ". Fix or remove that line.");
    }
  }

  private static Recognizer loadBase(Path dir, Settings s) {
    if (Files.isRegularFile(dir.resolve(ModelManifest.FILE_NAME))) {
      return loadDirectory(dir, s, 0);
    }
    List<Path> files = visibleFiles(dir);
    if (!files.isEmpty()) {
      throw new ModelLoadException(
          dir + " holds " + files.size() + " file(s) (e.g. " + files.get(0).getFileName() + ") but no "
              + ModelManifest.FILE_NAME + ". Package the whole model directory written by `train` "
              + "(model.tar.gz with " + ModelManifest.FILE_NAME + " at its top), or leave the directory "
              + "empty to serve the embedded model.");
    }
    return EmbeddedModels.load(s.profile(), s.embeddedModelDir(), s.newlineMode());
  }

  /** The model a directory's manifest describes; pipelines load their steps through here. */
  static Recognizer loadDirectory(Path dir, Settings s, int depth) {
    Path manifest = dir.resolve(ModelManifest.FILE_NAME);
    ModelManifest m;
    try {
      // Nor may the manifest itself be a link out of the directory.
      m = ManifestCodec.read(ModelPaths.inside(dir, ModelManifest.FILE_NAME, manifest, "the manifest"));
    } catch (IOException e) {
      throw new ModelLoadException(manifest, e.getMessage());
    }
    if (PipelineLoader.ENGINE.equals(m.engine())) {
      return PipelineLoader.load(m, dir, s, depth);
    }
    return ModelDirectory.load(m, dir, s.embeddedModelDir(), s.newlineMode());
  }

  private static List<Path> visibleFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> st = Files.list(dir)) {
      return st.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    } catch (IOException e) {
      throw new ModelLoadException(dir + " cannot be listed: " + e.getMessage());
    }
  }
}
