package io.nerbyoc.engine.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import io.nerbyoc.config.NewlineMode;
import io.nerbyoc.core.Casing;
import io.nerbyoc.core.Checkpoint;
import io.nerbyoc.core.Document;
import io.nerbyoc.core.Entity;
import io.nerbyoc.core.Recasing;
import io.nerbyoc.core.Recognizer;
import io.nerbyoc.core.TaggedSentence;
import io.nerbyoc.core.Token;
import io.nerbyoc.core.WrittenWords;
import io.nerbyoc.engine.rules.DocumentConsistency;
import io.nerbyoc.engine.rules.FrozenRules;
import io.nerbyoc.engine.rules.NumericRules;
import io.nerbyoc.engine.rules.RuleStage;
import io.nerbyoc.names.Articles;
import io.nerbyoc.tags.TagScheme;
import java.util.ArrayList;
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
public final class CoreNlpRecognizer implements Recognizer {
  private final TextTokenizer tokenizer;
  private final List<CrfTagger> taggers;
  private final List<Set<String>> allowed;
  private final CaseRouting caseRouting;
  private final boolean rules;
  private final List<RuleStage> stages; // run in this order on each sentence when rules is on
  private final Set<String> labels;
  private final String description;
  private PretrainedFeatures.TokenFeatures tokenFeatures; // for CRFs trained with pretrained features
  private java.util.function.Consumer<TaggedSentence> retyper; // the learned re-typer (NameRetyper), after the rules

  CoreNlpRecognizer(List<CrfTagger> taggers, boolean rules, NewlineMode newlines, String description) {
    this(taggers, CaseRouting.NONE, rules, newlines, description);
  }

  CoreNlpRecognizer(List<CrfTagger> taggers, CaseRouting caseRouting, boolean rules, NewlineMode newlines,
      String description) {
    this(taggers, caseRouting, rules ? RuleStage.DEFAULT_ORDER : List.of(), rules, newlines, description);
  }

  /**
   * @param stages the rule stages, in the order they run on each sentence
   * @param rules run the stages, document consistency and the re-typer, and give names their "the"
   */
  CoreNlpRecognizer(List<CrfTagger> taggers, CaseRouting caseRouting, List<RuleStage> stages, boolean rules,
      NewlineMode newlines, String description) {
    this.tokenizer = TextTokenizer.of(newlines);
    this.taggers = List.copyOf(taggers);
    this.caseRouting = caseRouting;
    this.rules = rules;
    this.stages = rules ? List.copyOf(stages) : List.of();
    this.description = description;
    this.allowed = CaseRouting.combinerAllowed(taggers);
    Set<String> seen = new LinkedHashSet<>();
    taggers.forEach(t -> seen.addAll(t.labels()));
    seen.addAll(caseRouting.labels());
    this.stages.forEach(s -> seen.addAll(s.labels()));
    this.labels = Set.copyOf(seen);
  }

  /**
   * Gives the CRFs each token's pretrained features in the annotation slots training put them in
   * (POS, lemma, gazetteer; see {@code corenlp.training.CrfTrainer}).
   */
  CoreNlpRecognizer withTokenFeatures(PretrainedFeatures.TokenFeatures features) {
    this.tokenFeatures = features;
    return this;
  }

  /** Runs {@code retyper} on each sentence after the rules and document consistency. */
  public CoreNlpRecognizer withRetyper(java.util.function.Consumer<TaggedSentence> retyper) {
    this.retyper = retyper;
    return this;
  }

