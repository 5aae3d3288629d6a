package io.nerbyoc.engine.corenlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import io.nerbyoc.config.NewlineMode;
import io.nerbyoc.core.Casing;
import io.nerbyoc.core.Checkpoint;
import io.nerbyoc.core.Document;
import io.nerbyoc.core.Entity;
import io.nerbyoc.core.LabelScheme;
import io.nerbyoc.core.Recognizer;
import io.nerbyoc.core.RequestOptions;
import io.nerbyoc.core.Token;
import io.nerbyoc.data.CorpusReader;
import io.nerbyoc.data.LabelledDoc;
import io.nerbyoc.engine.casing.TrueCaser;
import io.nerbyoc.eval.CaseVariant;
import io.nerbyoc.eval.Evaluator;
import io.nerbyoc.eval.Scores;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Measures the ways of handling sentences without informative case (issue 14), on the casing
 * variants of a CoNLL file. Not a test: {@code java -cp target/classes:target/test-classes:target/lib/*
 * io.nerbyoc.engine.corenlp.CasingOptions DATA MODELS EXTRA_MODELS [option...]}, where EXTRA_MODELS holds the
 * caseless 4- and 7-class CRFs and the truecaser (unzipped from the CoreNLP model jars).
 */
public final class CasingOptions {
  public static void main(String[] args) throws Exception {
    List<LabelledDoc> gold = CorpusReader.read(Path.of(args[0]));
    Path models = Path.of(args[1]);
    Path extra = Path.of(args[2]);
    
    NewlineMode nl = NewlineMode.ALWAYS;
    CrfTagger c3 = CrfTagger.load(models.resolve(EmbeddedModels.ALL_3CLASS));
    CrfTagger c4 = CrfTagger.load(models.resolve(EmbeddedModels.DIR + "english.conll.4class.distsim.crf.ser.gz"));
    CrfTagger c7 = CrfTagger.load(models.resolve(EmbeddedModels.DIR + "english.muc.7class.distsim.crf.ser.gz"));
    CrfTagger l3 = CrfTagger.load(models.resolve(EmbeddedModels.CASELESS_3CLASS));
    CrfTagger l4 = CrfTagger.load(extra.resolve(EmbeddedModels.DIR + "english.conll.4class.caseless.distsim.crf.ser.gz"));
    CrfTagger l7 = CrfTagger.load(extra.resolve(EmbeddedModels.DIR + "english.muc.7class.caseless.distsim.crf.ser.gz"));
    List<CrfTagger> accurate = List.of(c3, c4, c7);
    Map<String, Recognizer> options = new LinkedHashMap<>();
    String round = args.length > 3 ? args[3] : "main";
    if (round.equals("main") || round.equals("all")) {
      options.put("accurate, rules gated, no routing", new CoreNlpRecognizer(accurate, true, nl, ""));
      options.put("accurate + caseless 3", new CoreNlpRecognizer(accurate, CaseRouting.of(null, List.of(l3)), true, nl, ""));
      options.put("accurate + caseless 4", new CoreNlpRecognizer(accurate, CaseRouting.of(null, List.of(l4)), true, nl, ""));
      options.put("accurate + caseless 3+4", new CoreNlpRecognizer(accurate, CaseRouting.of(null, List.of(l3, l4)), true, nl, ""));
      options.put("accurate + caseless 3+4+7", new CoreNlpRecognizer(accurate, CaseRouting.of(null, List.of(l3, l4, l7)), true, nl, ""));
      options.put("accurate + caseless 3+4, upper/lower only",
          new CoreNlpRecognizer(accurate, new CaseRouting((TrueCaser) null, List.of(l3, l4), Set.of(Casing.UPPER, Casing.LOWER)), true, nl, ""));
    }
    if (round.equals("threshold") || round.equals("all")) {
      for (double th : new double[] {0.9, 0.8, 0.7}) {
        options.put("accurate + caseless 3@" + th + "+4", new CoreNlpRecognizer(accurate,
            CaseRouting.of(null, List.of(l3.withOutsideThreshold(th), l4)), true, nl, ""));
      }
    }
    if (round.equals("fast") || round.equals("all")) {
      options.put("fast, no routing", new CoreNlpRecognizer(List.of(c4), false, nl, ""));
      options.put("fast + caseless 4", new CoreNlpRecognizer(List.of(c4), CaseRouting.of(null, List.of(l4)), false, nl, ""));
      options.put("fast + caseless 3", new CoreNlpRecognizer(List.of(c4), CaseRouting.of(null, List.of(l3)), false, nl, ""));
      options.put("fast + caseless 3+4", new CoreNlpRecognizer(List.of(c4), CaseRouting.of(null, List.of(l3, l4)), false, nl, ""));
    }
    if (round.equals("truecase2") || round.equals("all")) {
      TrueCaser tc = TrueCaser.load(extra);
      options.put("accurate + truecase", new CoreNlpRecognizer(accurate, CaseRouting.of(tc, List.of()), true, nl, ""));
      options.put("accurate + truecase + caseless 3", new CoreNlpRecognizer(accurate, CaseRouting.of(tc, List.of(l3)), true, nl, ""));
      options.put("fast + truecase", new CoreNlpRecognizer(List.of(c4), CaseRouting.of(tc, List.of()), false, nl, ""));
    }
    if (round.equals("routes")) {
      TrueCaser tc = TrueCaser.load(extra);
      options.put("accurate + truecase: upper, lower, title", new CoreNlpRecognizer(accurate, CaseRouting.of(tc, List.of()), true, nl, ""));
      options.put("accurate + truecase: upper, lower", new CoreNlpRecognizer(accurate,
          new CaseRouting(tc, List.of(), Set.of(Casing.UPPER, Casing.LOWER)), true, nl, ""));
      options.put("accurate + truecase: upper", new CoreNlpRecognizer(accurate,
          new CaseRouting(tc, List.of(), Set.of(Casing.UPPER)), true, nl, ""));
    }
    if (round.equals("truecase")) {
      options.clear();
      Recognizer acc = new CoreNlpRecognizer(accurate, true, nl, "");
      options.put("truecase + accurate", new Truecased(acc, extra));
    }
    if (Boolean.getBoolean("count")) {
      Map<Casing, Integer> n = new java.util.TreeMap<>();
      TextTokenizer tok = TextTokenizer.of(nl);
      for (LabelledDoc d : gold) {
        for (List<Token> sentence : tok.tokenize(d.text(), Checkpoint.NONE)) {
          Casing c = Casing.of(sentence.stream().map(Token::word).toList());
          n.merge(c, 1, Integer::sum);
          if (c != Casing.NORMAL && Boolean.getBoolean("show")) {
            System.out.println(c + "\t" + String.join(" ", sentence.stream().map(Token::word).toList()));
          }
        }
      }
      System.out.println("sentences by casing: " + n);
    }
    System.out.printf(Locale.ROOT, "%-45s", "option");
    for (CaseVariant v : CaseVariant.values()) {
      System.out.printf(Locale.ROOT, " %22s", v.wireName() + " F1 (n)");
    }
    System.out.println("   ms");
    for (Map.Entry<String, Recognizer> o : options.entrySet()) {
      System.out.printf(Locale.ROOT, "%-45s", o.getKey());
      long t0 = System.nanoTime();
      for (CaseVariant v : CaseVariant.values()) {
        if (System.getProperty("variants") != null && !System.getProperty("variants").contains(v.wireName())) {
          System.out.printf(Locale.ROOT, " %22s", "-");
          continue;
        }
        List<LabelledDoc> docs = gold.stream().map(v::apply).toList();
        Scores s = new Evaluator(o.getValue(), new RequestOptions(LabelScheme.CONLL, null)).score(docs);
        System.out.printf(Locale.ROOT, " %14.1f (%5d)", 100 * s.f1(), s.toMap().get("predicted_entities"));
        if (Boolean.getBoolean("detail")) {
          System.err.println(o.getKey() + " " + v.wireName() + "\n" + s.table());
        }
      }
      System.out.printf(Locale.ROOT, " %6d%n", (System.nanoTime() - t0) / 1_000_000);
    }
  }

  /** CoreNLP's truecaser re-cases each sentence without informative case, then the cased CRFs run. */
  private static final class Truecased implements Recognizer {
    private final Recognizer inner;
    private final CRFClassifier<CoreLabel> truecaser;
    private final TextTokenizer tokenizer = TextTokenizer.of(NewlineMode.ALWAYS);
    private final Map<String, String> mixed = new java.util.HashMap<>();

    Truecased(Recognizer inner, Path extra) throws Exception {
      this.inner = inner;
      java.util.Properties p = new java.util.Properties();
      try (var in = java.nio.file.Files.newInputStream(extra.resolve("edu/stanford/nlp/models/truecase/truecasing.fast.caseless.prop"))) {
        p.load(in);
      }
      truecaser = CRFClassifier.getClassifier(extra.resolve("edu/stanford/nlp/models/truecase/truecasing.fast.caseless.qn.ser.gz").toString(), p);
      for (String line : java.nio.file.Files.readAllLines(extra.resolve("edu/stanford/nlp/models/truecase/MixDisambiguation.list"))) {
        String[] f = line.split("\\s+");
        if (f.length >= 1 && !f[0].isEmpty()) {
          mixed.putIfAbsent(f[0].toLowerCase(Locale.ROOT), f[0]);
        }
      }
    }

    @Override
    public List<Entity> recognize(Document doc, Checkpoint checkpoint) {
      String text = doc.text();
      char[] out = text.toCharArray();
      for (List<Token> sentence : tokenizer.tokenize(text, checkpoint)) {
        List<String> words = sentence.stream().map(Token::word).toList();
        if (Casing.of(words).informative()) {
          continue;
        }
        List<CoreLabel> in = new ArrayList<>();
        for (String w : words) {
          CoreLabel l = new CoreLabel();
          l.setWord(w.toLowerCase(Locale.ROOT));
          l.setValue(l.word());
          in.add(l);
        }
        List<CoreLabel> tagged = truecaser.classifySentence(in);
        for (int i = 0; i < tagged.size(); i++) {
          String a = tagged.get(i).get(CoreAnnotations.AnswerAnnotation.class);
          int b = sentence.get(i).begin();
          int e = sentence.get(i).end();
          String orig = text.substring(b, e);
          String lower = orig.toLowerCase(Locale.ROOT);
          String cased = switch (a == null ? "" : a) {
            case "UPPER" -> orig.toUpperCase(Locale.ROOT);
            case "INIT_UPPER" -> lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
            case "O" -> mixed.getOrDefault(lower, lower);
            default -> lower;
          };
          if (cased.length() == orig.length()) {
            cased.getChars(0, cased.length(), out, b);
          }
        }
      }
      return inner.recognize(new String(out), checkpoint);
    }

    @Override
    public Set<String> labels() {
      return inner.labels();
    }

    @Override
    public String describe() {
      return "truecased";
    }
  }
}
