package io.nerbyoc.engine.corenlp;

import io.nerbyoc.config.NewlineMode;
import io.nerbyoc.config.Profile;
import java.nio.file.Path;

/** Heap used after loading the accurate profile, and the load time: {@code AccurateHeap [modelRoot]}. */
public final class AccurateHeap {
  private AccurateHeap() {}

  public static void main(String[] args) {
    Path root = Path.of(args.length > 0 ? args[0] : "target/models");
    long t0 = System.nanoTime();
    var recognizer = EmbeddedModels.load(Profile.ACCURATE, root, NewlineMode.TWO);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    long used = rt.totalMemory() - rt.freeMemory();
    System.out.printf("accurate profile: loaded in %.1f s, heap used after GC %d MiB (%s)%n", ms / 1000.0, used >> 20, recognizer);
  }
}
