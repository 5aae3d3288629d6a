package io.nerbyoc.spacy.nn;

/** thinc's Linear: y = W x + b, W as (nO, nI). */
public final class Linear {
  private final int nO;
  private final int nI;
  private final float[] w;
  private final float[] b;

  public Linear(int nO, int nI, float[] w, float[] b) {
    this.nO = nO;
    this.nI = nI;
    this.w = w;
    this.b = b;
  }

  public int nO() {
    return nO;
  }

  public int nI() {
    return nI;
  }

  public void apply(float[] x, int xOff, float[] y, int yOff) {
    for (int o = 0; o < nO; o++) {
      float s = 0f;
      int row = o * nI;
      for (int i = 0; i < nI; i++) {
        s += w[row + i] * x[xOff + i];
      }
      y[yOff + o] = s + b[o];
    }
  }
}
