package io.nerbyoc.spacy.nn;

import io.nerbyoc.spacy.vocab.LexemeFeatures;
import java.util.Map;

/**
 * spaCy's StaticVectors: the word's row of a vectors table (no row gives zeros), projected by W
 * (nO, dim) without bias. The table itself is not trained.
 */
public final class StaticVectors {
  /** Where a word's vector comes from: the pipeline's own table, or one the caller supplies. */
  public interface Table {
    /** The vector's width. */
    int dim();

    /** The word's vector ({@link #dim()} values), or null when it has none. */
    float[] row(LexemeFeatures word);
  }

  private final Table table;
  private final int dim;
  private final int nO;
  private final float[] w;

  public StaticVectors(Table table, int nO, float[] w) {
    this.table = table;
    this.dim = table.dim();
    this.nO = nO;
    this.w = w;
  }

  /** spaCy's {@code vocab/vectors}: rows found by the word's ORTH id, as spaCy's default vectors mode does. */
  public static Table keyed(Map<Long, Integer> keyToRow, float[] data, int dim) {
    return new Table() {
      @Override
      public int dim() {
        return dim;
      }

      @Override
      public float[] row(LexemeFeatures word) {
        Integer row = keyToRow.get(word.orth());
        if (row == null) {
          return null;
        }
        float[] v = new float[dim];
        System.arraycopy(data, row * dim, v, 0, dim);
        return v;
      }
    };
  }

  /** Writes the projected vector of {@code word} into {@code out} at {@code off} (zeros when it has none). */
  public void embed(LexemeFeatures word, float[] out, int off) {
    float[] v = table.row(word);
    if (v == null) {
      return;
    }
    for (int o = 0; o < nO; o++) {
      float s = 0f;
      int wr = o * dim;
      for (int i = 0; i < dim; i++) {
        s += w[wr + i] * v[i];
      }
      out[off + o] = s;
    }
  }
}
