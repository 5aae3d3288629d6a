package io.nerbyoc.spacy.nn;

/**
 * thinc's Maxout followed by LayerNorm (spaCy always builds it with {@code normalize=True}):
 * y = layernorm(max over pieces of (W x + b)). W is (nO, nP, nI) as thinc stores it.
 */
public final class Maxout {
  private final int nO;
  private final int nP;
  private final int nI;
  private final float[] wT;
  private final float[] b;
  private final float[] g;
  private final float[] beta;

  public Maxout(int nO, int nP, int nI, float[] w, float[] b, float[] g, float[] beta) {
    this.nO = nO;
    this.nP = nP;
    this.nI = nI;
    this.wT = MatVec.transpose(w, nO * nP, nI);
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
    float[] pieces = new float[nO * nP];
    MatVec.multiply(wT, b, nO * nP, nI, x, xOff, pieces, 0);
    for (int o = 0; o < nO; o++) {
      float best = pieces[o * nP];
      for (int p = 1; p < nP; p++) {
        if (pieces[o * nP + p] > best) {
          best = pieces[o * nP + p];
        }
      }
      y[yOff + o] = best;
    }
    layerNorm(y, yOff);
  }

  /** {@link #apply} for {@code rows} contiguous input rows of nI, written as rows of nO into {@code y}. */
  public void applyRows(float[] x, int rows, float[] y) {
    float[] pieces = new float[rows * nO * nP];
    MatVec.multiplyRows(wT, b, nO * nP, nI, x, rows, pieces);
    for (int r = 0; r < rows; r++) {
      int base = r * nO * nP;
      for (int o = 0; o < nO; o++) {
        float best = pieces[base + o * nP];
        for (int p = 1; p < nP; p++) {
          if (pieces[base + o * nP + p] > best) {
            best = pieces[base + o * nP + p];
          }
        }
        y[r * nO + o] = best;
      }
      layerNorm(y, r * nO);
    }
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
