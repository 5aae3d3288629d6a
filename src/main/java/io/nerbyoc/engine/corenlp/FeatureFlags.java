package io.nerbyoc.engine.corenlp;

import io.nerbyoc.engine.encoder.EncoderTagger;
import io.nerbyoc.engine.encoder.TextEncoder;
import io.nerbyoc.pipeline.ConfigReader;
import io.nerbyoc.pipeline.LoadContext;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The pretrained feature layers a trained CRF or OpenNLP model was trained with, so serving
 * computes the same ones (written by train; see docs/TRAINING.md).
 *
 * @param pretrainedTags the embedded CRFs' tags (accurate profile and the caseless CRF)
 * @param gazetteers the name and place lists distilled from CoreNLP's models
 * @param encoderTags the shipped encoder's tagger ({@link EncoderTagger#FILE} in the model directory)
 */
public record FeatureFlags(boolean pretrainedTags, boolean gazetteers, boolean encoderTags) {
  public static FeatureFlags read(ConfigReader r) {
    return new FeatureFlags(r.bool("pretrained_tags", false), r.bool("gazetteers", false), r.bool("encoder_tags", false));
  }

  boolean any() {
    return pretrainedTags || gazetteers || encoderTags;
  }

  /** The feature layers, or null when the model uses none. */
  public PretrainedFeatures.TokenFeatures load(LoadContext ctx) {
    if (!any()) {
      return null;
    }
    Path tagger = encoderTags ? ctx.file(EncoderTagger.FILE, "the encoder_tags file") : null;
    return PretrainedFeatures.tokenFeatures(ctx.embeddedRoot(), ctx.newlines(), pretrainedTags, gazetteers,
        tagger == null ? null : PretrainedFeatures.encoderTags(ctx.embeddedRoot(), tagger));
  }

  public Set<String> embeddedFiles() {
    Set<String> files = new LinkedHashSet<>();
    if (pretrainedTags) {
      files.addAll(EmbeddedModels.files(io.nerbyoc.config.Profile.ACCURATE));
      files.add(EmbeddedModels.CASELESS_3CLASS);
    }
    if (gazetteers) {
      files.add(Gazetteer.FILE);
    }
    if (encoderTags) {
      files.add(TextEncoder.MODEL);
      files.add(TextEncoder.TOKENIZER);
    }
    return files;
  }
}
