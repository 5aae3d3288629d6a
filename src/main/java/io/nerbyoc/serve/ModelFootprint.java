package io.nerbyoc.serve;

import io.nerbyoc.core.ApiException;
import io.nerbyoc.pipeline.ModelSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The bytes of the files a model directory's model will load, for the memory budget: its own
 * files (links not followed: the loader refuses files outside the directory) and the shipped
 * embedded files its manifests name. The walk is capped so a huge tree is refused, not walked.
 */
final class ModelFootprint {
  static final int MAX_FILES = 10_000;
  static final int MAX_DEPTH = 8;

  /** Own bytes, and the embedded files (absolute path to size) that every model naming them shares. */
  record Sizes(long ownBytes, Map<Path, Long> embedded) {}

  private ModelFootprint() {}

  static Sizes of(Path dir, Path embeddedRoot, Function<Path, Set<String>> embeddedFiles) {
    List<Path> manifests = new ArrayList<>();
    long[] bytes = {0};
    try {
      Files.walkFileTree(dir, EnumSet.noneOf(java.nio.file.FileVisitOption.class), MAX_DEPTH, new SimpleFileVisitor<>() {
        private int entries;

        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          count();
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          count();
          if (attrs.isDirectory()) { // only directories at MAX_DEPTH arrive here
            throw tooLarge(dir, "directories nested more than " + MAX_DEPTH + " deep");
          }
          if (attrs.isRegularFile()) {
            bytes[0] += attrs.size();
            if (f.getFileName().toString().equals(ModelSpec.FILE_NAME)) {
              manifests.add(f);
            }
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) throws IOException {
          throw e;
        }

        private void count() {
          if (++entries > MAX_FILES) {
            throw tooLarge(dir, "more than " + MAX_FILES + " files and directories");
          }
        }
      });
    } catch (IOException | UncheckedIOException | SecurityException e) {
      throw ApiException.badRequest("invalid_model_url", "Model directory " + ApiException.quote(dir.toString())
          + " cannot be read.", "Check that the directory and every file in it are readable.");
    }
    return new Sizes(bytes[0], embedded(manifests, embeddedRoot, embeddedFiles));
  }

  /** Unreadable or invalid manifests count nothing here: the load that follows reports them. */
  private static Map<Path, Long> embedded(List<Path> manifests, Path embeddedRoot, Function<Path, Set<String>> embeddedFiles) {
    Map<Path, Long> out = new LinkedHashMap<>();
    for (Path manifest : manifests) {
      try {
        for (String f : embeddedFiles.apply(manifest.getParent())) {
          Path p = embeddedRoot.resolve(f).toAbsolutePath().normalize();
          out.put(p, Files.isRegularFile(p) ? Files.size(p) : Files.isDirectory(p) ? treeSize(p) : 0L);
        }
      } catch (IOException | RuntimeException e) {
        // reported by the load (a bad manifest is refused there)
      }
    }
    return out;
  }

  /** A shipped directory (a spaCy pipeline such as the accurate profile's decider): its files' bytes. */
  private static long treeSize(Path dir) throws IOException {
    try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> {
        try {
          return Files.size(f);
        } catch (IOException e) {
          return 0L;
        }
      }).sum();
    }
  }

  private static ApiException tooLarge(Path dir, String what) {
    return ApiException.badRequest("model_too_large", "Model directory " + ApiException.quote(dir.toString()) + " holds "
        + what + "; a model directory is not walked that far.",
        "Package only the model's files (what `train` wrote: ner-model.json and the files it names), at most "
            + MAX_FILES + " entries and " + MAX_DEPTH + " levels deep.");
  }
}
