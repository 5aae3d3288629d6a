package io.nerbyoc.spacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Recognises a spaCy pipeline in a model directory: {@code config.cfg}, {@code meta.json} and
 * {@code tokenizer} at its top, or in its only sub-directory (a model.tar.gz made with
 * {@code tar czf model.tar.gz my_pipeline/} unpacks that way; files beside that folder, such as
 * the NER_PATTERNS_FILE, do not count).
 */
public final class SpacyPipelines {
  private SpacyPipelines() {}

  public static Optional<Path> find(Path dir) {
    if (isPipeline(dir)) {
      return Optional.of(dir);
    }
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> visible = s.filter(p -> !p.getFileName().toString().startsWith(".") && Files.isDirectory(p)).toList();
      if (visible.size() == 1 && isPipeline(visible.get(0))) {
        return Optional.of(visible.get(0));
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  static boolean isPipeline(Path dir) {
    return Files.isRegularFile(dir.resolve("config.cfg")) && Files.isRegularFile(dir.resolve("meta.json"))
        && Files.isRegularFile(dir.resolve("tokenizer"));
  }
}
