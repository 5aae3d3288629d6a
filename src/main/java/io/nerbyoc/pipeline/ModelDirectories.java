package io.nerbyoc.pipeline;

import io.nerbyoc.codec.ManifestCodec;
import io.nerbyoc.core.MergingRecognizer;
import io.nerbyoc.core.Recognizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the recognizer a model directory's manifest describes. */
public final class ModelDirectories {
  private ModelDirectories() {}

  /** Reads {@code ner-model.json} in {@code ctx.dir()} and builds its pipeline. */
  public static Recognizer load(LoadContext ctx) {
    return build(read(ctx.dir(), ctx.registry()), ctx);
  }

  /** The manifest in {@code dir}, parsed strictly (version 1 manifests are upgraded). */
  public static ModelSpec read(Path dir, ComponentRegistry registry) {
    Path manifest = dir.resolve(ModelSpec.FILE_NAME);
    Map<String, Object> json;
    try {
      // Nor may the manifest itself be a link out of the directory.
      json = ManifestCodec.read(ModelPaths.inside(dir, ModelSpec.FILE_NAME, manifest, "the manifest"));
    } catch (IOException e) {
      throw new ModelLoadException(manifest, e.getMessage());
    }
    return ManifestReader.parse(manifest, json, registry);
  }

  /** The spec's steps in order; several are merged by its policy. */
  public static Recognizer build(ModelSpec spec, LoadContext ctx) {
    List<Recognizer> members = new ArrayList<>();
    for (Step s : spec.steps()) {
      members.add(s.create(ctx));
    }
    Recognizer r = members.size() == 1 ? members.get(0) : new MergingRecognizer(members, spec.merge());
    return r.withDefaultScheme(spec.defaultScheme());
  }
}
