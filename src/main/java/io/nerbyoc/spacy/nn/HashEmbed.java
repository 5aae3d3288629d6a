package io.nerbyoc.spacy.nn;

import io.nerbyoc.spacy.vocab.MurmurHash;

/**
 * thinc's HashEmbed: an id is hashed with the layer's seed into four keys, each picks a row of
 * the table (key mod rows), and the four rows are summed.
 */
public final class HashEmbed {
  private final int rows;
  private final int width;
  private final int seed;
  private final float[] table;

  public HashEmbed(int rows, int width, int seed, float[] table) {
    this.rows = rows;
    this.width = width;
    this.seed = seed;
    this.table = table;
  }

  public int width() {
    return width;
  }

  /** Adds the embedding of {@code id} into {@code out} at {@code off}. */
  public void embed(long id, float[] out, int off) {
    long[] keys = new long[4];
    MurmurHash.hashId(id, seed, keys);
    for (long k : keys) {
      int row = (int) (k % rows) * width;
      for (int i = 0; i < width; i++) {
        out[off + i] += table[row + i];
      }
    }
  }
}
