package io.nerbyoc.spacy.nn;

import io.nerbyoc.spacy.vocab.LexemeFeatures;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

  /** Words whose projection is kept: a table that composes vectors (a tokenizer call each) is asked once per word. */
  private static final int CACHE_LIMIT = 50_000;
  private static final float[] NONE = new float[0];

  private final Table table;
  private final Linear projection;
  private final Map<String, float[]> projected = new ConcurrentHashMap<>();

  public StaticVectors(Table table, int nO, float[] w) {
    this.table = table;
    this.projection = new Linear(nO, table.dim(), w, null);
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
    float[] p = projected.get(word.text());
    if (p == null) {
      p = project(table.row(word));
      if (projected.size() < CACHE_LIMIT) {
        projected.put(word.text(), p);
      }
    }
    System.arraycopy(p, 0, out, off, p.length);
  }

  private float[] project(float[] v) {
    if (v == null) {
      return NONE;
    }
    float[] p = new float[projection.nO()];
    projection.apply(v, 0, p, 0);
    return p;
  }
}
