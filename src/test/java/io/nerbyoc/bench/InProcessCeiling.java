package io.nerbyoc.bench;

import io.nerbyoc.config.NewlineMode;
import io.nerbyoc.config.Profile;
import io.nerbyoc.core.Recognizer;
import io.nerbyoc.engine.corenlp.EmbeddedModels;
import java.nio.file.Path;

/**
 * The ceiling for the HTTP figures: the same documents through the same {@link Recognizer} the
 * server uses, called directly by 1 and 2 threads sharing one model, with no HTTP and no JSON.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:target/lib/* io.nerbyoc.bench.InProcessCeiling \
 *   --profile fast --models target/models --threads 1,2 --warmup-s 5 --duration-s 20
 * </pre>
 *
 * {@code --model DIR} measures a model directory instead of an embedded profile (for example the
 * accurate profile without its learned decider, target/learned/rules-model).
 */
public final class InProcessCeiling {
  private InProcessCeiling() {}

  public static void main(String[] argv) throws Exception {
    BenchArgs args = new BenchArgs(argv);
    Profile profile = Profile.parse(args.string("profile", "fast"));
    BenchDocs docs = BenchDocs.load(
        Path.of(args.string("docs", "../shared/data/ner/wikigold/wikigold.conll")), args.integer("doc-tokens", 200));
    String modelDir = args.string("model", "");
    Recognizer recognizer = modelDir.isEmpty()
        ? EmbeddedModels.load(profile, Path.of(args.string("models", "target/models")), NewlineMode.ALWAYS)
        : io.nerbyoc.pipeline.ModelDirectories.load(io.nerbyoc.pipeline.LoadContext.of(Path.of(modelDir),
            Path.of(args.string("models", "target/models")), NewlineMode.ALWAYS, io.nerbyoc.Components.ALL));
    String name = "in-process " + (modelDir.isEmpty() ? profile.wireName() : modelDir);
    if (Boolean.parseBoolean(args.string("header", "true"))) {
      System.out.println(ClosedLoop.Result.markdownHeader());
    }
    long cpu0 = LoadGenerator.processCpuNanos();
    long issued = 0;
    for (int threads : args.integers("threads", "1,2")) {
      ClosedLoop.Result r = ClosedLoop.run(docs, threads, () -> doc -> {
        recognizer.recognize(docs.texts().get(doc));
        return true;
      }, args.seconds("warmup-s", 5), args.seconds("duration-s", 20), args.integer("max-requests", 2_000_000));
      System.out.println(r.markdownRow(name));
      args.record("inproc." + profile.wireName() + ".t" + threads + ".tokens_per_s", r.tokensPerSecond());
      issued += r.issued();
    }
    // CPU per document over all points, JIT and GC included: compare with the server's CPU per request.
    args.record("cpu_ms_per_request.inproc." + profile.wireName(),
        (LoadGenerator.processCpuNanos() - cpu0) / 1e6 / Math.max(1, issued));
  }
}
