package io.nerbyoc.engine;

import io.nerbyoc.core.Recognizer;
import io.nerbyoc.pipeline.Component;
import io.nerbyoc.pipeline.ConfigReader;
import io.nerbyoc.pipeline.LoadContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code "corenlp-crf"}: CoreNLP CRFs combined as CoreNLP's NER combiner does (a later CRF adds
 * only labels no earlier one has), optionally with the accurate profile's rules. The embedded
 * profiles are this component too (resources {@code profiles/*.json}).
 */
public final class CrfComponent implements Component<CrfComponent.Config> {
  /**
   * @param models CRF files in the model directory, highest priority first
   * @param embeddedModels CRF files shipped in the image (relative to the embedded model root)
   * @param rules run the accurate profile's rules and document-level consistency after the CRFs
   * @param outsideThreshold below this probability of "outside" a token gets an entity label; 1 = Viterbi
   * @param features the pretrained feature layers the model was trained with
   * @param description for logs and /models; empty for "CoreNLP CRF from DIR"
   */
  public record Config(List<String> models, List<String> embeddedModels, boolean rules, double outsideThreshold,
      FeatureFlags features, String description) {}

  @Override
  public String name() {
    return "corenlp-crf";
  }

  @Override
  public Config config(ConfigReader r) {
    Config c = new Config(r.strings("models"), r.strings("embedded_models"), r.bool("rules", false),
        r.number("outside_threshold", 1.0, 0.0, 1.0), FeatureFlags.read(r), r.string("description", ""));
    if (c.models().isEmpty() && c.embeddedModels().isEmpty()) {
      throw r.error("models", "lists no CRF file; name the model files (relative to the model directory)");
    }
    return c;
  }

  @Override
  public Recognizer create(Config c, LoadContext ctx) {
    List<Path> files = new ArrayList<>();
    c.embeddedModels().forEach(f -> files.add(ctx.embeddedRoot().resolve(f)));
    c.models().forEach(f -> files.add(ctx.file(f, "\"models\" entry")));
    List<CrfTagger> taggers = EmbeddedModels.loadAll(files);
    if (c.outsideThreshold() < 1.0) {
      taggers = taggers.stream().map(t -> t.withOutsideThreshold(c.outsideThreshold())).toList();
    }
    String description = c.description().isEmpty() ? "CoreNLP CRF from " + ctx.dir() : c.description();
    CoreNlpRecognizer crf = new CoreNlpRecognizer(taggers, c.rules(), ctx.newlines(), description);
    PretrainedFeatures.TokenFeatures features = c.features().load(ctx);
    return features == null ? crf : crf.withTokenFeatures(features);
  }

  @Override
  public Set<String> embeddedFiles(Config c) {
    Set<String> files = new LinkedHashSet<>(c.embeddedModels());
    files.addAll(c.features().embeddedFiles());
    return files;
  }
}
