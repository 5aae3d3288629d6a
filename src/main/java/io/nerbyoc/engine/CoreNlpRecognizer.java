package io.nerbyoc.engine;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.nerbyoc.config.NewlineMode;
import io.nerbyoc.core.Checkpoint;
import io.nerbyoc.core.CodePoints;
import io.nerbyoc.core.Entity;
import io.nerbyoc.core.Recognizer;
import io.nerbyoc.core.TextBounds;
import io.nerbyoc.tags.TagScheme;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP tokenize + ssplit, then one or more CRFs combined as CoreNLP's NER combiner does by
 * default (a later CRF adds only labels no earlier CRF has, on tokens still free), then optional
 * rules (boundaries, nationalities, numbers, acronyms) and document-level label consistency. No POS tagger, lemmatizer, SUTime or entity mentions: they cost most of CoreNLP's time
 * and add nothing here (entity mentions would even add pronouns as PERSON).
 */
final class CoreNlpRecognizer implements Recognizer {
  private final StanfordCoreNLP tokenizer;
  private final List<CrfTagger> taggers;
  private final List<Set<String>> allowed;
  private final CaseRouting caseRouting;
  private final boolean rules;
  private final Set<String> labels;
  private final String description;
  private PretrainedFeatures.TokenFeatures tokenFeatures; // for CRFs trained with pretrained features

  CoreNlpRecognizer(List<CrfTagger> taggers, boolean rules, NewlineMode newlines, String description) {
    this(taggers, CaseRouting.NONE, rules, newlines, description);
  }

  CoreNlpRecognizer(List<CrfTagger> taggers, CaseRouting caseRouting, boolean rules, NewlineMode newlines,
      String description) {
    this.tokenizer = new StanfordCoreNLP(tokenizerProperties(newlines));
    this.taggers = List.copyOf(taggers);
    this.caseRouting = caseRouting;
    this.rules = rules;
    this.description = description;
    this.allowed = CaseRouting.combinerAllowed(taggers);
    Set<String> seen = new LinkedHashSet<>();
    taggers.forEach(t -> seen.addAll(t.labels()));
    seen.addAll(caseRouting.labels());
    if (rules) {
      seen.addAll(
          List.of(
              "NUMBER", "ORDINAL", "PERCENT", "MONEY", "DATE", "NATIONALITY", "EVENT",
              "WORK_OF_ART", "ORGANIZATION"));
    }
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

  static Properties tokenizerProperties(NewlineMode newlines) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit");
    p.setProperty("tokenize.language", "en");
    // Keep odd characters as tokens instead of logging them (logs must never show request text).
    p.setProperty("tokenize.options", "untokenizable=noneKeep");
    p.setProperty("ssplit.newlineIsSentenceBreak", newlines.wireName());
    return p;
  }

  @Override
  public List<Entity> recognize(String text, Checkpoint checkpoint) {
    CodePoints cp = CodePoints.of(text);
    List<Entity> out = new ArrayList<>();
    List<List<CoreLabel>> sentences = sentences(tokenizer, text, checkpoint);
    List<Tagging> taggings = new ArrayList<>(sentences.size());
    for (List<CoreLabel> tokens : sentences) {
      checkpoint.reached();
      taggings.add(tag(tokens, true));
    }
    if (rules) {
      DocumentConsistency.apply(taggings);
    }
    for (int i = 0; i < sentences.size(); i++) {
      collect(text, cp, sentences.get(i), taggings.get(i), out);
    }
    return out;
  }

