package io.nerbyoc.engine.corenlp;

import io.nerbyoc.engine.encoder.EncoderTagger;
import io.nerbyoc.tags.TagScheme;

/**
 * What a trainer needs from the validated hyperparameters, without the engine depending on the
 * training package.
 *
 * @param algorithm {@code maxent} (L-BFGS), {@code maxent_gis}, {@code perceptron} (OpenNLP) or {@code crf}
 * @param tagScheme {@link TagScheme#BIO} or {@link TagScheme#BILOU} (also called IOBES): how entity tokens are coded
 * @param featureSet {@code default} or {@code rich}: OpenNLP's feature generators; for the CRF, {@code rich} adds
 *     case-insensitive features and a weaker prior (sigma 3; {@code corenlp.training.CrfTrainer})
 * @param wordClusters add the embedded models' word clusters as features ({@link PretrainedFeatures})
 * @param pretrainedTags add the embedded models' entity tags as features
 * @param gazetteers add name and place list matches as features ({@link Gazetteer})
 * @param encoderTags add the tags of an {@link EncoderTagger} trained on the same data as features
 * @param seed for everything random in training (the encoder tagger's folds and shuffles)
 */
public record TrainSpec(String algorithm, int iterations, int cutoff, TagScheme tagScheme, String featureSet, int threads,
    boolean wordClusters, boolean pretrainedTags, boolean gazetteers, boolean encoderTags, long seed) {
  public boolean isCrf() {
    return "crf".equals(algorithm);
  }
}
