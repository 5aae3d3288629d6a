package io.nerbyoc.bench;

import io.nerbyoc.codec.PatternCodec;
import io.nerbyoc.config.NewlineMode;
import io.nerbyoc.config.Profile;
import io.nerbyoc.core.MergePolicy;
import io.nerbyoc.core.MergingRecognizer;
import io.nerbyoc.core.Recognizer;
import io.nerbyoc.engine.corenlp.EmbeddedModels;
import io.nerbyoc.patterns.EntityPattern;
import io.nerbyoc.patterns.PatternRecognizer;
import io.nerbyoc.patterns.PatternSet;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Gazetteer benchmark: load time, heap and matching speed of N phrase patterns, and the latency
 * they add to the fast profile. Usage: PatternBench MODELS_DIR WIKIGOLD_CONLL [N=1000000] [M=100000]
 */
public final class PatternBench {
  private static final String[] WORDS = {"North", "Global", "United", "First", "Pacific", "Atlas", "Summit", "River",
      "Capital", "Star", "Blue", "Green", "Royal", "Metro", "Union", "Alpha", "Delta", "Prime", "Grand", "Silver"};
  private static final String[] SUFFIX = {"Holdings", "Group", "Partners", "Bank", "Labs", "Systems", "Foods", "Energy"};

  public static void main(String[] args) throws Exception {
    Path models = Path.of(args[0]);
    List<ConllCorpus.Document> docs = ConllCorpus.read(Path.of(args[1]));
    int n = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
    int m = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
    Path big = write(n, 1);
    long before = usedHeap();
    long t0 = System.nanoTime();
    List<EntityPattern> ps = PatternCodec.read(big);
    PatternSet set = new PatternSet(ps, false);
    double loadS = (System.nanoTime() - t0) / 1e9;
    ps = null;
    long heapMb = (usedHeap() - before) / (1024 * 1024);
    Recognizer patterns = new PatternRecognizer(set, List.of(), "bench");
    long tokens = docs.stream().mapToLong(ConllCorpus.Document::tokens).sum();
    double matchS = time(patterns, docs, 3);
    System.out.printf(Locale.ROOT, "| %,d phrase patterns | load %.1f s | heap %d MB | matching %,.0f tokens/s |%n",
        n, loadS, heapMb, 3 * tokens / matchS);
    set = null;
    patterns = null;

    Recognizer fast = EmbeddedModels.load(Profile.FAST, models, NewlineMode.ALWAYS);
    List<EntityPattern> small = PatternCodec.read(write(m, 2));
    Recognizer withPatterns = new MergingRecognizer(
        List.of(new PatternRecognizer(new PatternSet(small, false), small, "bench"), fast), MergePolicy.PRIORITY);
    time(fast, docs, 2); // warm-up
    time(withPatterns, docs, 2);
    double plain = time(fast, docs, 3);
    double with = time(withPatterns, docs, 3);
    System.out.printf(Locale.ROOT, "| fast profile | %.2f ms/doc | with %,d patterns %.2f ms/doc | +%.1f %% |%n",
        1000 * plain / (3 * docs.size()), m, 1000 * with / (3 * docs.size()), 100 * (with - plain) / plain);
  }

  private static double time(Recognizer r, List<ConllCorpus.Document> docs, int rounds) {
    long t0 = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      for (ConllCorpus.Document d : docs) {
        r.recognize(d.text());
      }
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  private static Path write(int n, long seed) throws Exception {
    Path f = Files.createTempFile("patterns", ".jsonl");
    f.toFile().deleteOnExit();
    Random rnd = new Random(seed);
    try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      for (int i = 0; i < n; i++) {
        String name = WORDS[rnd.nextInt(WORDS.length)] + " " + Integer.toString(i, 36).toUpperCase(Locale.ROOT)
            + (rnd.nextBoolean() ? " " + SUFFIX[rnd.nextInt(SUFFIX.length)] : "");
        w.write("{\"label\": \"ORG\", \"pattern\": \"" + name + "\", \"id\": \"e" + i + "\"}\n");
      }
    }
    return f;
  }

  private static long usedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}
