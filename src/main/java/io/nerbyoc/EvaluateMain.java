package io.nerbyoc;

import io.nerbyoc.codec.JobConfigCodec;
import io.nerbyoc.codec.MistakeWriter;
import io.nerbyoc.config.ConfigException;
import io.nerbyoc.config.Settings;
import io.nerbyoc.core.ApiException;
import io.nerbyoc.core.LabelScheme;
import io.nerbyoc.core.Recognizer;
import io.nerbyoc.core.RequestOptions;
import io.nerbyoc.data.CorpusReader;
import io.nerbyoc.data.DataFormatException;
import io.nerbyoc.data.DataStats;
import io.nerbyoc.data.LabelledDoc;
import io.nerbyoc.engine.corenlp.EmbeddedModels;
import io.nerbyoc.pipeline.ModelLoadException;
import io.nerbyoc.eval.CaseVariant;
import io.nerbyoc.eval.Evaluator;
import io.nerbyoc.eval.Scores;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code evaluate}: scores a model directory (trained or embedded) on labelled files through the
 * server's own path: ModelLoader, Recognizer.recognize on raw text, the request's label mapping.
 * Exit 0 scored, 2 bad arguments or data (including a label scheme under which gold labels can
 * never be predicted while another scheme would predict more of them: see {@link #schemeCheck}), 3
 * the model cannot be loaded.
 */
public final class EvaluateMain {
  static final String USAGE = String.join("\n",
      "Usage: evaluate [--model DIR|embedded] [--label-scheme corenlp|conll|spacy] [--labels A,B]",
      "                [--casing upper|lower|title|noisy] [--json OUT.json] [--errors OUT.jsonl]\n                [--predictions OUT.jsonl] DATA...",
      "  DATA        labelled files or folders: CoNLL columns, JSON Lines spans, OpenNLP <START:..>; .gz ok",
      "  --model     a model directory with ner-model.json (default $NER_ML_ROOT/model; empty = embedded)",
      "  --label-scheme  label names compared with the gold ones (default corenlp = the model's own,",
      "              or spacy when the gold labels are spaCy's types such as GPE, NORP, CARDINAL;",
      "              use conll for the embedded model on PER/ORG/LOC/MISC data)",
      "  --labels    only these predicted labels count (default: all)",
      "  --force     score even when the label scheme leaves gold labels unpredicted that another scheme",
      "              would match (otherwise exit 2 naming that scheme)",
      "  --casing    re-case the text before recognition (gold spans unchanged), or make it noisy (noisy:",
      "              no-break spaces, tabs, curly quotes, &amp;, CRLF, soft hyphens, zero-width spaces,",
      "              line-end hyphenation; gold spans moved with the text): robustness to real text",
      "  --json      also write the scores as JSON to this file",
      "  --errors    also write one JSON line per document with a mistake: its origin and text, the gold",
      "              spans missed and the predictions not in gold, each with its text",
      "  --predictions  also write every document with the model's entities as labelled JSON Lines",
      "              ({\"text\", \"ents\"}, readable as DATA): pre-annotation, or features for a stacked model");

  private EvaluateMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.getenv(), System.out, System.err));
  }

  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    String model = null;
    LabelScheme scheme = null;
    Set<String> keep = null;
    Path json = null;
    Path errors = null;
    Path predictions = null;
    boolean force = false;
    CaseVariant casing = CaseVariant.AS_WRITTEN;
    List<Path> data = new ArrayList<>();
    try {
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--model" -> model = value(args, ++i, a);
          case "--label-scheme" -> scheme = LabelScheme.parse(value(args, ++i, a));
          case "--labels" -> keep = Set.copyOf(Arrays.asList(value(args, ++i, a).split(",")));
          case "--json" -> json = Path.of(value(args, ++i, a));
          case "--errors" -> errors = Path.of(value(args, ++i, a));
          case "--predictions" -> predictions = Path.of(value(args, ++i, a));
          case "--force" -> force = true;
          case "--casing" -> casing = CaseVariant.parse(value(args, ++i, a));
          case "-h", "--help" -> {
            out.println(USAGE);
            return 0;
          }
          default -> {
            if (a.startsWith("-")) {
              throw new IllegalArgumentException("unknown option " + a);
            }
            data.add(Path.of(a));
          }
        }
      }
      if (data.isEmpty()) {
        throw new IllegalArgumentException("no labelled data given");
      }
    } catch (IllegalArgumentException | ApiException e) {
      err.println("evaluate: " + e.getMessage() + "\n" + USAGE);
      return 2;
    }
    try {
      Settings settings = Settings.fromEnv(env);
      List<LabelledDoc> docs = new ArrayList<>();
      CaseVariant variant = casing;
      for (Path p : data) {
        if (!Files.exists(p)) {
          throw new DataFormatException(p + " does not exist; give a labelled file or folder.");
        }
        CorpusReader.read(p).forEach(d -> docs.add(variant.apply(d)));
      }
      Recognizer r = "embedded".equals(model)
          ? EmbeddedModels.load(settings.profile(), settings.embeddedModelDir(), settings.newlineMode())
          : ModelLoader.load(model == null ? settings.modelDir() : Path.of(model), settings);
      Set<String> gold = goldLabels(docs);
      if (scheme == null) {
        scheme = defaultScheme(gold);
        if (scheme == LabelScheme.SPACY) {
          err.println("evaluate: the gold labels (" + String.join(", ", gold) + ") are spaCy's types: scoring with "
              + "--label-scheme spacy (give --label-scheme to choose another).");
        }
      }
      String problem = schemeCheck(gold, r.labels(), scheme, keep);
      if (problem != null && problem.startsWith(MISMATCH) && !force) {
        err.println("evaluate: " + problem.substring(MISMATCH.length()));
        return 2;
      }
      if (problem != null) {
        err.println("evaluate: WARNING: " + problem.replace(MISMATCH, ""));
      }
      long t0 = System.nanoTime();
      Scores s;
      try (MistakeWriter w = errors == null ? null : new MistakeWriter(errors);
          MistakeWriter p = predictions == null ? null : new MistakeWriter(predictions)) {
        // Sources only matter to --predictions (evidence for a stacked model); scores ignore them.
        s = new Evaluator(r, new RequestOptions(scheme, keep, predictions != null)).score(docs,
            w == null ? null : m -> w.write(m.doc().origin(), m.doc().text(), m.missed(), m.spurious()),
            p == null ? null : (d, spans) -> p.writePredicted(d.origin(), d.text(), spans));
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      out.println("Model: " + r.describe());
      out.println("Data: " + data + " " + DataStats.of(docs) + (casing == CaseVariant.AS_WRITTEN ? "" : " casing=" + casing.wireName()));
      out.print(s.table());
      s.metricLines("test").forEach(out::println);
      if (json != null) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", r.describe());
        m.put("data", data.stream().map(Path::toString).toList());
        m.put("label_scheme", scheme.wireName());
        m.put("casing", casing.wireName());
        m.put("seconds", Math.round(seconds * 10) / 10.0);
        m.putAll(s.toMap());
        JobConfigCodec.write(m, json);
      }
      return 0;
    } catch (DataFormatException | ConfigException e) {
      err.println("evaluate: " + e.getMessage());
      return 2;
    } catch (ModelLoadException e) {
      err.println("evaluate: " + e.getMessage());
      return 3;
    } catch (IOException e) {
      err.println("evaluate: cannot read the data: " + e.getMessage());
      return 2;
    }
  }

  private static final String MISMATCH = "mismatch: ";

  /** Without --label-scheme: spacy when the gold labels are spaCy's types, else the model's own (corenlp). */
  static LabelScheme defaultScheme(Set<String> gold) {
    return LabelScheme.areSpacyTypes(gold) ? LabelScheme.SPACY : LabelScheme.CORENLP;
  }

  static Set<String> goldLabels(List<LabelledDoc> docs) {
    Set<String> gold = new java.util.TreeSet<>();
    docs.forEach(d -> d.spans().forEach(g -> gold.add(g.label())));
    return gold;
  }

  /** Gold labels no prediction can carry: not among the model's labels as {@code scheme} names them (and kept). */
  static List<String> unpredictable(Set<String> gold, Set<String> modelLabels, LabelScheme scheme, Set<String> keep) {
    Set<String> names = scheme.namesOf(modelLabels);
    if (keep != null) {
      names.retainAll(keep);
    }
    return gold.stream().filter(g -> !names.contains(g)).sorted().toList();
  }

  /**
   * {@code null} when every gold label can be predicted (or the model does not list its labels);
   * else what to tell the user. It starts with {@link #MISMATCH} when another scheme would leave
   * fewer gold labels unpredicted: scoring then would only measure the naming (PER against
   * PERSON: 0.00 everywhere), so evaluate stops and names that scheme unless --force.
   */
  static String schemeCheck(Set<String> gold, Set<String> modelLabels, LabelScheme scheme, Set<String> keep) {
    if (gold.isEmpty() || modelLabels.isEmpty()) {
      return null;
    }
    List<String> missing = unpredictable(gold, modelLabels, scheme, keep);
    if (missing.isEmpty()) {
      return null;
    }
    String what = missing.size() + " of " + gold.size() + " gold label(s) (" + String.join(", ", missing)
        + ") can never be predicted under --label-scheme " + scheme.wireName() + ", where the model's labels are "
        + String.join(", ", scheme.namesOf(modelLabels)) + (keep == null ? "" : " (--labels keeps " + new java.util.TreeSet<>(keep) + ")")
        + ".";
    LabelScheme better = null;
    int fewest = missing.size();
    for (LabelScheme other : LabelScheme.values()) {
      int m = unpredictable(gold, modelLabels, other, keep).size();
      if (other != scheme && m < fewest) {
        fewest = m;
        better = other;
      }
    }
    if (better == null) {
      return what + " They will score 0; the other labels are scored as usual.";
    }
    return MISMATCH + what + " Under --label-scheme " + better.wireName() + " " + (gold.size() - fewest) + " of "
        + gold.size() + " can: rerun with --label-scheme " + better.wireName()
 + ", or add --force to score as asked.";
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }
}