  /**
   * Tokenises and splits {@code text} with bounded work (see {@link TextBounds}): over-long runs
   * masked, long texts in segments with a checkpoint after each, long sentences cut into windows.
   * Token offsets are UTF-16 offsets into {@code text}.
   */
  static List<List<CoreLabel>> sentences(StanfordCoreNLP tokenizer, String text, Checkpoint checkpoint) {
    String masked = TextBounds.mask(text);
    List<List<CoreLabel>> out = new ArrayList<>();
    for (int[] seg : TextBounds.segments(masked)) {
      checkpoint.reached();
      Annotation doc = new Annotation(seg[0] == 0 && seg[1] == masked.length() ? masked : masked.substring(seg[0], seg[1]));
      tokenizer.annotate(doc);
      for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        for (CoreLabel t : tokens) {
          if (seg[0] > 0) {
            t.setBeginPosition(t.beginPosition() + seg[0]);
            t.setEndPosition(t.endPosition() + seg[0]);
          }
          String word = t.word();
          String capped = TextBounds.capToken(word);
          if (capped != word) { // a token spanning spaces (ellipsis, SGML): its offsets stay, its text is cut
            t.setWord(capped);
            t.setValue(capped);
            t.setOriginalText(TextBounds.capToken(t.originalText()));
          }
        }
        out.addAll(TextBounds.windows(tokens));
      }
    }
    return out;
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
    Tagging t = tag(tokens, false); // trained models learnt these tags as they were: no casing routing
    return TagScheme.BIO.encode(t.spans(), t.size());
  }

  /**
   * @param caseAware route sentences without informative case to the caseless CRFs and keep the
   *     capital-reading rules off them; false gives the tags as they were before casing mattered
   */
  private Tagging tag(List<CoreLabel> tokens, boolean caseAware) {
    String[] words = words(tokens);
    if (tokenFeatures != null) {
      PretrainedFeatures.putOnTokens(tokens, tokenFeatures.layers(java.util.Arrays.asList(words)));
    }
    Casing casing = caseAware ? Casing.of(words) : Casing.NORMAL;
    List<CoreLabel> recased = caseRouting.routes(casing) ? caseRouting.casedInput(tokens) : null;
    if (casing == Casing.TITLE && recased != null && !Casing.confirmsTitle(words, words(recased))) {
      casing = Casing.NORMAL; // a list of names, not a headline
      recased = null;
    }
    Tagging tagging;
    if (!caseRouting.routes(casing)) {
      tagging = new Tagging(words);
      tagging.casing = casing;
      for (int k = 0; k < taggers.size(); k++) {
        taggers.get(k).tag(tokens, tagging, allowed.get(k));
      }
    } else {
      if (recased != null) {
        // Re-cased, the sentence reads as prose: the rules and document consistency may trust its capitals.
        tagging = new Tagging(words(recased));
        tagging.casing = Casing.NORMAL; // measured: 0.8 F1 better on upper-cased wikigold than distrusting it
        for (int k = 0; k < taggers.size(); k++) {
          taggers.get(k).tag(recased, tagging, allowed.get(k));
        }
      } else {
        tagging = new Tagging(words);
        tagging.casing = casing;
      }
      for (int k = 0; k < caseRouting.caseless.size(); k++) {
        caseRouting.caseless.get(k).tag(tokens, tagging, caseRouting.caselessAllowed.get(k));
      }
    }
    if (rules) {
      boolean informative = tagging.casing.informative();
      if (informative) { // both read capitals as names
        BoundaryRules.apply(tagging);
      }
      NationalityRules.apply(tagging);
      NumberRules.apply(tagging);
      AcronymRules.apply(tagging, caseAware);
    }
    return tagging;
  }

  private static String[] words(List<CoreLabel> tokens) {
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = tokens.get(i).word();
    }
    return words;
  }

  private static void collect(
      String text, CodePoints cp, List<CoreLabel> tokens, Tagging t, List<Entity> out) {
    for (int i = 0; i < t.size(); ) {
      int j = t.runEnd(i);
      if (!Tagging.OUTSIDE.equals(t.labels[i])) {
        int begin = tokens.get(i).beginPosition();
        int end = tokens.get(j - 1).endPosition();
        out.add(Entity.ofUtf16(text, cp, begin, end, t.labels[i], t.scores[i], t.sources[i]));
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
