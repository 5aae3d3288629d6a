package io.nerbyoc.spacy.nn;

import io.nerbyoc.spacy.vocab.LexemeFeatures;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * spaCy's CNN token-to-vector model ({@code spacy.Tok2Vec.v2} of {@code MultiHashEmbed.v2} and
 * {@code MaxoutWindowEncoder.v2}): each token's attributes hash-embedded and concatenated (with
 * projected static vectors when the pipeline has them), mixed by a normalised maxout, then
 * {@code depth} residual layers over a window of neighbours. The encoder sees the document
 * between {@code pad} zero rows on each side, as thinc's padded flattening gives it.
 */
public final class Tok2Vec {
  private static final int CACHE_LIMIT = 20_000;
  private static final int BLOCK_ROWS = 256;

  private final List<LexemeFeatures.Attr> attrs;
  private final List<HashEmbed> tables;
  private final StaticVectors vectors;
  private final Maxout mixer;
  private final List<Maxout> layers;
  private final int window;
  private final int pad;
  private final int width;
  /** Mixed embeddings depend on a word's attributes only: cached per distinct attribute set. */
  private final Map<LexemeFeatures, float[]> embedCache = new ConcurrentHashMap<>();

  public Tok2Vec(List<LexemeFeatures.Attr> attrs, List<HashEmbed> tables, StaticVectors vectors, Maxout mixer,
      List<Maxout> layers, int window, int pad) {
    this.attrs = List.copyOf(attrs);
    this.tables = List.copyOf(tables);
    this.vectors = vectors;
    this.mixer = mixer;
    this.layers = List.copyOf(layers);
    this.window = window;
    this.pad = pad;
    this.width = mixer.nO();
  }

  public int width() {
    return width;
  }

  /** Whether a token's TAG or LEMMA is embedded: attributes only a caller sets here (see LexemeFeatures). */
  public boolean readsTags() {
    return attrs.contains(LexemeFeatures.Attr.TAG) || attrs.contains(LexemeFeatures.Attr.LEMMA);
  }

  /** One row of {@link #width()} floats per token; {@code progress} runs every few hundred rows (deadlines). */
  public float[] forward(List<LexemeFeatures> tokens, Runnable progress) {
    int n = tokens.size();
    int rows = n + 2 * pad;
    float[] x = new float[rows * width];
    for (int t = 0; t < n; t++) {
      System.arraycopy(embed(tokens.get(t)), 0, x, (t + pad) * width, width);
    }
    int span = 2 * window + 1;
    // Window columns are built a block of rows at a time: bounded memory for long documents.
    int block = Math.min(rows, BLOCK_ROWS);
    float[] cols = new float[block * span * width];
    float[] part = new float[block * width];
    float[] y = new float[rows * width];
    for (Maxout layer : layers) {
      for (int r0 = 0; r0 < rows; r0 += block) {
        progress.run();
        int r1 = Math.min(rows, r0 + block);
        for (int r = r0; r < r1; r++) {
          for (int k = 0; k < span; k++) {
            int src = r - window + k;
            int dst = ((r - r0) * span + k) * width;
            if (src < 0 || src >= rows) {
              java.util.Arrays.fill(cols, dst, dst + width, 0f);
            } else {
              System.arraycopy(x, src * width, cols, dst, width);
            }
          }
        }
        layer.applyRows(cols, r1 - r0, part);
        for (int i = 0; i < (r1 - r0) * width; i++) {
          y[r0 * width + i] = part[i] + x[r0 * width + i];
        }
      }
      float[] swap = x;
      x = y;
      y = swap;
    }
    float[] out = new float[n * width];
    System.arraycopy(x, pad * width, out, 0, n * width);
    return out;
  }

  private float[] embed(LexemeFeatures f) {
    float[] cached = embedCache.get(f);
    if (cached != null) {
      return cached;
    }
    int tw = tables.isEmpty() ? 0 : tables.get(0).width();
    float[] concat = new float[mixer.nI()];
    for (int k = 0; k < tables.size(); k++) {
      tables.get(k).embed(f.attr(attrs.get(k)), concat, k * tw);
    }
    if (vectors != null) {
      vectors.embed(f, concat, tables.size() * tw);
    }
    float[] out = new float[width];
    mixer.apply(concat, 0, out, 0);
    if (embedCache.size() < CACHE_LIMIT) {
      embedCache.put(f, out);
    }
    return out;
  }
}
