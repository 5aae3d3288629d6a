package io.nerbyoc.bench;

import io.nerbyoc.spacy.SpacyPipeline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Java spaCy engine without HTTP: load time of a pipeline, then whitespace tokens/s on the
 * wikigold bench documents, first one cold pass, then warm with 1 and 2 threads (closed loop,
 * each thread its own documents).
 * {@code --texts-out FILE} writes the documents as JSON lines for scripts/bench_spacy.py, so
 * spaCy is timed on the same texts.
 */
final class SpacyInProcess {
  private SpacyInProcess() {}

  public static void main(String[] argv) throws Exception {
    BenchArgs args = new BenchArgs(argv);
    BenchDocs docs = BenchDocs.load(Path.of(args.string("docs", "../shared/data/ner/wikigold/wikigold.conll")),
        args.integer("doc-tokens", 200));
    String out = args.string("texts-out", null);
    if (out != null) {
      List<String> lines = new ArrayList<>();
      for (String t : docs.texts()) {
        lines.add(jsonString(t));
      }
      Files.write(Path.of(out), lines, StandardCharsets.UTF_8);
    }
    long heap0 = usedHeap();
    long t0 = System.nanoTime();
    SpacyPipeline nlp = SpacyPipeline.load(Path.of(args.string("pipeline", "src/test/resources/spacy/default/pipeline")));
    double loadMs = (System.nanoTime() - t0) / 1e6;
    System.out.printf("load: %.0f ms (%s, %s)%n", loadMs, nlp.name().strip(), nlp.components());
    args.record("spacy_java.load_ms", loadMs);
    long loaded = usedHeap() - heap0;
    System.out.printf("heap held by the loaded pipeline: %.1f MB%n", loaded / 1e6);
    // One pass over every document first, as spaCy's benchmark runs over the texts repeatedly:
    // both tokenizers cache each chunk's tokens, and the JIT compiles the hot loops.
    t0 = System.nanoTime();
    for (String text : docs.texts()) {
      nlp.process(text);
    }
    System.out.printf("first pass over %d documents (cold caches): %.0f whitespace tokens/s%n", docs.size(),
        docs.tokens().stream().mapToInt(Integer::intValue).sum() / ((System.nanoTime() - t0) / 1e9));
    for (int threads : args.integers("threads", "1,2")) {
      run(nlp, docs, threads, args.seconds("warmup-s", 5), false);
      double tps = run(nlp, docs, threads, args.seconds("duration-s", 15), true);
      System.out.printf("in-process, %d thread(s): %.0f whitespace tokens/s%n", threads, tps);
      args.record("spacy_java.inprocess.t" + threads + ".tokens_per_s", tps);
    }
    System.out.printf("heap held by the pipeline with its caches filled by the run: %.1f MB%n",
        (usedHeap() - heap0) / 1e6);
    if (nlp.labels().isEmpty()) {
      throw new IllegalStateException("the pipeline lost its labels"); // keeps nlp reachable until here
    }
  }

  /** Heap in use after a full collection. */
  private static long usedHeap() throws InterruptedException {
    Runtime r = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(50);
    }
    return r.totalMemory() - r.freeMemory();
  }

  private static double run(SpacyPipeline nlp, BenchDocs docs, int threads, double seconds, boolean measured)
      throws InterruptedException {
    AtomicLong tokens = new AtomicLong();
    long end = System.nanoTime() + (long) (seconds * 1e9);
    List<Thread> ts = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int k = 0; k < threads; k++) {
      int offset = k * docs.size() / threads;
      Thread t = new Thread(() -> {
        for (int i = offset; System.nanoTime() < end; i++) {
          int d = i % docs.size();
          nlp.process(docs.texts().get(d));
          tokens.addAndGet(docs.tokens().get(d));
        }
      });
      ts.add(t);
      t.start();
    }
    for (Thread t : ts) {
      t.join();
    }
    return measured ? tokens.get() / ((System.nanoTime() - t0) / 1e9) : 0;
  }

  private static String jsonString(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
