package io.nerbyoc.engine;

import edu.stanford.nlp.ling.CoreLabel;
import io.nerbyoc.config.NewlineMode;
import io.nerbyoc.core.Checkpoint;
import io.nerbyoc.core.Document;
import io.nerbyoc.core.Entity;
import io.nerbyoc.core.Recognizer;
import io.nerbyoc.core.Token;
import io.nerbyoc.names.Types;
import io.nerbyoc.tags.TagScheme;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The document's CoreNLP tokens ({@link TextTokenizer}), then one or more CRFs combined as CoreNLP's NER combiner does by
 * default (a later CRF adds only labels no earlier CRF has, on tokens still free), then optional
 * rules (boundaries, fine name types by {@link io.nerbyoc.names.NameTyper}, acronyms; numeric and
 * temporal expressions by {@link io.nerbyoc.numbers.NumericGrammar}, which replace the CRFs' own) and document-level label consistency. No POS tagger, lemmatizer, SUTime or entity mentions: they cost most of CoreNLP's time
 * and add nothing here (entity mentions would even add pronouns as PERSON).
 */
final class CoreNlpRecognizer implements Recognizer {
  private final TextTokenizer tokenizer;
  private final List<CrfTagger> taggers;
  private final List<Set<String>> allowed;
  private final boolean rules;
  private final Set<String> labels;
  private final String description;
  private PretrainedFeatures.TokenFeatures tokenFeatures; // for CRFs trained with pretrained features

  CoreNlpRecognizer(List<CrfTagger> taggers, boolean rules, NewlineMode newlines, String description) {
    this.tokenizer = TextTokenizer.of(newlines);
    this.taggers = List.copyOf(taggers);
    this.rules = rules;
    this.description = description;
    List<Set<String>> allow = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (CrfTagger t : taggers) {
      Set<String> mine = new HashSet<>(t.labels());
      mine.removeAll(seen);
      allow.add(Set.copyOf(mine));
      seen.addAll(t.labels());
    }
    if (rules) {
      seen.addAll(NumericRules.LABELS);
      seen.add("ORGANIZATION");
      seen.addAll(Types.FINE);
    }
    this.allowed = List.copyOf(allow);
    this.labels = Set.copyOf(seen);
  }

  /**
   * Gives the CRFs each token's pretrained features in the annotation slots training put them in
   * (POS, lemma, gazetteer; see {@link CrfTrainer}).
   */
  CoreNlpRecognizer withTokenFeatures(PretrainedFeatures.TokenFeatures features) {
    this.tokenFeatures = features;
    return this;
  }

  @Override
  public List<Entity> recognize(Document doc, Checkpoint checkpoint) {
    List<List<Token>> sentences = doc.sentences(tokenizer, checkpoint);
    List<List<CoreLabel>> labelled = new ArrayList<>(sentences.size());
    List<Tagging> taggings = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      checkpoint.reached();
      List<CoreLabel> tokens = coreLabels(sentences.get(i));
      labelled.add(tokens);
      taggings.add(tag(tokens, tokenFeatures == null ? null : PretrainedFeatures.of(doc, tokenizer, tokenFeatures, i)));
    }
    if (rules) {
      DocumentConsistency.apply(taggings);
    }
    List<Entity> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      collect(doc, sentences.get(i), taggings.get(i), out);
    }
    return out;
  }

  /** The CRFs' view of a sentence: each token's word and offsets. */
  private static List<CoreLabel> coreLabels(List<Token> sentence) {
    List<CoreLabel> tokens = new ArrayList<>(sentence.size());
    for (Token t : sentence) {
      CoreLabel l = new CoreLabel();
      l.setWord(t.word());
      l.setValue(t.word());
      l.setOriginalText(t.word());
      l.setBeginPosition(t.begin());
      l.setEndPosition(t.end());
      tokens.add(l);
    }
    return tokens;
  }

  /**
   * One BIO tag per word of an already tokenised sentence (CRFs and sentence rules, no
   * document consistency): the features that models trained with pretrained tags use.
   */
  String[] sentenceTags(List<String> words) {
    List<CoreLabel> tokens = new ArrayList<>(words.size());
    for (String w : words) {
      CoreLabel l = new CoreLabel();
      l.setWord(w);
      l.setValue(w);
      l.setOriginalText(w);
      tokens.add(l);
    }
    Tagging t = tag(tokens, tokenFeatures == null ? null : tokenFeatures.layers(words));
    return TagScheme.BIO.encode(t.spans(), t.size());
  }

  private Tagging tag(List<CoreLabel> tokens, PretrainedFeatures.Layers layers) {
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = tokens.get(i).word();
    }
    Tagging tagging = new Tagging(words);
    if (layers != null) {
      PretrainedFeatures.putOnTokens(tokens, layers);
    }
    for (int k = 0; k < taggers.size(); k++) {
      taggers.get(k).tag(tokens, tagging, allowed.get(k));
    }
    if (rules) {
      BoundaryRules.apply(tagging);
      NameRules.apply(tagging);
      NumericRules.apply(tagging);
      AcronymRules.apply(tagging);
    }
    return tagging;
  }

  private static void collect(Document doc, List<Token> tokens, Tagging t, List<Entity> out) {
    for (int i = 0; i < t.size(); ) {
      int j = t.runEnd(i);
      if (!Tagging.OUTSIDE.equals(t.labels[i])) {
        out.add(doc.entity(tokens.get(i).begin(), tokens.get(j - 1).end(), t.labels[i], t.scores[i], t.sources[i]));
      }
      i = j;
    }
  }

  @Override
  public Set<String> labels() {
    return labels;
  }

  @Override
  public String describe() {
    return description;
  }
}
