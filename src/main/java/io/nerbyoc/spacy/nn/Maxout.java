package io.nerbyoc.spacy.nn;

/**
 * thinc's Maxout followed by LayerNorm (spaCy always builds it with {@code normalize=True}):
 * y = layernorm(max over pieces of (W x + b)). W is (nO, nP, nI) as thinc stores it.
 */
public final class Maxout {
  private final int nO;
  private final int nP;
  private final int nI;
  private final float[] w;
  private final float[] b;
  private final float[] g;
  private final float[] beta;

  public Maxout(int nO, int nP, int nI, float[] w, float[] b, float[] g, float[] beta) {
    this.nO = nO;
    this.nP = nP;
    this.nI = nI;
    this.w = w;
    this.b = b;
    this.g = g;
    this.beta = beta;
  }

  public int nI() {
    return nI;
  }

  public int nO() {
    return nO;
  }

  /** Writes the output for input row {@code x} (at {@code xOff}) into {@code y} at {@code yOff}. */
  public void apply(float[] x, int xOff, float[] y, int yOff) {
    for (int o = 0; o < nO; o++) {
      float best = Float.NEGATIVE_INFINITY;
      for (int p = 0; p < nP; p++) {
        int row = (o * nP + p) * nI;
        float s = 0f;
        for (int i = 0; i < nI; i++) {
          s += w[row + i] * x[xOff + i];
        }
        s += b[o * nP + p];
        if (s > best) {
          best = s;
        }
      }
      y[yOff + o] = best;
    }
    layerNorm(y, yOff);
  }

  /** (x - mean) / sqrt(var + 1e-8) * G + b over one row, the variance without Bessel's correction. */
  private void layerNorm(float[] y, int off) {
    double mean = 0;
    for (int o = 0; o < nO; o++) {
      mean += y[off + o];
    }
    mean /= nO;
    double var = 0;
    for (int o = 0; o < nO; o++) {
      double d = y[off + o] - mean;
      var += d * d;
    }
    var = var / nO + 1e-8;
    double scale = 1.0 / Math.sqrt(var);
    for (int o = 0; o < nO; o++) {
      y[off + o] = (float) ((y[off + o] - mean) * scale) * g[o] + beta[o];
    }
  }
}
