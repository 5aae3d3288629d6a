package io.nerbyoc.spacy.nn;

/**
 * Matrix-vector products laid out for the JIT: the weights transposed to (nI, nO) so the inner
 * loop is y[:] += x[i] * row, which HotSpot vectorises (a dot-product reduction it would not).
 */
final class MatVec {
  /** Whether the JVM has the vector API module (java --add-modules jdk.incubator.vector). */
  static final boolean VECTOR_API = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

  private MatVec() {}

  /** (nO, nI) row-major as thinc stores W, to (nI, nO). */
  static float[] transpose(float[] w, int nO, int nI) {
    float[] t = new float[w.length];
    for (int o = 0; o < nO; o++) {
      for (int i = 0; i < nI; i++) {
        t[i * nO + o] = w[o * nI + i];
      }
    }
    return t;
  }

  /** y[yOff .. yOff+nO) = b + x[xOff .. xOff+nI) · wT, with wT as (nI, nO). */
  static void multiply(float[] wT, float[] b, int nO, int nI, float[] x, int xOff, float[] y, int yOff) {
    if (VECTOR_API && xOff == 0 && yOff == 0) {
      VectorKernels.multiplyRows(wT, b == null ? new float[nO] : b, nO, nI, x, 1, y);
      return;
    }
    if (b == null) {
      java.util.Arrays.fill(y, yOff, yOff + nO, 0f);
    } else {
      System.arraycopy(b, 0, y, yOff, nO);
    }
    for (int i = 0; i < nI; i++) {
      float xi = x[xOff + i];
      if (xi == 0f) {
        continue;
      }
      int row = i * nO;
      for (int o = 0; o < nO; o++) {
        y[yOff + o] += xi * wT[row + o];
      }
    }
  }

  /** Rows processed together: each row of wT is read once per block instead of once per input row. */
  private static final int BLOCK = 8;

  /**
   * Y = X · wT + b for {@code rows} rows: X is (rows, nI) and Y (rows, nO), both contiguous from
   * offset 0.
   */
  static void multiplyRows(float[] wT, float[] b, int nO, int nI, float[] x, int rows, float[] y) {
    if (VECTOR_API) {
      VectorKernels.multiplyRows(wT, b == null ? new float[nO] : b, nO, nI, x, rows, y);
    } else {
      scalarMultiplyRows(wT, b, nO, nI, x, rows, y);
    }
  }

  /** The fallback without the vector API module. */
  static void scalarMultiplyRows(float[] wT, float[] b, int nO, int nI, float[] x, int rows, float[] y) {
    for (int r = 0; r < rows; r++) {
      if (b == null) {
        java.util.Arrays.fill(y, r * nO, (r + 1) * nO, 0f);
      } else {
        System.arraycopy(b, 0, y, r * nO, nO);
      }
    }
    for (int r0 = 0; r0 < rows; r0 += BLOCK) {
      int r1 = Math.min(rows, r0 + BLOCK);
      for (int i = 0; i < nI; i++) {
        int row = i * nO;
        for (int r = r0; r < r1; r++) {
          float xi = x[r * nI + i];
          if (xi == 0f) {
            continue;
          }
          int yOff = r * nO;
          for (int o = 0; o < nO; o++) {
            y[yOff + o] += xi * wT[row + o];
          }
        }
      }
    }
  }
}
