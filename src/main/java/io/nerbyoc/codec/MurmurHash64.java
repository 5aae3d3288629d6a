package io.nerbyoc.codec;

/**
 * MurmurHash64A (Austin Appleby's, public domain) with seed 1: how spaCy's StringStore turns a
 * string's UTF-8 bytes into the id a DocBin stores ({@code spacy.strings.hash_string}).
 */
final class MurmurHash64 {
  private static final long M = 0xc6a4a7935bd1e995L;
  private static final int R = 47;
  private static final long SEED = 1;

  private MurmurHash64() {}

  static long hash(byte[] data) {
    int length = data.length;
    long h = SEED ^ (length * M);
    int blocks = length / 8;
    for (int i = 0; i < blocks; i++) {
      long k = 0;
      for (int b = 7; b >= 0; b--) {
        k = (k << 8) | (data[i * 8 + b] & 0xffL);
      }
      k *= M;
      k ^= k >>> R;
      k *= M;
      h ^= k;
      h *= M;
    }
    int tail = blocks * 8;
    int rest = length & 7;
    for (int i = rest - 1; i >= 0; i--) {
      h ^= (data[tail + i] & 0xffL) << (8 * i);
    }
    if (rest > 0) {
      h *= M;
    }
    h ^= h >>> R;
    h *= M;
    h ^= h >>> R;
    return h;
  }
}
