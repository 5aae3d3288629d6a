package io.nerbyoc.spacy.nn;

/**
 * The network of spaCy's transition-based parser ({@code TransitionBasedParser.v2}): token vectors
 * projected to the hidden width, a "lower" layer precomputed per token and feature slot (W is
 * (nF, nO, nP, nI)), summed over a state's feature tokens (a missing token uses the learned
 * padding), plus bias, maxout over pieces, and the "upper" linear layer giving one score per
 * action. As in spaCy's greedy decoder, no other non-linearity is applied.
 */
public final class ParserModel {
  private final Linear projection;
  private final int nF;
  private final int nO;
  private final int nP;
  /** The lower layer's W as (nI, nF * nO * nP): one product gives every feature slot's block. */
  private final float[] lowerWT;
  private final float[] lowerB;
  private final float[] pad;
  private final Linear upper;

  public ParserModel(Linear projection, int nF, int nO, int nP, float[] lowerW, float[] lowerB, float[] pad,
      Linear upper) {
    this.projection = projection;
    this.nF = nF;
    this.nO = nO;
    this.nP = nP;
    this.lowerWT = MatVec.transpose(lowerW, nF * nO * nP, projection.nO());
    this.lowerB = lowerB;
    this.pad = pad;
    this.upper = upper;
  }

  public int features() {
    return nF;
  }

  public int classes() {
    return upper == null ? nO : upper.nO();
  }

  /** Per token and feature slot, the lower layer's (nO x nP) contribution. */
  public float[] precompute(float[] tokvecs, int n) {
    int hid = projection.nO();
    int width = nF * nO * nP;
    float[] all = new float[n * hid];
    projection.applyRows(tokvecs, n, all);
    float[] cached = new float[n * width];
    MatVec.multiplyRows(lowerWT, null, width, hid, all, n, cached);
    return cached;
  }

  /** Action scores for a state whose feature tokens are {@code ids} (-1: none). */
  public void scores(float[] cached, int[] ids, float[] unmaxed, float[] hidden, float[] out) {
    int block = nO * nP;
    java.util.Arrays.fill(unmaxed, 0f);
    for (int f = 0; f < nF; f++) {
      int base = ids[f] < 0 ? -1 : (ids[f] * nF + f) * block;
      for (int k = 0; k < block; k++) {
        unmaxed[k] += base < 0 ? pad[f * block + k] : cached[base + k];
      }
    }
    for (int k = 0; k < block; k++) {
      unmaxed[k] += lowerB[k];
    }
    for (int o = 0; o < nO; o++) {
      float best = unmaxed[o * nP];
      for (int p = 1; p < nP; p++) {
        if (unmaxed[o * nP + p] > best) {
          best = unmaxed[o * nP + p];
        }
      }
      hidden[o] = best;
    }
    if (upper == null) {
      System.arraycopy(hidden, 0, out, 0, nO);
    } else {
      upper.apply(hidden, 0, out, 0);
    }
  }

  public int hidden() {
    return nO;
  }

  public int pieces() {
    return nP;
  }
}
