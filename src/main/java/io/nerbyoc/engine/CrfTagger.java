package io.nerbyoc.engine;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One CoreNLP CRF model. {@code classify} is thread-safe on a shared classifier; it also leaves
 * the marginal probability of each chosen label on the token, which becomes the entity score.
 */
final class CrfTagger {
  private final String name;
  private final CRFClassifier<CoreLabel> classifier;
  private final Set<String> labels;

  private CrfTagger(String name, CRFClassifier<CoreLabel> classifier) {
    this.name = name;
    this.classifier = classifier;
    Set<String> ls = new HashSet<>(classifier.labels());
    ls.remove(classifier.backgroundSymbol());
    ls.removeIf(CrfTagger::prefixed);
    classifier.labels().stream().filter(CrfTagger::prefixed).forEach(l -> ls.add(l.substring(2)));
    this.labels = Set.copyOf(ls);
  }

  /** Trained models code entity tokens as B-/I- (BIO) or also E-/S- (BILOU); the shipped ones do not. */
  private static boolean prefixed(String label) {
    return label.length() > 2 && label.charAt(1) == '-' && "BIES".indexOf(label.charAt(0)) >= 0;
  }

  static CrfTagger load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ModelLoadException(file, "the file does not exist");
    }
    try {
      CRFClassifier<CoreLabel> c = CRFClassifier.getClassifier(file.toFile());
      return new CrfTagger(file.getFileName().toString(), c);
    } catch (IOException | ClassNotFoundException | RuntimeException e) {
      throw new ModelLoadException(
          file, "it is not a readable CoreNLP CRF model (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }
  }

  String name() {
    return name;
  }

  Set<String> labels() {
    return labels;
  }

  /**
   * Tags the sentence (without changing its tokens) and writes entities into {@code tagging} where it is still free and the
   * label is one of {@code allowed}.
   */
  void tag(List<CoreLabel> sentence, Tagging tagging, Set<String> allowed) {
    if (sentence.isEmpty()) {
      return;
    }
    // classifySentence (not classify) runs the same preprocessing as training: word shapes etc.
    List<CoreLabel> tagged = classifier.classifySentence(sentence);
    String bg = classifier.backgroundSymbol();
    int n = tagged.size();
    String[] labs = new String[n];
    double[] probs = new double[n];
    boolean[] begins = new boolean[n];
    boolean[] ends = new boolean[n];
    for (int i = 0; i < n; i++) {
      CoreLabel t = tagged.get(i);
      String a = t.get(CoreAnnotations.AnswerAnnotation.class);
      Double p = t.get(CoreAnnotations.AnswerProbAnnotation.class);
      if (a == null || a.equals(bg)) {
        a = Tagging.OUTSIDE;
      } else if (prefixed(a)) {
        begins[i] = a.charAt(0) == 'B' || a.charAt(0) == 'S';
        ends[i] = a.charAt(0) == 'E' || a.charAt(0) == 'S';
        a = a.substring(2);
      }
      labs[i] = a;
      probs[i] = p == null ? 1.0 : p;
    }
    for (int i = 0; i < n; ) {
      if (Tagging.OUTSIDE.equals(labs[i])) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && !ends[j - 1] && labs[j].equals(labs[i]) && !begins[j]) {
        j++;
      }
      double mean = 0;
      for (int k = i; k < j; k++) {
        mean += probs[k];
      }
      mean /= (j - i);
      if (allowed.contains(labs[i]) && tagging.isFree(i, j)) {
        tagging.set(i, j, labs[i], mean, name);
      }
      i = j;
    }
  }
}
