package io.nerbyoc.engine.opennlp;

import io.nerbyoc.core.Recognizer;
import io.nerbyoc.engine.corenlp.FeatureFlags;
import io.nerbyoc.pipeline.Component;
import io.nerbyoc.pipeline.ConfigReader;
import io.nerbyoc.pipeline.LoadContext;
import java.util.List;
import java.util.Set;

/** {@code "opennlp"}: an OpenNLP name finder behind the server's CoreNLP tokenizer. */
public final class OpenNlpComponent implements Component<OpenNlpComponent.Config> {
  /**
   * @param model the name finder file in the model directory
   * @param labels the types it was trained on (OpenNLP models do not list them)
   * @param features the pretrained feature layers it was trained with
   */
  public record Config(String model, List<String> labels, FeatureFlags features) {}

  @Override
  public String name() {
    return "opennlp";
  }

  @Override
  public Config config(ConfigReader r) {
    List<String> models = r.strings("models");
    if (models.size() != 1) {
      throw r.error("models", "must name exactly one OpenNLP name finder file, found " + models.size());
    }
    List<String> labels = r.strings("labels");
    if (labels.isEmpty()) {
      throw r.error("labels", "is empty; list the types the model was trained on");
    }
    return new Config(models.get(0), labels, FeatureFlags.read(r));
  }

  @Override
  public Recognizer create(Config c, LoadContext ctx) {
    return new OpenNlpRecognizer(ctx.file(c.model(), "\"models\" entry"), Set.copyOf(c.labels()), ctx.newlines(),
        "OpenNLP name finder from " + ctx.dir(), c.features().load(ctx));
  }

  @Override
  public Set<String> embeddedFiles(Config c) {
    return c.features().embeddedFiles();
  }
}
