package io.nerbyoc.engine.corenlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import io.nerbyoc.core.TaggedSentence;
import io.nerbyoc.core.TokenSpan;
import io.nerbyoc.pipeline.ModelLoadException;
import io.nerbyoc.tags.Tag;
import io.nerbyoc.tags.TagScheme;
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
  /** Below this marginal probability of "outside" a token gets an entity label; 1 = plain Viterbi. */
  private final double outsideThreshold;

  private CrfTagger(String name, CRFClassifier<CoreLabel> classifier) {
    this(name, classifier, 1.0);
  }

  private CrfTagger(String name, CRFClassifier<CoreLabel> classifier, double outsideThreshold) {
    this.name = name;
    this.classifier = classifier;
    this.outsideThreshold = outsideThreshold;
    // Trained models' labels carry the tag scheme's prefixes (B-PER, I-PER); the shipped ones are bare (PERSON).
    Set<String> ls = new HashSet<>();
    for (String l : classifier.labels()) {
      Tag t = Tag.parse(l);
      if (!l.equals(classifier.backgroundSymbol()) && !t.isOutside()) {
        ls.add(t.label());
      }
    }
    this.labels = Set.copyOf(ls);
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

  /**
   * The distributional-similarity lexicon (word to cluster) the model was trained with. CoreNLP
   * keeps it inside the serialized feature factory and offers no accessor, hence reflection.
   */
  @SuppressWarnings("unchecked")
  java.util.Map<String, String> distSimLexicon() {
    try {
      java.lang.reflect.Field ffs = edu.stanford.nlp.ie.AbstractSequenceClassifier.class.getDeclaredField("featureFactories");
      ffs.setAccessible(true);
      Object factory = ((List<?>) ffs.get(classifier)).get(0);
      java.lang.reflect.Field lexicon = factory.getClass().getDeclaredField("lexicon");
      lexicon.setAccessible(true);
      java.util.Map<String, String> m = (java.util.Map<String, String>) lexicon.get(factory);
      if (m == null || m.isEmpty()) {
        throw new IllegalStateException("the model " + name + " carries no word clusters");
      }
      return java.util.Collections.unmodifiableMap(m);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("Cannot read the word clusters of " + name + " (CoreNLP version change?): " + e, e);
    }
  }

  /** The same model decoding for recall: see {@link #recallDecode}. */
  CrfTagger withOutsideThreshold(double threshold) {
    return new CrfTagger(name, classifier, threshold);
  }

  /**
   * Posterior decoding: a token is outside only when the CRF's marginal probability of the
   * background label is at least {@code outsideThreshold}; otherwise it takes the likeliest entity
   * label. Models trained on little data are cautious (high precision, low recall); a threshold
   * tuned on validation data trades some precision for more recall and a better F1.
   */
  private void recallDecode(List<CoreLabel> doc, String bg) {
    edu.stanford.nlp.ie.crf.CRFCliqueTree<String> tree = classifier.getCliqueTree(doc);
    edu.stanford.nlp.util.Index<String> index = classifier.classIndex;
    int bgIndex = index.indexOf(bg);
    for (int i = 0; i < doc.size(); i++) {
      double pOut = tree.prob(i, bgIndex);
      String cur = doc.get(i).get(CoreAnnotations.AnswerAnnotation.class);
      if (pOut >= outsideThreshold) {
        continue;
      }
      int best = -1;
      for (int k = 0; k < index.size(); k++) {
        if (k != bgIndex && (best < 0 || tree.prob(i, k) > tree.prob(i, best))) {
          best = k;
        }
      }
      String label = index.get(best);
      if (!label.equals(cur)) {
        doc.get(i).set(CoreAnnotations.AnswerAnnotation.class, label);
        doc.get(i).set(CoreAnnotations.AnswerProbAnnotation.class, tree.prob(i, best));
      }
    }
  }

  Set<String> labels() {
    return labels;
  }

  /**
   * Tags the sentence (without changing its tokens) and writes entities into {@code tagging} where it is still free and the
   * label is one of {@code allowed}.
   */
  void tag(List<CoreLabel> sentence, TaggedSentence tagging, Set<String> allowed) {
    if (sentence.isEmpty()) {
      return;
    }
    // classifySentence (not classify) runs the same preprocessing as training: word shapes etc.
    List<CoreLabel> tagged = classifier.classifySentence(sentence);
    String bg = classifier.backgroundSymbol();
    if (outsideThreshold < 1.0) {
      recallDecode(tagged, bg);
    }
    int n = tagged.size();
    String[] tags = new String[n];
    double[] probs = new double[n];
    for (int i = 0; i < n; i++) {
      CoreLabel t = tagged.get(i);
      String a = t.get(CoreAnnotations.AnswerAnnotation.class);
      Double p = t.get(CoreAnnotations.AnswerProbAnnotation.class);
      tags[i] = a == null || a.equals(bg) ? Tag.OUTSIDE_TAG : a;
      probs[i] = p == null ? 1.0 : p;
    }
    for (TokenSpan e : TagScheme.decode(tags)) {
      if (TaggedSentence.OUTSIDE.equals(e.label())) {
        continue; // a model trained on the type "O" (B-O): outside, as it always was
      }
      double mean = 0;
      for (int k = e.start(); k < e.end(); k++) {
        mean += probs[k];
      }
      mean /= (e.end() - e.start());
      if (allowed.contains(e.label()) && tagging.isFree(e.start(), e.end())) {
        tagging.set(e.start(), e.end(), e.label(), mean, name);
      }
    }
  }
}
