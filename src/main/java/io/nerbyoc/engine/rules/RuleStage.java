package io.nerbyoc.engine.rules;

import io.nerbyoc.core.TaggedSentence;
import io.nerbyoc.names.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rule stages that read and rewrite one sentence's tagging after the CRFs, registered by the
 * name a manifest gives them: {@code "rule_stages": ["boundaries", "names", "numeric",
 * "acronyms"]} on a {@code corenlp-crf} step runs them in that order (the accurate profile's order,
 * and the order for {@code "rules": true} without a list). Adding a stage is one constant here.
 *
 * <p>Not here: the frozen rules that give the tags models trained with {@code pretrained_tags}
 * took as features ({@link FrozenRules}); their order is part of those models.
 */
public enum RuleStage {
  /** Wider CRF spans ({@link BoundaryRules}); it reads capitals as names, so only where they inform. */
  BOUNDARIES("boundaries", Set.of("EVENT")) {
    @Override
    public void apply(TaggedSentence t) {
      if (t.casing.informative()) {
        BoundaryRules.apply(t);
      }
    }
  },
  /** Fine name types and name boundaries ({@link NameRules}). */
  NAMES("names", fineNameLabels()) {
    @Override
    public void apply(TaggedSentence t) {
      NameRules.apply(t);
    }
  },
  /** Numeric and temporal expressions by the grammar ({@link NumericRules}). */
  NUMERIC("numeric", NumericRules.LABELS) {
    @Override
    public void apply(TaggedSentence t) {
      NumericRules.apply(t);
    }
  },
  /** Unlabelled all-capitals tokens as organisations ({@link AcronymRules}, serving list). */
  ACRONYMS("acronyms", Set.of("ORGANIZATION")) {
    @Override
    public void apply(TaggedSentence t) {
      AcronymRules.apply(t, true);
    }
  };

  /** The order for {@code "rules": true} without {@code "rule_stages"}: the accurate profile's. */
  public static final List<RuleStage> DEFAULT_ORDER = List.of(BOUNDARIES, NAMES, NUMERIC, ACRONYMS);

  private final String stageName;
  private final Set<String> labels;

  RuleStage(String stageName, Set<String> labels) {
    this.stageName = stageName;
    this.labels = labels;
  }

  /** Rewrites the sentence's tagging in place. */
  public abstract void apply(TaggedSentence t);

  /** The name manifests give this stage. */
  public String stageName() {
    return stageName;
  }

  /** The native labels this stage may give. */
  public Set<String> labels() {
    return labels;
  }

  /** The stages named, in order; an unknown or repeated name is an {@link IllegalArgumentException} saying which. */
  public static List<RuleStage> named(List<String> names) {
    List<RuleStage> out = new ArrayList<>();
    for (String n : names) {
      RuleStage stage = Arrays.stream(values()).filter(s -> s.stageName.equals(n)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("names an unknown rule stage '" + n + "'; the stages are " + known()));
      if (out.contains(stage)) {
        throw new IllegalArgumentException("names the rule stage '" + n + "' twice");
      }
      out.add(stage);
    }
    return List.copyOf(out);
  }

  static String known() {
    return Arrays.stream(values()).map(RuleStage::stageName).collect(Collectors.joining(", "));
  }

  private static Set<String> fineNameLabels() {
    Set<String> s = new HashSet<>(Types.FINE);
    s.add("ORGANIZATION"); // a company name joined to its suffix
    return Set.copyOf(s);
  }
}
