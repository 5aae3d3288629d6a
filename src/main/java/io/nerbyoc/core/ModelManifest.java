package io.nerbyoc.core;

import java.util.List;
import java.util.Map;

/**
 * The {@code ner-model.json} file at the top of a model directory (what SageMaker unpacks from
 * model.tar.gz into /opt/ml/model). See README "Model directory".
 *
 * @param engine {@code corenlp-embedded}, {@code corenlp-crf} (or, from training, {@code opennlp})
 * @param profile for {@code corenlp-embedded}: {@code fast} or {@code accurate}
 * @param models model files relative to the directory, in priority order
 * @param rules whether the accurate profile's rules run after the models
 * @param info everything else in the file (training statistics, metrics...), kept for display
 */
public record ModelManifest(
    int formatVersion,
    String engine,
    String profile,
    List<String> models,
    boolean rules,
    List<String> labels,
    Map<String, Object> info) {

  public static final String FILE_NAME = "ner-model.json";
  public static final int FORMAT_VERSION = 1;

  public ModelManifest {
    models = models == null ? List.of() : List.copyOf(models);
    labels = labels == null ? List.of() : List.copyOf(labels);
    // Insertion order kept: the manifest is read by people too.
    info = info == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(info));
  }
}
