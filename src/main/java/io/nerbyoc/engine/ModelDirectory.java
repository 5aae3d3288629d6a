package io.nerbyoc.engine;

import io.nerbyoc.config.NewlineMode;
import io.nerbyoc.config.Profile;
import io.nerbyoc.core.ModelManifest;
import io.nerbyoc.core.Recognizer;
import java.nio.file.Path;
import java.util.List;

/** Builds the recognizer a model directory's manifest describes. */
public final class ModelDirectory {
  public static final String EMBEDDED = "corenlp-embedded";
  public static final String CORENLP_CRF = "corenlp-crf";

  private ModelDirectory() {}

  public static Recognizer load(ModelManifest m, Path dir, Path embeddedRoot, NewlineMode newlines) {
    switch (m.engine()) {
      case EMBEDDED:
        Profile p;
        try {
          p = m.profile() == null ? Profile.ACCURATE : Profile.parse(m.profile());
        } catch (IllegalArgumentException e) {
          throw new ModelLoadException(
              dir.resolve(ModelManifest.FILE_NAME), "profile '" + m.profile() + "' is not one of: accurate, fast");
        }
        return EmbeddedModels.load(p, embeddedRoot, newlines);
      case CORENLP_CRF:
        if (m.models().isEmpty()) {
          throw new ModelLoadException(dir.resolve(ModelManifest.FILE_NAME), "\"models\" lists no CRF file");
        }
        List<CrfTagger> taggers = EmbeddedModels.loadAll(m.models().stream().map(dir::resolve).toList());
        return new CoreNlpRecognizer(taggers, m.rules(), newlines, "CoreNLP CRF from " + dir);
      default:
        throw new ModelLoadException(
            dir.resolve(ModelManifest.FILE_NAME),
            "engine '" + m.engine() + "' is not one of: " + EMBEDDED + ", " + CORENLP_CRF);
    }
  }
}
