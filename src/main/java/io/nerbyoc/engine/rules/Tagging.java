package io.nerbyoc.engine.rules;

import io.nerbyoc.core.TokenSentence;
import io.nerbyoc.engine.casing.Casing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The labels of one sentence's tokens, filled in by taggers and rules in turn. A token keeps the
 * first label it gets; later taggers only fill tokens still {@link #OUTSIDE}.
 */
public final class Tagging {
  public static final String OUTSIDE = "O";

  public final String[] words;
  public final String[] labels;
  public final double[] scores;
  public final String[] sources;
  private final int[] ids; // tokens of one entity share an id; 0 = outside
  private int nextId = 1;
  /** Whether this sentence's capitals mean anything; rules and document consistency ask. */
  public Casing casing = Casing.NORMAL;
  /** Per word, whether it touches the word before with no space ("Bois", "-", "Reymond"); null when not known. */
  public boolean[] attached;

  public Tagging(String[] words) {
    this.words = words;
    int n = words.length;
    labels = new String[n];
    scores = new double[n];
    sources = new String[n];
    ids = new int[n];
    Arrays.fill(labels, OUTSIDE);
  }

  public int size() {
    return words.length;
  }

  public boolean isFree(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!OUTSIDE.equals(labels[i])) {
        return false;
      }
    }
    return true;
  }

  public void set(int from, int to, String label, double score, String source) {
    int id = nextId++;
    for (int i = from; i < to; i++) {
      ids[i] = id;
      labels[i] = label;
      scores[i] = score;
      sources[i] = source;
    }
  }

  /** Makes tokens outside again: a later tagger may label them. */
  public void clear(int from, int to) {
    for (int i = from; i < to; i++) {
      ids[i] = 0;
      labels[i] = OUTSIDE;
      scores[i] = 0;
      sources[i] = null;
    }
  }

  /** Start of the entity (or outside run) that holds token {@code at}. */
  public int runStart(int at) {
    int i = at;
    while (i > 0 && ids[i - 1] == ids[at]) {
      i--;
    }
    return i;
  }

  /** The entities, in order: each run of one id whose first token has a label. */
  public List<TokenSentence.Name> spans() {
    List<TokenSentence.Name> out = new ArrayList<>();
    for (int i = 0; i < size(); ) {
      int j = runEnd(i);
      if (!OUTSIDE.equals(labels[i])) {
        out.add(new TokenSentence.Name(i, j, labels[i]));
      }
      i = j;
    }
    return out;
  }

  /** End (exclusive) of the entity that starts at {@code from}, or of the outside run. */
  public int runEnd(int from) {
    int j = from + 1;
    while (j < labels.length && ids[j] == ids[from]) {
      j++;
    }
    return j;
  }
}
