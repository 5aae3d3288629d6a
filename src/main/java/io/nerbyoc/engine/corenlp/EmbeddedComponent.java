package io.nerbyoc.engine.corenlp;

import io.nerbyoc.config.Profile;
import io.nerbyoc.core.Recognizer;
import io.nerbyoc.pipeline.Component;
import io.nerbyoc.pipeline.ConfigReader;
import io.nerbyoc.pipeline.LoadContext;
import java.util.Set;

/** {@code "corenlp-embedded"}: a profile shipped in the image, loaded once and shared. */
public final class EmbeddedComponent implements Component<EmbeddedComponent.Config> {
  public record Config(Profile profile) {}

  @Override
  public String name() {
    return "corenlp-embedded";
  }

  @Override
  public Config config(ConfigReader r) {
    return new Config(Profile.parse(r.choice("profile", "accurate", java.util.List.of("accurate", "fast"))));
  }

  @Override
  public Recognizer create(Config c, LoadContext ctx) {
    return EmbeddedModels.load(c.profile(), ctx.embeddedRoot(), ctx.newlines());
  }

  @Override
  public Set<String> embeddedFiles(Config c) {
    return Set.copyOf(EmbeddedModels.files(c.profile()));
  }
}
