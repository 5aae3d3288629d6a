package io.nerbyoc.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.nerbyoc.bench.ConllCorpus.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Accuracy as a user meets it: every document of a CoNLL corpus, rebuilt as raw text, sent to
 * the running server with {@code label_scheme=conll}; the returned spans are scored against the
 * gold spans (exact span and type) and printed as a per-type P/R/F1 table.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:target/lib/* io.nerbyoc.bench.HttpAccuracy --port 8080
 * </pre>
 */
public final class HttpAccuracy {
  private HttpAccuracy() {}

  public static void main(String[] argv) throws Exception {
    BenchArgs args = new BenchArgs(argv);
    Path corpus = Path.of(args.string("docs", "../shared/data/ner/wikigold/wikigold.conll"));
    String name = args.string("name", "ours");
    SpanScore score = new SpanScore();
    int errors = 0;
    List<ConllCorpus.Document> docs = ConllCorpus.read(corpus);
    try (RawHttpClient http = new RawHttpClient(args.integer("port", 8080), 70_000)) {
      for (ConllCorpus.Document doc : docs) {
        byte[] body = request(doc.text());
        RawHttpClient.Reply r = http.post("/invocations", "application/json",
            Map.of("X-Amzn-SageMaker-Custom-Attributes", "label_scheme=conll"), body);
        if (r.status() != 200) {
          errors++;
          score.add(doc.gold(), List.of());
          continue;
        }
        score.add(doc.gold(), spans(doc.text(), new String(r.body(), StandardCharsets.UTF_8)));
      }
    }
    System.out.printf(Locale.ROOT, "%s on %s: %d documents, %d errors%n%n%s", name,
        corpus.getFileName(), docs.size(), errors, score.table());
    args.record("f1." + name, 100 * score.f1());
    args.record("f1." + name + ".errors", errors);
  }

  private static byte[] request(String text) {
    JsonObject o = new JsonObject();
    o.addProperty("text", text);
    return o.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The response's entities as spans in UTF-16 offsets (the service answers in code points). */
  static List<Span> spans(String text, String json) {
    List<Span> out = new ArrayList<>();
    for (JsonElement e : JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("ents")) {
      JsonObject ent = e.getAsJsonObject();
      int start = text.offsetByCodePoints(0, ent.get("start").getAsInt());
      int end = text.offsetByCodePoints(0, ent.get("end").getAsInt());
      out.add(new Span(start, end, ent.get("label").getAsString()));
    }
    return out;
  }
}
