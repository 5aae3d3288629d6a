package io.nerbyoc.spacy.nn;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link MatVec#multiplyRows} with the JDK's vector API (SIMD fused multiply-add, 15-20x the
 * scalar loop here): four rows at a time keep their accumulators in registers while each row of
 * the transposed weights is read once. Loaded only when the JVM runs with
 * {@code --add-modules jdk.incubator.vector} (container/NER/serve does).
 *
 * <p>Every vector is made inside {@link #multiplyRows} itself, never returned by a helper: C2 keeps
 * a vector in registers only when it knows its exact class, and a helper call that it declines to
 * inline (it does for rarely profiled call sites) hides that class, so the whole loop falls back
 * to boxed vectors, about 3x slower than the scalar loop (the "slow mode" in docs/PERFORMANCE.md).
 * The bias is therefore never null here.
 */
final class VectorKernels {
  private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

  private VectorKernels() {}

  /** As {@link MatVec#multiplyRows}, with a bias {@code b} that is never null. */
  static void multiplyRows(float[] wT, float[] b, int nO, int nI, float[] x, int rows, float[] y) {
    int bound = S.loopBound(nO);
    int r = 0;
    for (; r + 4 <= rows; r += 4) {
      int y0 = r * nO;
      int y1 = y0 + nO;
      int y2 = y1 + nO;
      int y3 = y2 + nO;
      int x0 = r * nI;
      int x1 = x0 + nI;
      int x2 = x1 + nI;
      int x3 = x2 + nI;
      for (int o = 0; o < bound; o += S.length()) {
        FloatVector a0 = FloatVector.fromArray(S, b, o);
        FloatVector a1 = a0;
        FloatVector a2 = a0;
        FloatVector a3 = a0;
        for (int i = 0; i < nI; i++) {
          FloatVector w = FloatVector.fromArray(S, wT, i * nO + o);
          a0 = w.fma(FloatVector.broadcast(S, x[x0 + i]), a0);
          a1 = w.fma(FloatVector.broadcast(S, x[x1 + i]), a1);
          a2 = w.fma(FloatVector.broadcast(S, x[x2 + i]), a2);
          a3 = w.fma(FloatVector.broadcast(S, x[x3 + i]), a3);
        }
        a0.intoArray(y, y0 + o);
        a1.intoArray(y, y1 + o);
        a2.intoArray(y, y2 + o);
        a3.intoArray(y, y3 + o);
      }
      for (int k = 0; k < 4; k++) {
        tail(wT, b, nO, nI, x, (r + k) * nI, y, (r + k) * nO, bound);
      }
    }
    for (; r < rows; r++) {
      int xr = r * nI;
      int yr = r * nO;
      for (int o = 0; o < bound; o += S.length()) {
        FloatVector a = FloatVector.fromArray(S, b, o);
        for (int i = 0; i < nI; i++) {
          a = FloatVector.fromArray(S, wT, i * nO + o).fma(FloatVector.broadcast(S, x[xr + i]), a);
        }
        a.intoArray(y, yr + o);
      }
      tail(wT, b, nO, nI, x, xr, y, yr, bound);
    }
  }

  /** Outputs past the last full vector, scalar. */
  private static void tail(float[] wT, float[] b, int nO, int nI, float[] x, int xr, float[] y, int yr, int from) {
    for (int o = from; o < nO; o++) {
      float s = b[o];
      for (int i = 0; i < nI; i++) {
        s += x[xr + i] * wT[i * nO + o];
      }
      y[yr + o] = s;
    }
  }
}
