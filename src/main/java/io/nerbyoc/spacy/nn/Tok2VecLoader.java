package io.nerbyoc.spacy.nn;

import io.nerbyoc.spacy.format.ThincModel;
import io.nerbyoc.spacy.vocab.LexemeFeatures;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Tok2Vec} from the layers of a thinc model file: the feature extractor's
 * columns, the hash embedding tables in column order, optional static vectors, then the maxout
 * layers (the first mixes the embeddings, the others are the encoder's) each with its layer norm.
 * Works on a tok2vec component's file and on a NER file that embeds its own tok2vec.
 */
public final class Tok2VecLoader {
  private Tok2VecLoader() {}

  /** Supplies the static vectors table when the model has a static_vectors layer. */
  public interface VectorsSource {
    StaticVectors project(int nO, int nI, float[] w) throws IOException;
  }

  public static Tok2Vec build(ThincModel m, VectorsSource vectors) throws IOException {
    List<ThincModel.Node> extractors = m.named("extract_features");
    if (extractors.size() != 1) {
      throw new IOException("expected one extract_features layer (MultiHashEmbed), found " + extractors.size()
          + "; only spaCy's hash-embedding CNN tok2vec is supported");
    }
    List<LexemeFeatures.Attr> attrs = new ArrayList<>();
    for (Object c : (List<?>) extractors.get(0).attrs().get("columns")) {
      attrs.add(attr(c));
    }
    List<HashEmbed> tables = new ArrayList<>();
    for (ThincModel.Node h : m.named("hashembed")) {
      int rows = h.dim("nV");
      int width = h.dim("nO");
      int seed = ((Number) h.attrs().get("seed")).intValue();
      int column = ((Number) h.attrs().get("column")).intValue();
      if (column != tables.size()) {
        throw new IOException("hash embedding tables are not in column order (found column " + column + " at "
            + tables.size() + ")");
      }
      tables.add(new HashEmbed(rows, width, seed, h.param("E").floats("hashembed E", rows, width)));
    }
    if (tables.size() != attrs.size()) {
      throw new IOException(attrs.size() + " embedded attributes but " + tables.size() + " hash embedding tables");
    }
    StaticVectors sv = null;
    List<ThincModel.Node> statics = m.named("static_vectors");
    if (!statics.isEmpty()) {
      ThincModel.Node s = statics.get(0);
      int nO = s.dim("nO");
      int nI = s.dim("nM");
      sv = vectors.project(nO, nI, s.param("W").floats("static_vectors W", nO, nI));
    }
    List<ThincModel.Node> maxouts = m.named("maxout");
    List<ThincModel.Node> norms = m.named("layernorm");
    if (maxouts.size() < 2 || maxouts.size() != norms.size()) {
      throw new IOException("expected normalised maxout layers (MultiHashEmbed's mixer and MaxoutWindowEncoder's "
          + "layers), found " + maxouts.size() + " maxout and " + norms.size() + " layernorm layers");
    }
    List<Maxout> layers = new ArrayList<>();
    for (int i = 0; i < maxouts.size(); i++) {
      layers.add(maxout(maxouts.get(i), norms.get(i)));
    }
    Maxout mixer = layers.remove(0);
    List<ThincModel.Node> windows = m.named("expand_window");
    int window = windows.isEmpty() ? 1 : ((Number) windows.get(0).attrs().get("window_size")).intValue();
    int width = mixer.nO();
    for (Maxout l : layers) {
      if (l.nI() != width * (2 * window + 1) || l.nO() != width) {
        throw new IOException("an encoder layer maps " + l.nI() + " to " + l.nO() + ", expected " + width * (2 * window + 1)
            + " to " + width + " (MaxoutWindowEncoder with window_size " + window + ")");
      }
    }
    return new Tok2Vec(attrs, tables, sv, mixer, layers, window, encoderPad(m, window * layers.size()));
  }

  /** thinc's with_array padding around the encoder (window x depth in MaxoutWindowEncoder.v2). */
  private static int encoderPad(ThincModel m, int fallback) {
    for (ThincModel.Node n : m.nodes()) {
      if (n.name().startsWith("with_array(residual(") && n.attrs().get("pad") instanceof Number p) {
        return p.intValue();
      }
    }
    return fallback;
  }

  private static Maxout maxout(ThincModel.Node mo, ThincModel.Node ln) throws IOException {
    int nO = mo.dim("nO");
    int nP = mo.dim("nP");
    int nI = mo.dim("nI");
    return new Maxout(nO, nP, nI, mo.param("W").floats("maxout W", nO, nP, nI), mo.param("b").floats("maxout b", nO, nP),
        ln.param("G").floats("layernorm G", nO), ln.param("b").floats("layernorm b", nO));
  }

  /** A feature column, by name or by spaCy's attribute id. */
  private static LexemeFeatures.Attr attr(Object column) throws IOException {
    Map<Long, LexemeFeatures.Attr> ids = Map.of(65L, LexemeFeatures.Attr.ORTH, 66L, LexemeFeatures.Attr.LOWER,
        67L, LexemeFeatures.Attr.NORM, 68L, LexemeFeatures.Attr.SHAPE, 69L, LexemeFeatures.Attr.PREFIX,
        70L, LexemeFeatures.Attr.SUFFIX, 73L, LexemeFeatures.Attr.LEMMA, 74L, LexemeFeatures.Attr.TAG);
    if (column instanceof Number n && ids.containsKey(n.longValue())) {
      return ids.get(n.longValue());
    }
    try {
      return LexemeFeatures.Attr.valueOf(String.valueOf(column).toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IOException("embeds the attribute " + column + "; supported: NORM, PREFIX, SUFFIX, SHAPE, LOWER, ORTH, TAG, LEMMA");
    }
  }
}
