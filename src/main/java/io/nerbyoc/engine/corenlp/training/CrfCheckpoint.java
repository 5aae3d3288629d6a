package io.nerbyoc.engine.corenlp.training;

import edu.stanford.nlp.util.ConvertByteArray;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The CRF optimiser's weights at some iteration, kept in the checkpoint folder so that a job
 * SageMaker restarts (managed spot training) continues from them instead of from zero. A
 * checkpoint belongs to one job: its fingerprint (training data, features and settings) must
 * match, so a folder reused by another job is ignored, never loaded into the wrong feature space.
 * Files are written beside and then renamed, so a kill mid-write leaves the previous checkpoint.
 */
final class CrfCheckpoint {
  /** One pair of files per fingerprint: a refit (other data) keeps the first training's checkpoint. */
  private static String base(String fingerprint) {
    return "crf-" + fingerprint.substring(0, 16);
  }

  /** What a checkpoint holds: the iteration it was taken at and the weights file. */
  record Saved(int iteration, Path weights) {}

  private CrfCheckpoint() {}

  static void save(Path dir, String fingerprint, int iteration, double[] weights) throws IOException {
    Files.createDirectories(dir);
    String base = base(fingerprint);
    Path tmp = dir.resolve(base + ".weights.gz.tmp");
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(tmp)), 1 << 16))) {
      ConvertByteArray.saveDoubleArr(out, weights);
    }
    Files.move(tmp, dir.resolve(base + ".weights.gz"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    Path metaTmp = dir.resolve(base + ".txt.tmp");
    Files.writeString(metaTmp, fingerprint + "\n" + iteration + "\n" + weights.length + "\n", StandardCharsets.UTF_8);
    Files.move(metaTmp, dir.resolve(base + ".txt"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The checkpoint in {@code dir} if it was written by a job with this fingerprint. */
  static Optional<Saved> find(Path dir, String fingerprint) {
    Path meta = dir.resolve(base(fingerprint) + ".txt");
    Path weights = dir.resolve(base(fingerprint) + ".weights.gz");
    if (!Files.isRegularFile(meta) || !Files.isRegularFile(weights)) {
      return Optional.empty();
    }
    try {
      String[] lines = Files.readString(meta, StandardCharsets.UTF_8).split("\n");
      if (lines.length < 2 || !lines[0].equals(fingerprint)) {
        return Optional.empty();
      }
      return Optional.of(new Saved(Integer.parseInt(lines[1].trim()), weights));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty(); // unreadable: start from zero rather than fail the job
    }
  }

  /** The weights as CoreNLP's {@code initialWeights} flag reads them (uncompressed), next to the checkpoint. */
  static Path unpacked(Saved saved, Path into) throws IOException {
    Path file = into.resolve("crf-initial-weights.bin");
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(Files.newInputStream(saved.weights())), 1 << 16));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
      ConvertByteArray.saveDoubleArr(out, ConvertByteArray.readDoubleArr(in));
    }
    return file;
  }
}
