package io.nerbyoc.patterns;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A trie over token sequences for phrase patterns: matching costs a few hash look-ups per token
 * whatever the number of phrases. Tokens are interned to ints and edges kept in one
 * open-addressing long→int table, so a million phrases fit in a few hundred MB.
 */
final class PhraseIndex {
  private final boolean caseInsensitive;
  private final Map<String, Integer> vocab = new HashMap<>();
  private long[] keys = new long[1 << 16];
  private int[] values = new int[1 << 16];
  private int edges;
  private int[] payload = new int[1 << 16]; // node -> pattern index, or -1
  private int nodes = 1; // node 0 is the root
  private int maxLength;

  PhraseIndex(boolean caseInsensitive) {
    this.caseInsensitive = caseInsensitive;
    Arrays.fill(keys, -1L);
    Arrays.fill(payload, -1);
  }

  int size() {
    return edges;
  }

  /** Adds a phrase; when the same phrase appears twice, the first pattern keeps it. */
  void add(java.util.List<String> tokens, int pattern) {
    int node = 0;
    for (String t : tokens) {
      int tid = vocab.computeIfAbsent(key(t), k -> vocab.size());
      long edge = edgeKey(node, tid);
      int child = get(edge);
      if (child < 0) {
        child = nodes++;
        if (child >= payload.length) {
          int old = payload.length;
          payload = Arrays.copyOf(payload, old * 2);
          Arrays.fill(payload, old, payload.length, -1);
        }
        put(edge, child);
      }
      node = child;
    }
    if (node != 0 && payload[node] < 0) {
      payload[node] = pattern;
    }
    maxLength = Math.max(maxLength, tokens.size());
  }

  /**
   * The longest phrase starting at token {@code start}: {@code out[0]} = end (exclusive), {@code
   * out[1]} = pattern index; returns false when none starts there.
   */
  boolean longestAt(String[] tokens, int start, int[] out) {
    int node = 0;
    boolean found = false;
    for (int j = start; j < tokens.length && j - start < maxLength; j++) {
      Integer tid = vocab.get(key(tokens[j]));
      if (tid == null) {
        break;
      }
      node = get(edgeKey(node, tid));
      if (node < 0) {
        break;
      }
      if (payload[node] >= 0) {
        out[0] = j + 1;
        out[1] = payload[node];
        found = true;
      }
    }
    return found;
  }

  private String key(String token) {
    return caseInsensitive ? token.toLowerCase(Locale.ROOT) : token;
  }

  private static long edgeKey(int node, int token) {
    return ((long) node << 32) | (token & 0xffffffffL);
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & (keys.length - 1);
  }

  private int get(long key) {
    for (int i = slot(key); ; i = (i + 1) & (keys.length - 1)) {
      if (keys[i] == key) {
        return values[i];
      }
      if (keys[i] == -1L) {
        return -1;
      }
    }
  }

  private void put(long key, int value) {
    if (2 * (edges + 1) > keys.length) {
      grow();
    }
    int i = slot(key);
    while (keys[i] != -1L) {
      i = (i + 1) & (keys.length - 1);
    }
    keys[i] = key;
    values[i] = value;
    edges++;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    Arrays.fill(keys, -1L);
    edges = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != -1L) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }
}
