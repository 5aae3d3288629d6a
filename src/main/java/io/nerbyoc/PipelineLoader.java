package io.nerbyoc;

import io.nerbyoc.config.Settings;
import io.nerbyoc.core.MergePolicy;
import io.nerbyoc.core.MergingRecognizer;
import io.nerbyoc.core.ModelManifest;
import io.nerbyoc.core.Recognizer;
import io.nerbyoc.core.RelabelingRecognizer;
import io.nerbyoc.engine.ModelDirectory;
import io.nerbyoc.engine.ModelLoadException;
import io.nerbyoc.engine.ModelPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A manifest with {@code "engine": "pipeline"}: several recognizers answering as one, e.g.
 *
 * <pre>
 * {"engine": "pipeline", "merge": "priority",
 *  "steps": [{"patterns": "patterns.jsonl"}, {"model_dir": "trained"},
 *            {"engine": "corenlp-embedded", "profile": "accurate"}]}
 * </pre>
 *
 * Steps are tried in order for the {@code priority} policy; {@code longest} and {@code score}
 * rank overlapping entities by span length or score instead.
 */
final class PipelineLoader {
  static final String ENGINE = "pipeline";
  private static final int MAX_DEPTH = 3;

  private PipelineLoader() {}

  static Recognizer load(ModelManifest m, Path dir, Settings s, int depth) {
    Path manifest = dir.resolve(ModelManifest.FILE_NAME);
    if (depth > MAX_DEPTH) {
      throw new ModelLoadException(manifest, "pipelines are nested more than " + MAX_DEPTH + " deep");
    }
    MergePolicy policy;
    try {
      policy = MergePolicy.parse(String.valueOf(m.info().getOrDefault("merge", "priority")));
    } catch (IllegalArgumentException e) {
      throw new ModelLoadException(manifest, "\"merge\" must be one of: priority, longest, score");
    }
    if (!(m.info().get("steps") instanceof List<?> steps) || steps.isEmpty()) {
      throw new ModelLoadException(manifest, "a pipeline needs \"steps\": a non-empty list of objects");
    }
    List<Recognizer> members = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      if (!(steps.get(i) instanceof Map<?, ?> step)) {
        throw new ModelLoadException(manifest, "steps[" + i + "] must be an object");
      }
      members.add(relabel(step(step, i, dir, s, depth), step, i, manifest));
    }
    return new MergingRecognizer(members, policy);
  }

  private static Recognizer step(Map<?, ?> step, int i, Path dir, Settings s, int depth) {
    Path manifest = dir.resolve(ModelManifest.FILE_NAME);
    if (step.get("patterns") instanceof String file) {
      boolean ci = Boolean.parseBoolean(String.valueOf(step.get("case_insensitive")));
      return ModelLoader.patterns(ModelPaths.inside(dir, file, manifest, "steps[" + i + "].patterns"), ci);
    }
    if (step.get("model_dir") instanceof String sub) {
      Path d = ModelPaths.inside(dir, sub, manifest, "steps[" + i + "].model_dir");
      if (!Files.isRegularFile(d.resolve(ModelManifest.FILE_NAME))) {
        throw new ModelLoadException(manifest, "steps[" + i + "]: " + d + " has no " + ModelManifest.FILE_NAME);
      }
      return ModelLoader.loadDirectory(d, s, depth + 1);
    }
    if (step.get("engine") instanceof String engine) {
      if (engine.equals(ENGINE)) {
        throw new ModelLoadException(manifest, "steps[" + i + "]: put a nested pipeline in its own model_dir");
      }
      ModelManifest m = new ModelManifest(ModelManifest.FORMAT_VERSION, engine,
          step.get("profile") instanceof String p ? p.toLowerCase(Locale.ROOT) : null,
          strings(step.get("models")), Boolean.TRUE.equals(step.get("rules")), List.of(), Map.of());
      return ModelDirectory.load(m, dir, s.embeddedModelDir(), s.newlineMode());
    }
    throw new ModelLoadException(manifest,
        "steps[" + i + "] needs one of \"patterns\" (a file), \"model_dir\" (a directory) or \"engine\"");
  }

  /** A step's optional "label_map" (and "drop_unmapped"): its labels renamed to the pipeline's. */
  private static Recognizer relabel(Recognizer r, Map<?, ?> step, int i, Path manifest) {
    Object m = step.get("label_map");
    if (m == null) {
      return r;
    }
    if (!(m instanceof Map<?, ?> map)) {
      throw new ModelLoadException(manifest, "steps[" + i + "].label_map must be an object of label names");
    }
    java.util.Map<String, String> names = new java.util.HashMap<>();
    map.forEach((k, v) -> names.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
    return new RelabelingRecognizer(r, names, Boolean.TRUE.equals(step.get("drop_unmapped")));
  }

  private static List<String> strings(Object o) {
    List<String> out = new ArrayList<>();
    if (o instanceof List<?> l) {
      l.forEach(x -> out.add(String.valueOf(x)));
    }
    return out;
  }
}
