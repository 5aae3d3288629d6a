package io.nerbyoc.bench;

import io.nerbyoc.config.Settings;
import io.nerbyoc.core.Entity;
import io.nerbyoc.core.GoldSpan;
import io.nerbyoc.core.LabelScheme;
import io.nerbyoc.core.Recognizer;
import io.nerbyoc.core.RequestOptions;
import io.nerbyoc.data.CorpusReader;
import io.nerbyoc.data.LabelledDoc;
import io.nerbyoc.engine.corenlp.EmbeddedModels;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lists the embedded model's errors on labelled data under the spaCy scheme, for the types named
 * (all when none; -Dscheme=corenlp for native labels): "FP label text" for a prediction not in the gold, "FN label text [what was
 * predicted over it]" for a missed gold span. For tuning rules by reading, not for scoring.
 *   java -cp target/classes:target/test-classes:target/lib/* io.nerbyoc.bench.SpanErrors DATA [TYPE...]
 */
public final class SpanErrors {
  public static void main(String[] args) throws Exception {
    Settings settings = Settings.fromEnv(System.getenv());
    Recognizer r = EmbeddedModels.load(settings.profile(), settings.embeddedModelDir(), settings.newlineMode());
    RequestOptions options = RequestOptions.of(LabelScheme.parse(System.getProperty("scheme", "spacy")));
    Set<String> types = Set.of(args).stream().skip(0).filter(a -> !a.contains("/")).collect(java.util.stream.Collectors.toSet());
    for (LabelledDoc d : CorpusReader.read(Path.of(args[0]))) {
      Set<GoldSpan> gold = new HashSet<>(d.spans());
      List<Entity> ents = options.apply(r.recognize(d.text()));
      Set<GoldSpan> predicted = new HashSet<>();
      for (Entity e : ents) {
        predicted.add(new GoldSpan(e.start(), e.end(), e.label()));
      }
      for (GoldSpan p : predicted) {
        if (!gold.contains(p) && (types.isEmpty() || types.contains(p.label()))) {
          System.out.println("FP " + p.label() + "\t" + d.text().substring(p.start(), p.end()) + "\t| " + context(d.text(), p));
        }
      }
      for (GoldSpan g : gold) {
        if (!predicted.contains(g) && (types.isEmpty() || types.contains(g.label()))) {
          StringBuilder over = new StringBuilder();
          for (GoldSpan p : predicted) {
            if (p.start() < g.end() && g.start() < p.end()) {
              over.append(p.label()).append(':').append(d.text(), p.start(), p.end()).append(' ');
            }
          }
          System.out.println("FN " + g.label() + "\t" + d.text().substring(g.start(), g.end()) + "\t[" + over.toString().trim() + "] | " + context(d.text(), g));
        }
      }
    }
  }

  private static String context(String text, GoldSpan s) {
    return text.substring(Math.max(0, s.start() - 40), Math.min(text.length(), s.end() + 40)).replace('\n', ' ');
  }

  private SpanErrors() {}
}
