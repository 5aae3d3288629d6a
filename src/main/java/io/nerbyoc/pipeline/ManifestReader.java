package io.nerbyoc.pipeline;

import io.nerbyoc.core.LabelScheme;
import io.nerbyoc.core.MergePolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses {@code ner-model.json} strictly into a {@link ModelSpec}. Version 2 is the pipeline form:
 *
 * <pre>
 * {"format_version": 2, "merge": "priority", "labels": [...], "info": {...},
 *  "pipeline": [{"component": "corenlp-crf", "models": ["ner.crf.ser.gz"]},
 *               {"component": "corenlp-embedded", "profile": "accurate", "label_map": {...}}]}
 * </pre>
 *
 * Version 1 (what earlier releases wrote: {@code "engine"} with settings beside it, or {@code
 * "engine": "pipeline"} with {@code "steps"}) is upgraded to the same spec, so those model
 * directories keep loading; its settings are typed and checked the same way.
 */
public final class ManifestReader {
  /** Keys every step may carry besides its component's own. */
  private static final String COMPONENT = "component";
  private static final List<String> MERGES = List.of("priority", "longest", "score");
  private static final List<String> SCHEMES = java.util.Arrays.stream(LabelScheme.values()).map(LabelScheme::wireName).toList();
  /** What version-1 writers put beside the engine as information. */
  private static final List<String> V1_INFO = List.of(
      "algorithm", "hyperparameters", "training_data", "training_seconds", "created_at", "project_version", "metrics",
      "refit");
  /** Version-1 settings that became the trained component's own. */
  private static final List<String> V1_STEP_SETTINGS = List.of(
      "models", "rules", "outside_threshold", "pretrained_tags", "gazetteers", "encoder_tags");

  private ManifestReader() {}

  public static ModelSpec parse(Path file, Map<String, Object> json, ComponentRegistry registry) {
    ConfigReader top = new ConfigReader(file, "", json);
    int version = top.integer("format_version", 1, 1, ModelSpec.FORMAT_VERSION);
    return version == 1 ? parse(file, upgrade(top), registry) : parseV2(top, registry);
  }

  private static ModelSpec parseV2(ConfigReader top, ComponentRegistry registry) {
    MergePolicy merge = MergePolicy.parse(top.choice("merge", "priority", MERGES));
    List<String> labels = top.strings("labels");
    LabelScheme scheme = LabelScheme.parse(top.choice(ModelSpec.DEFAULT_SCHEME_KEY, "spacy", SCHEMES));
    Map<String, Object> info = new LinkedHashMap<>();
    if (top.raw("info") instanceof Map<?, ?> m) {
      m.forEach((k, v) -> info.put(String.valueOf(k), v));
    } else if (top.raw("info") != null) {
      throw top.error("info", "must be an object of free-form information");
    }
    top.allow("description"); // profiles say what they are
    List<Step> steps = new ArrayList<>();
    for (ConfigReader s : top.objects("pipeline")) {
      steps.add(step(s, registry));
    }
    top.finish();
    return new ModelSpec(steps, merge, labels, scheme, info);
  }

  private static Step step(ConfigReader r, ComponentRegistry registry) {
    String name = r.requiredString(COMPONENT);
    Component<?> c = registry.get(name, r.file(), "component");
    Map<String, String> labelMap = r.stringMap("label_map");
    boolean drop = r.bool("drop_unmapped", false);
    Object config = c.config(r);
    r.finish();
    return new Step(c, config, labelMap, drop, rawOf(r));
  }

  /** The step's JSON as read, for writing the manifest back. */
  private static Map<String, Object> rawOf(ConfigReader r) {
    return r.values();
  }

  /** A version-1 manifest as the version-2 JSON it means; unknown or mistyped keys are errors here too. */
  private static Map<String, Object> upgrade(ConfigReader top) {
    String engine = top.requiredString("engine");
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("format_version", 2);
    List<Object> pipeline = new ArrayList<>();
    if (engine.equals("pipeline")) {
      out.put("merge", top.choice("merge", "priority", MERGES));
      for (ConfigReader s : top.objects("steps")) {
        pipeline.add(upgradeStep(s));
      }
    } else {
      Map<String, Object> step = new LinkedHashMap<>();
      step.put(COMPONENT, engine);
      String profile = top.string("profile", null);
      if (engine.equals("corenlp-embedded")) {
        putIf(step, "profile", profile);
      } else {
        for (String k : V1_STEP_SETTINGS) {
          putIf(step, k, top.raw(k));
        }
        if (engine.equals("opennlp")) {
          putIf(step, "labels", top.raw("labels"));
          step.remove("rules"); // version 1 wrote "rules": false for every model
          step.remove("outside_threshold");
        }
      }
      pipeline.add(step);
      if (top.bool("combine_with_pretrained", false)) {
        // The trained model first: "priority" keeps its entities, the embedded model's only where free.
        Map<String, Object> embedded = new LinkedHashMap<>();
        embedded.put(COMPONENT, "corenlp-embedded");
        putIf(embedded, "profile", profile);
        pipeline.add(embedded);
      }
      out.put("merge", "priority");
    }
    putIf(out, "labels", top.raw("labels"));
    Map<String, Object> info = new LinkedHashMap<>();
    for (String k : V1_INFO) {
      putIf(info, k, top.raw(k));
    }
    out.put("info", info);
    out.put("pipeline", pipeline);
    top.allow("format_version", "engine", "profile", "labels", "combine_with_pretrained");
    top.allow(V1_STEP_SETTINGS.toArray(String[]::new));
    top.finish();
    return out;
  }

  private static Map<String, Object> upgradeStep(ConfigReader s) {
    Map<String, Object> step = new LinkedHashMap<>();
    if (s.has("patterns")) {
      step.put(COMPONENT, "patterns");
      step.put("file", s.raw("patterns"));
      putIf(step, "case_insensitive", s.raw("case_insensitive"));
    } else if (s.has("model_dir")) {
      step.put(COMPONENT, "model_dir");
      step.put("dir", s.raw("model_dir"));
    } else if (s.has("engine")) {
      step.put(COMPONENT, s.raw("engine"));
      for (String k : List.of("profile", "models", "rules")) {
        putIf(step, k, s.raw(k));
      }
    } else {
      throw s.error("engine", "is missing: a step needs one of \"patterns\" (a file), \"model_dir\" (a directory) "
          + "or \"engine\"");
    }
    putIf(step, "label_map", s.raw("label_map"));
    putIf(step, "drop_unmapped", s.raw("drop_unmapped"));
    s.allow("case_insensitive", "profile", "models", "rules");
    s.finish();
    return step;
  }

  private static void putIf(Map<String, Object> m, String key, Object value) {
    if (value != null) {
      m.put(key, value);
    }
  }
}
