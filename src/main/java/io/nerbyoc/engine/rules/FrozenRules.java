package io.nerbyoc.engine.rules;

import io.nerbyoc.core.TaggedSentence;

/**
 * The rules, in their order, whose tags models trained with {@code pretrained_tags} took as
 * features ({@code corenlp.CoreNlpRecognizer.sentenceTags}). Frozen: those models read these tags
 * as they were when they were trained, so these rules change only with a new feature version,
 * never with the serving rules of {@link RuleStage}.
 */
public final class FrozenRules {
  private FrozenRules() {
  }

  public static void apply(TaggedSentence t) {
    if (t.casing.informative()) { // reads capitals as names
      BoundaryRules.apply(t);
    }
    NationalityRules.apply(t);
    NumberRules.apply(t);
    AcronymRules.apply(t, false);
  }
}
