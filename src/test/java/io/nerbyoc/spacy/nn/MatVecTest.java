package io.nerbyoc.spacy.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MatVecTest {
  @Test
  void tests_run_with_the_vector_api_as_serve_does() {
    assertTrue(MatVec.VECTOR_API, "surefire's argLine should add --add-modules jdk.incubator.vector");
  }

  @Test
  void vector_kernel_agrees_with_the_scalar_loop_on_odd_sizes() {
    Random r = new Random(7);
    for (int[] dims : new int[][] {{18, 64, 1}, {288, 288, 7}, {37, 5, 9}, {3, 3, 4}}) {
      int nO = dims[0];
      int nI = dims[1];
      int rows = dims[2];
      float[] w = random(r, nO * nI);
      float[] b = random(r, nO);
      float[] x = random(r, rows * nI);
      float[] expected = new float[rows * nO];
      float[] actual = new float[rows * nO];
      float[] wT = MatVec.transpose(w, nO, nI);
      MatVec.scalarMultiplyRows(wT, b, nO, nI, x, rows, expected);
      VectorKernels.multiplyRows(wT, b, nO, nI, x, rows, actual);
      for (int i = 0; i < expected.length; i++) {
        assertEquals(expected[i], actual[i], 1e-4f * (1 + Math.abs(expected[i])), "dims " + nO + "x" + nI + " at " + i);
      }
      // and against the definition y = W x + b
      for (int row = 0; row < rows; row++) {
        for (int o = 0; o < nO; o++) {
          double s = b[o];
          for (int i = 0; i < nI; i++) {
            s += (double) w[o * nI + i] * x[row * nI + i];
          }
          assertEquals(s, actual[row * nO + o], 1e-4 * (1 + Math.abs(s)));
        }
      }
    }
  }

  @Test
  void without_a_bias_the_product_starts_from_zero() {
    Random r = new Random(11);
    int nO = 21;
    int nI = 13;
    int rows = 6;
    float[] wT = MatVec.transpose(random(r, nO * nI), nO, nI);
    float[] x = random(r, rows * nI);
    float[] expected = new float[rows * nO];
    float[] actual = new float[rows * nO];
    MatVec.scalarMultiplyRows(wT, null, nO, nI, x, rows, expected);
    MatVec.multiplyRows(wT, null, nO, nI, x, rows, actual);
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], 1e-4f * (1 + Math.abs(expected[i])), "at " + i);
    }
    float[] one = new float[nO];
    MatVec.multiply(wT, null, nO, nI, x, 0, one, 0);
    for (int o = 0; o < nO; o++) {
      assertEquals(expected[o], one[o], 1e-4f * (1 + Math.abs(expected[o])), "single row at " + o);
    }
  }

  private static float[] random(Random r, int n) {
    float[] a = new float[n];
    for (int i = 0; i < n; i++) {
      a[i] = (float) r.nextGaussian();
    }
    return a;
  }
}
