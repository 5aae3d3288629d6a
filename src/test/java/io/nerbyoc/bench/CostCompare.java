package io.nerbyoc.bench;

import io.nerbyoc.Components;
import io.nerbyoc.config.NewlineMode;
import io.nerbyoc.core.Recognizer;
import io.nerbyoc.pipeline.LoadContext;
import io.nerbyoc.pipeline.ModelDirectories;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CPU per document of several model directories, measured in one JVM on one thread, the
 * directories taking turns document by document. On a shared machine whose load comes and goes,
 * separate runs differ by 2× or more; turns within one run see the same load, so their ratios hold.
 *
 * <pre>
 * java --add-modules=jdk.incubator.vector -cp 'target/test-classes:target/classes:target/lib/*' \
 *   io.nerbyoc.bench.CostCompare --models target/models --rounds 6 DIR_A DIR_B ...
 * </pre>
 *
 * Each round sends every document once through every directory; the first round warms the JIT and
 * is not counted. Prints thread CPU milliseconds per document per directory and its ratio to the
 * first directory.
 */
public final class CostCompare {
  private CostCompare() {}

  public static void main(String[] argv) throws Exception {
    List<String> dirs = new ArrayList<>();
    List<String> options = new ArrayList<>();
    for (int i = 0; i < argv.length; i++) {
      if (argv[i].startsWith("--")) {
        options.add(argv[i]);
        options.add(argv[++i]);
      } else {
        dirs.add(argv[i]);
      }
    }
    if (dirs.isEmpty()) {
      throw new IllegalArgumentException("CostCompare: name at least one model directory after the options");
    }
    BenchArgs args = new BenchArgs(options.toArray(String[]::new));
    BenchDocs docs = BenchDocs.load(
        Path.of(args.string("docs", "../shared/data/ner/wikigold/wikigold.conll")), args.integer("doc-tokens", 200));
    Path models = Path.of(args.string("models", "target/models"));
    List<Recognizer> recognizers = new ArrayList<>();
    for (String dir : dirs) {
      recognizers.add(ModelDirectories.load(LoadContext.of(Path.of(dir), models, NewlineMode.ALWAYS, Components.ALL)));
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    int rounds = args.integer("rounds", 6);
    long[] nanos = new long[dirs.size()];
    long counted = 0;
    for (int round = 0; round < rounds; round++) {
      for (int doc = 0; doc < docs.size(); doc++) {
        for (int r = 0; r < recognizers.size(); r++) {
          long t0 = cpu.getCurrentThreadCpuTime();
          recognizers.get(r).recognize(docs.texts().get(doc));
          if (round > 0) {
            nanos[r] += cpu.getCurrentThreadCpuTime() - t0;
          }
        }
        counted += round > 0 ? 1 : 0;
      }
      System.err.printf("CostCompare: round %d of %d done%n", round + 1, rounds);
    }
    System.out.printf("| model | CPU ms/doc | ratio to first |%n|---|---|---|%n");
    for (int r = 0; r < dirs.size(); r++) {
      System.out.printf("| %s | %.2f | %.2f |%n", dirs.get(r), nanos[r] / 1e6 / counted, (double) nanos[r] / nanos[0]);
    }
    System.out.printf("(%d documents of %.0f tokens on average, %d counted rounds)%n",
        docs.size(), docs.meanTokens(), rounds - 1);
  }
}
