package io.nerbyoc.engine;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import io.nerbyoc.pipeline.ModelLoadException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CoreNLP's truecaser: a CRF that reads lower-cased words and says how each is written in
 * ordinary prose (lower, Capitalised, UPPER or a listed mixed form such as "McDonald"). The cased
 * NER CRFs then see text cased as they were trained on. Only the case changes, never the length,
 * so offsets stay those of the original text.
 */
final class TrueCaser {
  static final String MODEL = "edu/stanford/nlp/models/truecase/truecasing.fast.caseless.qn.ser.gz";
  static final String MIXED_FORMS = "edu/stanford/nlp/models/truecase/MixDisambiguation.list";

  private static final Map<Path, TrueCaser> LOADED = new ConcurrentHashMap<>();

  private final CRFClassifier<CoreLabel> crf;
  private final Map<String, String> mixed;

  private TrueCaser(CRFClassifier<CoreLabel> crf, Map<String, String> mixed) {
    this.crf = crf;
    this.mixed = mixed;
  }

  /** Loaded once per embedded model root (100 MB, ten seconds): profiles share it. */
  static TrueCaser load(Path embeddedRoot) {
    return LOADED.computeIfAbsent(embeddedRoot.toAbsolutePath().normalize(), TrueCaser::loadUncached);
  }

  private static TrueCaser loadUncached(Path root) {
    Path model = root.resolve(MODEL);
    Path list = root.resolve(MIXED_FORMS);
    for (Path f : List.of(model, list)) {
      if (!Files.isRegularFile(f)) {
        throw new ModelLoadException(f, "the file does not exist");
      }
    }
    Map<String, String> mixed = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(list), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          mixed.put(line.substring(0, tab), line.substring(tab + 1).trim());
        }
      }
    } catch (IOException e) {
      throw new ModelLoadException(list, "it cannot be read (" + e.getMessage() + ")");
    }
    try {
      CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(model.toFile());
      return new TrueCaser(crf, Map.copyOf(mixed));
    } catch (IOException | ClassNotFoundException | RuntimeException e) {
      throw new ModelLoadException(model, "it is not a readable CoreNLP truecasing model (" + e.getMessage() + ")");
    }
  }

  /** Copies of {@code tokens} (same offsets) with their words re-cased. */
  List<CoreLabel> recase(List<CoreLabel> tokens) {
    List<CoreLabel> in = new ArrayList<>(tokens.size());
    for (CoreLabel t : tokens) {
      CoreLabel l = new CoreLabel();
      String w = t.word().toLowerCase(Locale.ROOT);
      l.setWord(w);
      l.setValue(w);
      in.add(l);
    }
    List<CoreLabel> tagged = tokens.isEmpty() ? in : crf.classifySentence(in);
    List<CoreLabel> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel l = new CoreLabel(tokens.get(i));
      String w = recase(tokens.get(i).word(), tagged.get(i).get(CoreAnnotations.AnswerAnnotation.class));
      l.setWord(w);
      l.setValue(w);
      l.setOriginalText(w);
      out.add(l);
    }
    return out;
  }

  private String recase(String word, String answer) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (answer == null) {
      return lower;
    }
    return switch (answer) {
      case "UPPER" -> word.toUpperCase(Locale.ROOT);
      case "INIT_UPPER" -> lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
      case "O" -> mixed.getOrDefault(lower, lower); // CoreNLP's "mixed case" class
      default -> lower;
    };
  }
}
