package io.nerbyoc.spacy.nn;

import java.util.Map;

/**
 * spaCy's StaticVectors: the word's row of the pipeline's vectors table (found by its ORTH id;
 * no row gives zeros), projected by W (nO, dim) without bias. The table itself is not trained.
 */
public final class StaticVectors {
  private final Map<Long, Integer> keyToRow;
  private final float[] table;
  private final int dim;
  private final int nO;
  private final float[] w;

  public StaticVectors(Map<Long, Integer> keyToRow, float[] table, int dim, int nO, float[] w) {
    this.keyToRow = keyToRow;
    this.table = table;
    this.dim = dim;
    this.nO = nO;
    this.w = w;
  }

  /** Writes the projected vector of {@code key} into {@code out} at {@code off} (zeros when it has none). */
  public void embed(long key, float[] out, int off) {
    Integer row = keyToRow.get(key);
    if (row == null) {
      return;
    }
    int base = row * dim;
    for (int o = 0; o < nO; o++) {
      float s = 0f;
      int wr = o * dim;
      for (int i = 0; i < dim; i++) {
        s += w[wr + i] * table[base + i];
      }
      out[off + o] = s;
    }
  }
}
