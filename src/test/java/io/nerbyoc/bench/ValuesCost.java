package io.nerbyoc.bench;

import io.nerbyoc.codec.Invocation;
import io.nerbyoc.codec.OutputFormat;
import io.nerbyoc.codec.ResponseEncoder;
import io.nerbyoc.codec.Result;
import io.nerbyoc.config.NewlineMode;
import io.nerbyoc.config.Profile;
import io.nerbyoc.core.Doc;
import io.nerbyoc.core.Entity;
import io.nerbyoc.core.LabelScheme;
import io.nerbyoc.core.Recognizer;
import io.nerbyoc.core.RequestOptions;
import io.nerbyoc.engine.corenlp.EmbeddedModels;
import io.nerbyoc.values.ValueResolver;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What values cost on the load-test documents, in one JVM: recognition time per document against
 * value resolution time per document (best of several passes each, after a warm-up), how many
 * entities get a value, and how much the JSON response grows.
 *
 * <pre>
 * java -cp 'target/test-classes:target/classes:target/lib/*' io.nerbyoc.bench.ValuesCost --profile accurate
 * </pre>
 */
public final class ValuesCost {
  private ValuesCost() {}

  public static void main(String[] argv) throws Exception {
    BenchArgs args = new BenchArgs(argv);
    Profile profile = Profile.parse(args.string("profile", "accurate"));
    BenchDocs docs = BenchDocs.load(
        Path.of(args.string("docs", "../shared/data/ner/wikigold/wikigold.conll")), args.integer("doc-tokens", 200));
    Recognizer recognizer = EmbeddedModels.load(profile, Path.of(args.string("models", "target/models")), NewlineMode.ALWAYS);
    LocalDateTime ref = LocalDateTime.parse("2016-11-07T00:00:00");
    int passes = args.integer("passes", 5);
    List<String> texts = docs.texts();
    List<List<Entity>> found = new ArrayList<>();
    long recognizeBest = Long.MAX_VALUE;
    for (int p = 0; p < passes; p++) {
      found.clear();
      long t0 = System.nanoTime();
      for (String t : texts) {
        found.add(recognizer.recognize(t));
      }
      recognizeBest = Math.min(recognizeBest, System.nanoTime() - t0);
    }
    long resolveBest = Long.MAX_VALUE;
    List<List<Entity>> valued = new ArrayList<>();
    for (int p = 0; p < passes * 20; p++) { // resolution is fast: more passes for a stable best
      valued.clear();
      long t0 = System.nanoTime();
      for (int d = 0; d < found.size(); d++) {
        valued.add(ValueResolver.attach(texts.get(d), found.get(d), ref)); // as served: with the document's text
      }
      resolveBest = Math.min(resolveBest, System.nanoTime() - t0);
    }
    int entities = 0;
    int candidates = 0;
    int withValue = 0;
    List<Result> plain = new ArrayList<>();
    List<Result> rich = new ArrayList<>();
    RequestOptions on = RequestOptions.of(LabelScheme.SPACY);
    RequestOptions off = on.withValues(false);
    for (int i = 0; i < texts.size(); i++) {
      for (Entity e : valued.get(i)) {
        entities++;
        // NUMBER is the rules' name, CARDINAL the learned decider's (it answers in spaCy's names).
        candidates += List.of("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "NUMBER", "CARDINAL")
            .contains(e.label()) ? 1 : 0;
        withValue += e.value() != null ? 1 : 0;
      }
      rich.add(Result.of(new Doc(texts.get(i), on.apply(valued.get(i)))));
      plain.add(Result.of(new Doc(texts.get(i), off.apply(valued.get(i)))));
    }
    long bytesOn = 0;
    long bytesOff = 0;
    for (int i = 0; i < texts.size(); i++) {
      bytesOn += ResponseEncoder.encode(Invocation.Shape.SINGLE, List.of(rich.get(i)), OutputFormat.JSON).length;
      bytesOff += ResponseEncoder.encode(Invocation.Shape.SINGLE, List.of(plain.get(i)), OutputFormat.JSON).length;
    }
    System.out.printf("%s, %d documents: recognition %.3f ms/doc, values %.4f ms/doc (%.2f %% of recognition)%n",
        profile.wireName(), texts.size(), recognizeBest / 1e6 / texts.size(), resolveBest / 1e6 / texts.size(),
        100.0 * resolveBest / recognizeBest);
    System.out.printf("entities %d, numeric or temporal %d, with a value %d (%.1f %% of those)%n",
        entities, candidates, withValue, 100.0 * withValue / Math.max(1, candidates));
    System.out.printf("JSON response bytes: %d without values, %d with (+%.1f %%)%n", bytesOff, bytesOn,
        100.0 * (bytesOn - bytesOff) / bytesOff);
  }
}
