package io.nerbyoc.spacy.vocab;

/**
 * The two hashes a spaCy pipeline's numbers depend on, reimplemented from their published
 * algorithms: MurmurHash64A (Austin Appleby, public domain), which spaCy's StringStore uses to turn
 * strings into 64-bit ids, and the fixed-length 128-bit variant thinc's HashEmbed applies to one
 * 64-bit id to pick its four embedding rows.
 */
public final class MurmurHash {
  private static final long M = 0xc6a4a7935bd1e995L;
  private static final int R = 47;

  private MurmurHash() {}

  /** MurmurHash64A of {@code data} with {@code seed}, little-endian blocks as on x86-64. */
  public static long hash64A(byte[] data, long seed) {
    int len = data.length;
    long h = seed ^ (len * M);
    int blocks = len / 8;
    for (int b = 0; b < blocks; b++) {
      int i = b * 8;
      long k = (data[i] & 0xffL) | (data[i + 1] & 0xffL) << 8 | (data[i + 2] & 0xffL) << 16
          | (data[i + 3] & 0xffL) << 24 | (data[i + 4] & 0xffL) << 32 | (data[i + 5] & 0xffL) << 40
          | (data[i + 6] & 0xffL) << 48 | (data[i + 7] & 0xffL) << 56;
      k *= M;
      k ^= k >>> R;
      k *= M;
      h ^= k;
      h *= M;
    }
    int tail = blocks * 8;
    int rest = len & 7;
    if (rest > 0) {
      for (int j = rest - 1; j >= 0; j--) {
        h ^= (data[tail + j] & 0xffL) << (8 * j);
      }
      h *= M;
    }
    h ^= h >>> R;
    h *= M;
    h ^= h >>> R;
    return h;
  }

  /**
   * thinc's hash of one unsigned 64-bit id into four unsigned 32-bit keys (returned in the low bits
   * of longs): the 128-bit MurmurHash3 finalisation over a single 8-byte block.
   */
  public static void hashId(long id, int seed, long[] out) {
    long s = seed & 0xffffffffL;
    long h1 = id * 0x87c37b91114253d5L;
    h1 = Long.rotateLeft(h1, 31);
    h1 *= 0x4cf5ad432745937fL;
    h1 ^= s;
    h1 ^= 8;
    long h2 = s ^ 8;
    h1 += h2;
    h2 += h1;
    h1 = fmix(h1);
    h2 = fmix(h2);
    h1 += h2;
    h2 += h1;
    out[0] = h1 & 0xffffffffL;
    out[1] = h1 >>> 32;
    out[2] = h2 & 0xffffffffL;
    out[3] = h2 >>> 32;
  }

  private static long fmix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
