package io.nerbyoc.pipeline;

import io.nerbyoc.core.LabelScheme;
import io.nerbyoc.core.MergePolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What {@code ner-model.json} describes: an ordered pipeline of components (a trained model is a
 * pipeline of one), how overlapping candidates are merged, the native labels, the label scheme
 * answers use unless one is asked for ({@code default_label_scheme}: a trained model's own names),
 * and free-form information (training statistics, metrics, hyperparameters). See README "Model
 * directory".
 */
public record ModelSpec(List<Step> steps, MergePolicy merge, List<String> labels, LabelScheme defaultScheme,
    Map<String, Object> info) {
  public static final String FILE_NAME = "ner-model.json";
  /** 2: {"pipeline": [...]}. 1 ({"engine": ...}) is still read. */
  public static final int FORMAT_VERSION = 2;
  /** The manifest key of {@link #defaultScheme}; {@code spacy} when absent. */
  public static final String DEFAULT_SCHEME_KEY = "default_label_scheme";

  public ModelSpec {
    steps = List.copyOf(steps);
    labels = List.copyOf(labels);
    info = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(info));
  }

  /** The same pipeline with other information. */
  public ModelSpec withInfo(Map<String, Object> newInfo) {
    return new ModelSpec(steps, merge, labels, defaultScheme, newInfo);
  }

  /** Shipped files every step loads (relative to the embedded model root), for memory estimates. */
  public Set<String> embeddedFiles() {
    Set<String> files = new LinkedHashSet<>();
    steps.forEach(s -> files.addAll(s.embeddedFiles()));
    return files;
  }

  /** The manifest as JSON values, in the version-2 form. */
  public Map<String, Object> toJson() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("format_version", FORMAT_VERSION);
    List<Object> pipeline = new ArrayList<>();
    steps.forEach(s -> pipeline.add(s.json()));
    out.put("pipeline", pipeline);
    out.put("merge", merge.name().toLowerCase(Locale.ROOT));
    out.put("labels", labels);
    if (defaultScheme != LabelScheme.SPACY) {
      out.put(DEFAULT_SCHEME_KEY, defaultScheme.wireName());
    }
    out.put("info", info);
    return out;
  }
}
