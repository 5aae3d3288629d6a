package io.nerbyoc.engine.corenlp;

import io.nerbyoc.core.Recognizer;
import io.nerbyoc.engine.casing.TrueCaser;
import io.nerbyoc.engine.encoder.PieceVectors;
import io.nerbyoc.engine.encoder.TextEncoder;
import io.nerbyoc.engine.retyper.NameRetyper;
import io.nerbyoc.engine.rules.RuleStage;
import io.nerbyoc.learned.StackedRecognizer;
import io.nerbyoc.spacy.SpacyPipeline;
import io.nerbyoc.pipeline.Component;
import io.nerbyoc.pipeline.ConfigReader;
import io.nerbyoc.pipeline.LoadContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * {@code "corenlp-crf"}: CoreNLP CRFs combined as CoreNLP's NER combiner does (a later CRF adds
 * only labels no earlier one has), optionally with the accurate profile's rules. The embedded
 * profiles are this component too (resources {@code profiles/*.json}).
 */
public final class CrfComponent implements Component<CrfComponent.Config> {
  /**
   * @param models CRF files in the model directory, highest priority first
   * @param embeddedModels CRF files shipped in the image (relative to the embedded model root)
   * @param rules run the accurate profile's rules and document-level consistency after the CRFs
   * @param outsideThreshold below this probability of "outside" a token gets an entity label; 1 = Viterbi
   * @param features the pretrained feature layers the model was trained with
   * @param description for logs and /models; empty for "CoreNLP CRF from DIR"
   * @param truecase re-case sentences without informative case (all capitals, all lower case, a
   *     title-cased headline) with the truecaser word list distilled from CoreNLP's truecaser (TrueCaser) before the CRFs tag them
   * @param caselessEmbeddedModels shipped CRFs trained on lower-cased text that tag such sentences
   *     (after the cased CRFs when truecasing, on tokens still free)
   * @param retypeNames after the rules, let the learned re-typer ({@link NameRetyper}) change confidently mistyped names
   * @param ruleStages the rule stages in the order they run on each sentence ({@link RuleStage}):
   *     {@code "rule_stages"}, or the default order when {@code rules} is on without it; empty when off
   * @param embeddedDecider a spaCy pipeline shipped in the image (relative to the embedded model
   *     root) that decides the final entities reading the rules' as evidence ({@link StackedRecognizer}); empty: none
   * @param rulesDecide with a decider, the types the rules keep deciding (spaCy's names)
   */
  public record Config(List<String> models, List<String> embeddedModels, boolean rules, double outsideThreshold,
      FeatureFlags features, String description, boolean truecase, List<String> caselessEmbeddedModels, boolean retypeNames,
      List<RuleStage> ruleStages, String embeddedDecider, List<String> rulesDecide) {}

  @Override
  public String name() {
    return "corenlp-crf";
  }

  @Override
  public Config config(ConfigReader r) {
    boolean rules = r.bool("rules", false);
    Config c = new Config(r.strings("models"), r.strings("embedded_models"), rules,
        r.number("outside_threshold", 1.0, 0.0, 1.0), FeatureFlags.read(r), r.string("description", ""),
        r.bool("truecase", false), r.strings("caseless_embedded_models"),
        r.bool("retype_names", false), ruleStages(r, rules), r.string("embedded_decider", ""), r.strings("rules_decide"));
    if (!c.embeddedDecider().isEmpty() && !rules) {
      throw r.error("embedded_decider", "needs \"rules\": true (the decider reads the rules' entities as evidence)");
    }
    if (!c.rulesDecide().isEmpty() && c.embeddedDecider().isEmpty()) {
      throw r.error("rules_decide", "needs \"embedded_decider\" (without a decider the rules decide every type)");
    }
    if (c.models().isEmpty() && c.embeddedModels().isEmpty()) {
      throw r.error("models", "lists no CRF file; name the model files (relative to the model directory)");
    }
    return c;
  }

  /** {@code "rule_stages"} in order; without it, the default order when the rules are on. */
  private static List<RuleStage> ruleStages(ConfigReader r, boolean rules) {
    if (!r.has("rule_stages")) {
      return rules ? RuleStage.DEFAULT_ORDER : List.of();
    }
    List<String> names = r.strings("rule_stages");
    if (!rules) {
      throw r.error("rule_stages", "needs \"rules\": true (the stages run only with the rules on)");
    }
    try {
      return RuleStage.named(names);
    } catch (IllegalArgumentException e) {
      throw r.error("rule_stages", e.getMessage());
    }
  }

  @Override
  public Recognizer create(Config c, LoadContext ctx) {
    List<Path> files = new ArrayList<>();
    c.embeddedModels().forEach(f -> files.add(ctx.embeddedRoot().resolve(f)));
    c.models().forEach(f -> files.add(ctx.file(f, "\"models\" entry")));
    int cased = files.size();
    c.caselessEmbeddedModels().forEach(f -> files.add(ctx.embeddedRoot().resolve(f)));
    List<CrfTagger> loaded = EmbeddedModels.loadAll(files);
    // The truecasing list (about 0.9 s of parsing) loads after the CRFs, in the background: it is
    // only for sentences without informative case, so /ping need not wait for it, and loading it
    // beside the CRFs slowed them on two cores. The first sentence that needs it waits, once.
    CompletableFuture<TrueCaser> truecaser = c.truecase() ? TrueCaser.loadInBackground(ctx.embeddedRoot()) : null;
    List<CrfTagger> taggers = loaded.subList(0, cased);
    List<CrfTagger> caseless = loaded.subList(cased, loaded.size());
    if (c.outsideThreshold() < 1.0) {
      taggers = taggers.stream().map(t -> t.withOutsideThreshold(c.outsideThreshold())).toList();
    }
    String description = c.description().isEmpty() ? "CoreNLP CRF from " + ctx.dir() : c.description();
    CaseRouting routing = CaseRouting.loading(truecaser, caseless);
    CoreNlpRecognizer crf = new CoreNlpRecognizer(taggers, routing, c.ruleStages(), c.rules(), ctx.newlines(), description);
    if (c.rules() && c.retypeNames()) {
      crf.withRetyper(NameRetyper.shipped());
    }
    PretrainedFeatures.TokenFeatures features = c.features().load(ctx);
    Recognizer rules = features == null ? crf : crf.withTokenFeatures(features);
    if (c.embeddedDecider().isEmpty()) {
      return rules;
    }
    // the decider's static vectors (when it has any) are composed from the encoder's word pieces
    SpacyPipeline decider = SpacyPipeline.load(ctx.embeddedRoot().resolve(c.embeddedDecider()),
        PieceVectors.shipped(ctx.embeddedRoot()));
    return new StackedRecognizer(rules, decider, Set.copyOf(c.rulesDecide()));
  }

  @Override
  public Set<String> embeddedFiles(Config c) {
    Set<String> files = new LinkedHashSet<>(c.embeddedModels());
    files.addAll(c.caselessEmbeddedModels());
    if (c.truecase()) {
      files.add(TrueCaser.FILE);
    }
    files.addAll(c.features().embeddedFiles());
    if (!c.embeddedDecider().isEmpty()) {
      files.add(c.embeddedDecider());
      files.add(TextEncoder.MODEL); // its word vectors (PieceVectors)
      files.add(TextEncoder.TOKENIZER);
    }
    return files;
  }
}
