package io.nerbyoc;

import io.nerbyoc.config.Settings;
import io.nerbyoc.core.MergePolicy;
import io.nerbyoc.core.MergingRecognizer;
import io.nerbyoc.core.Recognizer;
import io.nerbyoc.engine.EmbeddedModels;
import io.nerbyoc.pipeline.LoadContext;
import io.nerbyoc.pipeline.ModelDirectories;
import io.nerbyoc.pipeline.ModelLoadException;
import io.nerbyoc.pipeline.ModelSpec;
import io.nerbyoc.pipeline.PatternsComponent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Chooses what serves: the model directory's manifest when there is one, the embedded model
 * (profile from NER_PROFILE) when the directory is missing, empty, or holds only NER_PATTERNS_FILE.
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
    return new MergingRecognizer(List.of(PatternsComponent.load(s.patternsFile(), s.patternsCaseInsensitive()), base),
        MergePolicy.PRIORITY);
  }

  private static Recognizer loadBase(Path dir, Settings s) {
    if (Files.isRegularFile(dir.resolve(ModelSpec.FILE_NAME))) {
      return ModelDirectories.load(dir, new LoadContext(dir, dir.resolve(ModelSpec.FILE_NAME), s.embeddedModelDir(),
          s.newlineMode(), Components.ALL, 0));
    }
    // NER_PATTERNS_FILE=/opt/ml/model/patterns.jsonl alone in the directory is not a model: the
    // embedded model serves and the patterns are added to it (see load).
    List<Path> files = visibleFiles(dir).stream().filter(f -> !isFile(f, s.patternsFile())).toList();
    if (!files.isEmpty()) {
      throw new ModelLoadException(
          dir + " holds " + files.size() + " file(s) (e.g. " + files.get(0).getFileName() + ") but no "
              + ModelSpec.FILE_NAME + ". Package the whole model directory written by `train` "
              + "(model.tar.gz with " + ModelSpec.FILE_NAME + " at its top), " + noManifestHint(s));
    }
    return EmbeddedModels.load(s.profile(), s.embeddedModelDir(), s.newlineMode());
  }

  /** Whether {@code f} is {@code other} (real paths: symbolic links and relative paths compare equal). */
  private static boolean isFile(Path f, Path other) {
    if (other == null) {
      return false;
    }
    try {
      return Files.isSameFile(f.toRealPath(), other.toRealPath());
    } catch (IOException e) {
      return false; // a patterns file that does not exist is reported when it loads
    }
  }

  /**
   * The second way out of "files but no manifest": single-model serving falls back to the embedded
   * model on an empty directory; a multi-model load has no such default, so it names the manifest
   * that serves the embedded model instead.
   */
  static String noManifestHint(Settings s) {
    return s.multiModel()
        ? "or, to serve the embedded model under this name, put a " + ModelSpec.FILE_NAME + " naming it at the top "
            + "of model.tar.gz: {\"format_version\": 2, \"pipeline\": [{\"component\": \"corenlp-embedded\"}]}."
        : "or leave the directory empty to serve the embedded model.";
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
