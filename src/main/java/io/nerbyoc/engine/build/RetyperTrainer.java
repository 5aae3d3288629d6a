package io.nerbyoc.engine.build;

import io.nerbyoc.config.NewlineMode;
import io.nerbyoc.config.Profile;
import io.nerbyoc.core.Checkpoint;
import io.nerbyoc.core.Document;
import io.nerbyoc.core.GoldSpan;
import io.nerbyoc.core.TaggedSentence;
import io.nerbyoc.core.Token;
import io.nerbyoc.core.TokenSpan;
import io.nerbyoc.data.CorpusReader;
import io.nerbyoc.data.LabelledDoc;
import io.nerbyoc.engine.corenlp.CoreNlpRecognizer;
import io.nerbyoc.engine.corenlp.CrfComponent;
import io.nerbyoc.engine.corenlp.EmbeddedModels;
import io.nerbyoc.engine.corenlp.TextTokenizer;
import io.nerbyoc.engine.retyper.NameRetyper;
import io.nerbyoc.pipeline.LoadContext;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Builds and measures {@link NameRetyper}'s model (scripts/build_retyper.sh). Training instances
 * are the name spans the accurate profile itself proposes over the training text (so the
 * classifier learns from the CRFs' real mistakes and labels), each with its gold spaCy type when
 * a gold span has exactly its boundaries, else {@link NameRetyper#NOT_A_NAME}.
 *
 * <pre>
 *   train MODEL_ROOT TRAIN.conll OUT.gz [ITERATIONS [CUTOFF]]
 *   tune  MODEL_ROOT MODEL.gz DEV.jsonl   (what each threshold would change on labelled data)
 * </pre>
 */
public final class RetyperTrainer {
  private RetyperTrainer() {}

  /** One candidate span with its features, current spaCy type and gold type (null: no gold span there). */
  public record Candidate(String[] features, String current, String gold, String text, boolean eligible) {}

  public static void main(String[] args) throws IOException {
    switch (args[0]) {
      case "extract" -> {
        List<Candidate> cs = candidates(Path.of(args[1]), Path.of(args[2]));
        save(cs, Path.of(args[3]));
        System.out.println("wrote " + args[3] + ": " + cs.size() + " spans " + counts(cs));
      }
      case "train" -> {
        List<Candidate> cs = load(Path.of(args[1]));
        MaxentModel m = train(cs, args[3], Integer.parseInt(args[4]), Double.parseDouble(args[5]));
        write(m, Path.of(args[2]));
        System.out.println("wrote " + args[2] + " (" + Files.size(Path.of(args[2])) + " bytes) from " + cs.size()
            + " spans " + counts(cs));
      }
      case "tune" -> {
        MaxentModel m;
        try (var in = Files.newInputStream(Path.of(args[1]))) {
          m = NameRetyper.read(in);
        }
        tune(m, load(Path.of(args[2])));
      }
      default -> throw new IllegalArgumentException("extract, train or tune");
    }
  }

  /** One line per candidate: gold (or -), current (or -), eligible, text, then the features; tab-separated. */
  static void save(List<Candidate> cs, Path out) throws IOException {
    try (var w = Files.newBufferedWriter(out)) {
      for (Candidate c : cs) {
        w.write((c.gold() == null ? "-" : c.gold()) + "\t" + (c.current() == null ? "-" : c.current()) + "\t"
            + c.eligible() + "\t" + c.text().replace('\t', ' ').replace('\n', ' ') + "\t"
            + String.join("\t", c.features()) + "\n");
      }
    }
  }

  static List<Candidate> load(Path in) throws IOException {
    List<Candidate> cs = new ArrayList<>();
    for (String line : Files.readAllLines(in)) {
      String[] f = line.split("\t");
      cs.add(new Candidate(java.util.Arrays.copyOfRange(f, 4, f.length), "-".equals(f[1]) ? null : f[1],
          "-".equals(f[0]) ? null : f[0], f[3], Boolean.parseBoolean(f[2])));
    }
    return cs;
  }

  static List<Candidate> candidates(Path modelRoot, Path data) throws IOException {
    CrfComponent component = new CrfComponent();
    CrfComponent.Config c = (CrfComponent.Config) EmbeddedModels.spec(Profile.ACCURATE).steps().get(0).config();
    c = new CrfComponent.Config(c.models(), c.embeddedModels(), c.rules(), c.outsideThreshold(), c.features(),
        c.description(), c.truecase(), c.caselessEmbeddedModels(), false, c.ruleStages(), "", List.of());
    LoadContext ctx = LoadContext.of(modelRoot, modelRoot, NewlineMode.ALWAYS,
        new io.nerbyoc.pipeline.ComponentRegistry(List.of(component)));
    CoreNlpRecognizer r = (CoreNlpRecognizer) component.create(c, ctx);
    List<TaggedSentence> seen = new ArrayList<>();
    r.withRetyper(seen::add);
    List<Candidate> out = new ArrayList<>();
    for (LabelledDoc d : CorpusReader.read(data)) {
      Document doc = new Document(d.text());
      seen.clear();
      r.recognize(doc, Checkpoint.NONE);
      List<List<Token>> sentences = doc.sentences(TextTokenizer.of(NewlineMode.ALWAYS), Checkpoint.NONE);
      Map<Long, String> gold = new HashMap<>();
      for (GoldSpan g : d.spans()) {
        int b = d.text().offsetByCodePoints(0, g.start());
        int e = d.text().offsetByCodePoints(b, g.end() - g.start());
        gold.put(key(b, e), g.label());
        if (d.text().regionMatches(true, b, "the ", 0, 4)) {
          gold.put(key(b + 4, e), g.label()); // spaCy's "the Federal Reserve": taggings never hold the article
        }
      }
      for (int s = 0; s < seen.size(); s++) {
        TaggedSentence t = seen.get(s);
        if (!t.casing.informative()) {
          continue; // the re-typer leaves these alone
        }
        List<Token> tokens = sentences.get(s);
        for (TokenSpan n : t.spans()) {
          if (!NameRetyper.NAME_LABELS.contains(n.label())) {
            continue;
          }
          int b = tokens.get(n.start()).begin();
          int e = tokens.get(n.end() - 1).end();
          out.add(new Candidate(NameRetyper.features(t, n.start(), n.end()),
              NameRetyper.spacyLabel(t.words, n.start(), n.end(), n.label()), gold.get(key(b, e)),
              d.text().substring(b, e), NameRetyper.eligible(n.label(), t.sources[n.start()])));
        }
      }
    }
    return out;
  }

  private static long key(int b, int e) {
    return ((long) b << 32) | e;
  }

  /**
   * @param algorithm MAXENT (GIS; {@code param} is the feature count cutoff) or MAXENT_QN (L-BFGS;
   *     {@code param} is the L2 cost, with no L1)
   */
  public static MaxentModel train(List<Candidate> cs, String algorithm, int iterations, double param) throws IOException {
    List<Event> events = new ArrayList<>(cs.size());
    for (Candidate c : cs) {
      events.add(new Event(c.gold() == null ? NameRetyper.NOT_A_NAME : c.gold(), c.features()));
    }
    TrainingParameters p = new TrainingParameters();
    p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
    p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    if ("MAXENT".equals(algorithm)) {
      p.put(TrainingParameters.CUTOFF_PARAM, (int) param);
    } else {
      p.put(TrainingParameters.CUTOFF_PARAM, 3); // rarer features dropped: a small model
      p.put("L1Cost", 0.0);
      p.put("L2Cost", param);
    }
    p.put(TrainingParameters.THREADS_PARAM, 1); // one thread: the same model on every rebuild
    EventTrainer trainer = TrainerFactory.getEventTrainer(p, null);
    return trainer.train(ObjectStreamUtils.createObjectStream(events));
  }

  static void write(MaxentModel m, Path out) throws IOException {
    // GZIPOutputStream writes no time stamp: the same model gives the same bytes.
    try (OutputStream file = Files.newOutputStream(out);
        DataOutputStream data = new DataOutputStream(new java.io.BufferedOutputStream(new GZIPOutputStream(file)))) {
      new GenericModelWriter((AbstractModel) m, data).persist();
    }
  }

  private static Map<String, Integer> counts(List<Candidate> cs) {
    Map<String, Integer> n = new TreeMap<>();
    cs.forEach(c -> n.merge(c.gold() == null ? NameRetyper.NOT_A_NAME : c.gold(), 1, Integer::sum));
    return n;
  }

  /** For each decision setting, what re-typing would do to the spans' strict-match counts. */
  static void tune(MaxentModel m, List<Candidate> cs) {
    double[][] probs = new double[cs.size()][];
    for (int i = 0; i < cs.size(); i++) {
      probs[i] = m.eval(cs.get(i).features());
    }
    long right = cs.stream().filter(c -> c.gold() != null && c.gold().equals(c.current())).count();
    System.out.println(cs.size() + " candidate names, " + right + " right as they are, "
        + cs.stream().filter(c -> c.gold() != null && !c.gold().equals(c.current())).count() + " mistyped, "
        + cs.stream().filter(c -> c.gold() == null).count() + " with no gold span of their boundaries");
    System.out.println("threshold margin drop  fixed broken  dTP dFP dFN  (fixed: wrong->right, broken: right->wrong)");
    for (double drop : new double[] {2, 0.9, 0.8, 0.7}) {
      for (double th : new double[] {0.5, 0.6, 0.7, 0.8, 0.9, 0.95}) {
        for (double margin : new double[] {0, 0.3, 0.5, 0.7}) {
          if (margin > th) {
            continue;
          }
          Effect e = effect(m, cs, probs, new NameRetyper.Decision(th, margin, drop), false);
          System.out.printf(Locale.ROOT, "%9.2f %6.2f %4.1f  %5d %6d  %3d %3d %3d%n", th, margin, drop, e.fixed, e.broken,
              e.dTp, e.dFp, e.dFn);
        }
      }
    }
    String setting = System.getProperty("decision", "0.8,0.5,2");
    String[] s = setting.split(",");
    System.out.println("changes at " + setting + ":");
    effect(m, cs, probs, new NameRetyper.Decision(Double.parseDouble(s[0]), Double.parseDouble(s[1]),
        Double.parseDouble(s[2])), true);
  }

  private static final class Effect {
    int fixed;
    int broken;
    int dTp;
    int dFp;
    int dFn;
  }

  private static Effect effect(MaxentModel m, List<Candidate> cs, double[][] probs, NameRetyper.Decision d,
      boolean print) {
    NameRetyper r = new NameRetyper(m, d);
    Effect e = new Effect();
    Map<String, Integer> pairs = new TreeMap<>();
    for (int i = 0; i < cs.size(); i++) {
      Candidate c = cs.get(i);
      if (!c.eligible()) {
        continue;
      }
      double[] p = probs[i];
      String best = m.getBestOutcome(p);
      int ci = c.current() == null ? -1 : m.getIndex(c.current());
      String next = r.decide(c.current(), best, p[m.getIndex(best)], ci < 0 ? 0 : p[ci]);
      if (next == null) {
        continue;
      }
      String after = NameRetyper.NOT_A_NAME.equals(next) ? null : next;
      boolean wasRight = c.gold() != null && c.gold().equals(c.current());
      boolean isRight = c.gold() != null && c.gold().equals(after);
      e.dTp += (isRight ? 1 : 0) - (wasRight ? 1 : 0);
      e.dFp += (after != null && !isRight ? 1 : 0) - (c.current() != null && !wasRight ? 1 : 0);
      e.dFn += (wasRight ? 1 : 0) - (isRight ? 1 : 0);
      e.fixed += !wasRight && isRight ? 1 : 0;
      e.broken += wasRight && !isRight ? 1 : 0;
      String verdict = isRight ? "FIX" : wasRight ? "BREAK" : "neutral";
      pairs.merge(c.current() + "->" + next + " " + verdict, 1, Integer::sum);
      if (print) {
        System.out.printf(Locale.ROOT, "  %-7s %-12s -> %-12s (gold %s, p=%.2f) %s%n", verdict, c.current(), next,
            c.gold(), p[m.getIndex(best)], c.text());
      }
    }
    if (print) {
      pairs.forEach((k, v) -> System.out.println("  " + v + "\t" + k));
      System.out.printf("fixed %d broken %d dTP %d dFP %d dFN %d%n", e.fixed, e.broken, e.dTp, e.dFp, e.dFn);
    }
    return e;
  }
}
