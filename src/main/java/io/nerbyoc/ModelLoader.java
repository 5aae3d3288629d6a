package io.nerbyoc;

import io.nerbyoc.config.Settings;
import io.nerbyoc.core.MergePolicy;
import io.nerbyoc.core.MergingRecognizer;
import io.nerbyoc.core.Recognizer;
import io.nerbyoc.engine.corenlp.EmbeddedModels;
import io.nerbyoc.pipeline.LoadContext;
import io.nerbyoc.pipeline.ModelDirectories;
import io.nerbyoc.pipeline.ModelLoadException;
import io.nerbyoc.pipeline.ModelSpec;
import io.nerbyoc.pipeline.PatternsComponent;
import io.nerbyoc.spacy.SpacyComponent;
import io.nerbyoc.spacy.SpacyPipelines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.nerbyoc.codec.ManifestCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Chooses what serves: the model directory's manifest when there is one, a spaCy pipeline saved
 * by nlp.to_disk (at the top or in the only sub-directory) when there is no manifest, the embedded model
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
        MergePolicy.PRIORITY).withDefaultScheme(base.defaultScheme());
  }

  private static Recognizer loadBase(Path dir, Settings s) {
    if (Files.isRegularFile(dir.resolve(ModelSpec.FILE_NAME))) {
      return ModelDirectories.load(LoadContext.of(dir, s.embeddedModelDir(), s.newlineMode(), Components.ALL));
    }
    Optional<Path> spacy = SpacyPipelines.find(dir);
    if (spacy.isPresent()) {
      return SpacyComponent.load(spacy.get());
    }
    List<Path> files = strayFiles(dir, s);
    if (!files.isEmpty()) {
      throw new ModelLoadException(
          noManifest(dir, files) + ". Package the whole model directory written by `train` "
              + "(model.tar.gz with " + ModelSpec.FILE_NAME + " at its top), " + noManifestHint(s));
    }
    return EmbeddedModels.load(s.profile(), s.embeddedModelDir(), s.newlineMode());
  }

  /**
   * Which model {@link #load(Settings)} will serve and why, in one line, decided by the same rules
   * (serve's first log line and scripts/run_local.sh's banner; nothing is loaded).
   */
  static String describe(Settings s) {
    Path dir = s.modelDir();
    String patterns = s.patternsFile() == null ? "" : "; pattern rules from " + s.patternsFile();
    if (s.multiModel()) {
      return "none until loaded: multi-model endpoint (SAGEMAKER_MULTI_MODEL=true), models come through POST /models";
    }
    Path manifest = dir.resolve(ModelSpec.FILE_NAME);
    if (Files.isRegularFile(manifest)) {
      return "the model directory " + dir + " (" + ModelSpec.FILE_NAME + ": " + summary(manifest) + ")" + patterns;
    }
    Optional<Path> spacy = SpacyPipelines.find(dir);
    if (spacy.isPresent()) {
      return "the spaCy pipeline " + spacy.get() + " (config.cfg, as nlp.to_disk wrote it; no " + ModelSpec.FILE_NAME
          + ")" + patterns;
    }
    String embedded = "the embedded model, profile " + s.profile().wireName() + ", because " + dir;
    if (!Files.isDirectory(dir)) {
      return embedded + " does not exist" + patterns;
    }
    List<Path> files = strayFiles(dir, s);
    if (!files.isEmpty()) {
      return "none: " + noManifest(dir, files) + ", so the model cannot load" + patterns;
    }
    return embedded + (visibleFiles(dir).isEmpty() ? " is empty" : " holds only the patterns file (NER_PATTERNS_FILE)")
        + patterns;
  }

  /**
   * A manifest in a few words for the start banner: its components, labels and how they are
   * named, and what trained it (the whole manifest was a 400-character line).
   */
  static String summary(Path manifest) {
    Map<String, Object> json;
    try {
      json = ManifestCodec.read(manifest);
    } catch (IOException | RuntimeException e) {
      return "unreadable: " + e.getMessage();
    }
    List<String> parts = new ArrayList<>();
    List<String> steps = new ArrayList<>();
    if (json.get("pipeline") instanceof List<?> pipeline) {
      pipeline.forEach(st -> steps.add(st instanceof Map<?, ?> m ? step(m.get("component"), m.get("profile")) : "?"));
    } else {
      steps.add(step(json.get("engine"), json.get("profile")));
    }
    parts.add(String.join(" + ", steps));
    if (json.get("labels") instanceof List<?> labels && !labels.isEmpty()) {
      Object scheme = json.getOrDefault(ModelSpec.DEFAULT_SCHEME_KEY, "spacy");
      parts.add("labels " + labels.stream().map(String::valueOf).collect(Collectors.joining(", "))
          + ("corenlp".equals(scheme) ? " answered as trained" : " answered in " + scheme + " names"));
    }
    if (json.get("info") instanceof Map<?, ?> info && info.get("algorithm") != null) {
      String trained = "trained with " + info.get("algorithm");
      if (info.get("created_at") instanceof String at && at.length() >= 10) {
        trained += " on " + at.substring(0, 10);
      }
      if (info.get("metrics") instanceof Map<?, ?> metrics && metrics.get("validation") instanceof Map<?, ?> v
          && v.get("f1") != null) {
        trained += ", validation F1 " + v.get("f1");
      }
      parts.add(trained);
    }
    return String.join("; ", parts);
  }

  private static String step(Object component, Object profile) {
    return component + (profile == null ? "" : " " + profile);
  }

  /**
   * The directory's files that are not the model's: all of them, but NER_PATTERNS_FILE (README's
   * /opt/ml/model/patterns.jsonl alone in the directory is not a model: the embedded model serves
   * and the patterns are added to it, see load).
   */
  private static List<Path> strayFiles(Path dir, Settings s) {
    return visibleFiles(dir).stream().filter(f -> !isFile(f, s.patternsFile())).toList();
  }

  private static String noManifest(Path dir, List<Path> files) {
    return dir + " holds " + files.size() + " file(s) (e.g. " + files.get(0).getFileName() + ") but no " + ModelSpec.FILE_NAME;
  }

  /** Whether {@code f} is {@code other} (real paths: symbolic links and relative paths compare equal). */
  private static boolean isFile(Path f, Path other) {
    if (other == null) {
      return false;
    }
    try {
      return Files.isSameFile(f, other);
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
