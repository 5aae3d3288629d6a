package io.nerbyoc.pipeline;

import io.nerbyoc.codec.PatternCodec;
import io.nerbyoc.core.Recognizer;
import io.nerbyoc.patterns.EntityPattern;
import io.nerbyoc.patterns.PatternException;
import io.nerbyoc.patterns.PatternRecognizer;
import io.nerbyoc.patterns.PatternSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code {"component": "patterns", "file": "patterns.jsonl", "case_insensitive": false}}: spaCy
 * EntityRuler patterns. Here rather than in {@code patterns} because reading the file takes the
 * JSON codec, which already depends on {@code patterns}.
 */
public final class PatternsComponent implements Component<PatternsComponent.Config> {
  public record Config(String file, boolean caseInsensitive) {}

  @Override
  public String name() {
    return "patterns";
  }

  @Override
  public Config config(ConfigReader r) {
    return new Config(r.requiredString("file"), r.bool("case_insensitive", false));
  }

  @Override
  public Recognizer create(Config c, LoadContext ctx) {
    return load(ctx.file(c.file(), "\"file\""), c.caseInsensitive());
  }

  /** A patterns file as a recognizer; NER_PATTERNS_FILE loads through here too. */
  public static Recognizer load(Path file, boolean caseInsensitive) {
    try {
      List<EntityPattern> list = PatternCodec.read(file);
      return new PatternRecognizer(new PatternSet(list, caseInsensitive), list, "patterns " + file.getFileName());
    } catch (IOException e) {
      throw new ModelLoadException(file, "cannot be read (" + e.getMessage() + ")");
    } catch (PatternException e) {
      throw new ModelLoadException(e.getMessage() + ". Fix or remove that line.");
    }
  }
}
