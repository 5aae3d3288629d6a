package io.nerbyoc.pipeline;

import io.nerbyoc.core.Recognizer;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code {"component": "model_dir", "dir": "trained"}}: the model in a sub-directory, e.g. what train wrote. */
public final class ModelDirComponent implements Component<ModelDirComponent.Config> {
  public record Config(String dir) {}

  @Override
  public String name() {
    return "model_dir";
  }

  @Override
  public Config config(ConfigReader r) {
    return new Config(r.requiredString("dir"));
  }

  @Override
  public Recognizer create(Config c, LoadContext ctx) {
    Path d = ctx.file(c.dir(), "model_dir \"dir\"");
    if (!Files.isRegularFile(d.resolve(ModelSpec.FILE_NAME))) {
      throw new ModelLoadException(ctx.manifest(), "model_dir " + d + " has no " + ModelSpec.FILE_NAME);
    }
    return ctx.loadDirectory(d);
  }
}