  @Override
  public List<Entity> recognize(Document doc, Checkpoint checkpoint) {
    List<List<Token>> sentences = doc.sentences(tokenizer, checkpoint);
    List<List<CoreLabel>> labelled = new ArrayList<>(sentences.size());
    List<TaggedSentence> taggings = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      checkpoint.reached();
      List<CoreLabel> tokens = coreLabels(sentences.get(i));
      labelled.add(tokens);
      taggings.add(tag(tokens, tokenFeatures == null ? null : PretrainedFeatures.of(doc, tokenizer, tokenFeatures, i), true));
    }
    if (rules) {
      DocumentConsistency.apply(taggings);
      if (retyper != null) {
        taggings.forEach(retyper);
      }
    }
    List<Entity> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      collect(doc, sentences.get(i), taggings.get(i), rules, out);
    }
    doc.annotation(Recasing.KEY, d -> recasedWords(sentences, taggings));
    return out;
  }

  /** The words the truecaser changed, for components after this one ({@link Recasing}). */
  private static List<Recasing.Word> recasedWords(List<List<Token>> sentences, List<TaggedSentence> taggings) {
    List<Recasing.Word> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      List<Token> tokens = sentences.get(i);
      String[] words = taggings.get(i).words;
      for (int k = 0; k < tokens.size() && k < words.length; k++) {
        if (!words[k].equals(tokens.get(k).word())) {
          out.add(new Recasing.Word(tokens.get(k).begin(), tokens.get(k).end(), words[k]));
        }
      }
    }
    return out;
  }

  /** Native labels whose multi-word names spaCy's conventions give a leading "the" ({@link Articles}). */
  private static final Set<String> ARTICLE_LABELS =
      Set.of("ORGANIZATION", "LOCATION", "LOC", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "MISC");

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
    TaggedSentence t = tag(tokens, tokenFeatures == null ? null : tokenFeatures.layers(words), false); // trained models learnt these tags as they were: no casing routing
    return TagScheme.BIO.encode(t.spans(), t.size());
  }

  /**
   * @param caseAware route sentences without informative case to the caseless CRFs and keep the
   *     capital-reading rules off them; false gives the tags as they were before casing mattered
   */
  private TaggedSentence tag(List<CoreLabel> tokens, PretrainedFeatures.Layers layers, boolean caseAware) {
    String[] words = words(tokens);
    if (layers != null) {
      PretrainedFeatures.putOnTokens(tokens, layers);
    }
    Casing casing = caseAware ? Casing.of(words) : Casing.NORMAL;
    List<CoreLabel> recased = caseRouting.routes(casing) ? caseRouting.casedInput(tokens) : null;
    if (casing == Casing.TITLE && recased != null && !Casing.confirmsTitle(words, words(recased))) {
      casing = Casing.NORMAL; // a list of names, not a headline
      recased = null;
    }
    TaggedSentence tagging;
    if (!caseRouting.routes(casing)) {
      tagging = new TaggedSentence(words);
      tagging.casing = casing;
      for (int k = 0; k < taggers.size(); k++) {
        taggers.get(k).tag(tokens, tagging, allowed.get(k));
      }
    } else {
      if (recased != null) {
        // Re-cased, the sentence reads as prose: the rules and document consistency may trust its capitals.
        tagging = new TaggedSentence(words(recased));
        tagging.casing = Casing.NORMAL; // measured: 0.8 F1 better on upper-cased wikigold than distrusting it
        for (int k = 0; k < taggers.size(); k++) {
          taggers.get(k).tag(recased, tagging, allowed.get(k));
        }
      } else {
        tagging = new TaggedSentence(words);
        tagging.casing = casing;
      }
      for (int k = 0; k < caseRouting.caseless.size(); k++) {
        caseRouting.caseless.get(k).tag(tokens, tagging, caseRouting.caselessAllowed.get(k));
      }
    }
    if (caseAware) {
      tagging.attached = attached(tokens);
    }
    if (rules && caseAware) {
      for (RuleStage stage : stages) {
        stage.apply(tagging);
      }
    } else if (rules) { // the rules trained models with pretrained_tags learnt from, kept as they were
      FrozenRules.apply(tagging);
    }
    return tagging;
  }

  private static boolean[] attached(List<CoreLabel> tokens) {
    boolean[] out = new boolean[tokens.size()];
    for (int i = 1; i < out.length; i++) {
      out[i] = tokens.get(i).beginPosition() == tokens.get(i - 1).endPosition();
    }
    return out;
  }

  private static String[] words(List<CoreLabel> tokens) {
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = tokens.get(i).word();
    }
    return words;
  }

  /**
   * @param leads whether to mark the "the" spaCy's conventions put inside a name (the embedded
   *     profiles' rules; a trained model's spans are left as it learnt them)
   */
  private static void collect(Document doc, List<Token> tokens, TaggedSentence t, boolean leads, List<Entity> out) {
    for (int i = 0; i < t.size(); ) {
      int j = t.runEnd(i);
      if (!TaggedSentence.OUTSIDE.equals(t.labels[i])) {
        int[] words = wholeWords(doc.text(), tokens, t, i, j);
        if (words != null) {
          Entity e = doc.entity(tokens.get(words[0]).begin(), tokens.get(words[1] - 1).end(), t.labels[i], t.scores[i], t.sources[i]);
          int from = words[0];
          if (leads && ARTICLE_LABELS.contains(t.labels[i]) && TaggedSentence.OUTSIDE.equals(t.labels[Math.max(0, from - 1)])
              && Articles.takesArticle(t.words, from, words[1])
              && !WrittenWords.inside(doc.text(), tokens.get(from - 1).begin())) { // not the end of "2.5The"
            e = e.withLead(doc.text().substring(tokens.get(from - 1).begin(), tokens.get(from).begin()));
          }
          out.add(e);
        }
      }
      i = j;
    }
  }

  /** The tokens [from, to) of a span trimmed to whole written words ({@link WrittenWords#wholeWords}). */
  private static int[] wholeWords(String text, List<Token> tokens, TaggedSentence t, int from, int to) {
    return WrittenWords.wholeWords(text, from, to, tokens.size(), i -> tokens.get(i).begin(), i -> tokens.get(i).end(),
        NumericRules.LABELS.contains(t.labels[from]), i -> TaggedSentence.OUTSIDE.equals(t.labels[i]));
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
