package io.nerbyoc.spacy.nn;

/** thinc's Linear: y = W x + b, W as (nO, nI). */
public final class Linear {
  private final int nO;
  private final int nI;
  private final float[] wT;
  private final float[] b;

  public Linear(int nO, int nI, float[] w, float[] b) {
    this.nO = nO;
    this.nI = nI;
    this.wT = MatVec.transpose(w, nO, nI);
    this.b = b;
  }

  public int nO() {
    return nO;
  }

  public int nI() {
    return nI;
  }

  public void apply(float[] x, int xOff, float[] y, int yOff) {
    MatVec.multiply(wT, b, nO, nI, x, xOff, y, yOff);
  }

  /** {@link #apply} for {@code rows} contiguous rows. */
  public void applyRows(float[] x, int rows, float[] y) {
    MatVec.multiplyRows(wT, b, nO, nI, x, rows, y);
  }
}
