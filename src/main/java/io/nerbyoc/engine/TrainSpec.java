package io.nerbyoc.engine;

/**
 * What a trainer needs from the validated hyperparameters, without the engine depending on the
 * training package.
 *
 * @param algorithm {@code maxent}, {@code maxent_qn}, {@code perceptron} (OpenNLP) or {@code crf}
 * @param tagScheme {@code bio} or {@code bilou} (also called IOBES): how entity tokens are coded
 * @param featureSet OpenNLP feature generators: {@code default} or {@code rich}
 */
public record TrainSpec(String algorithm, int iterations, int cutoff, String tagScheme, String featureSet, int threads) {
  public boolean isCrf() {
    return "crf".equals(algorithm);
  }
}
