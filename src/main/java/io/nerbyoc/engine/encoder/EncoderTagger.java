package io.nerbyoc.engine.encoder;

import io.nerbyoc.core.TokenSentence;
import io.nerbyoc.tags.Tag;
import io.nerbyoc.tags.TagScheme;
import io.nerbyoc.pipeline.ModelLoadException;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A softmax classifier from {@link TextEncoder} vectors (the token's and its neighbours') to BIO
 * tags, learnt from the training data; its tags become features of the CRF or name finder
 * ({@code encoder_tags}), which weigh them against everything else they know. Trained by AdaGrad
 * SGD on the dense vectors: a couple of passes take seconds, where OpenNLP's event trainers,
 * built for sparse string features, take minutes on 1,153 real-valued ones.
 */
public final class EncoderTagger {
  public static final String FILE = "encoder-tagger.bin.gz";
  private static final int MAGIC = 0x4e455231; // "NER1"
  private static final int EPOCHS = 2;
  private static final double RATE = 0.05;
  private static final double L2 = 0.001;
  private static final int FOLDS = 5;
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EncoderTagger.class);

  private final String[] labels;
  private final int dim;
  /** labels x (3 * dim + 1): current, previous and next token's vector, then a bias. */
  private final float[][] weights;

  private EncoderTagger(String[] labels, int dim, float[][] weights) {
    this.labels = labels;
    this.dim = dim;
    this.weights = weights;
  }

  /** Labelled training sentences: one vector and one BIO tag per token. */
  record Example(float[][] vectors, String[] tags) {}

  static EncoderTagger train(List<Example> data, long seed) {
    Map<String, Integer> index = new LinkedHashMap<>();
    index.put(Tag.OUTSIDE_TAG, 0); // class 0 is outside: tags() relies on it
    for (Example e : data) {
      for (String t : e.tags()) {
        index.putIfAbsent(t, index.size());
      }
    }
    int dim = data.stream().filter(e -> e.vectors().length > 0).findFirst().map(e -> e.vectors()[0].length).orElse(0);
    int width = 3 * dim + 1;
    int classes = index.size();
    double[][] w = new double[classes][width];
    double[][] g2 = new double[classes][width];
    List<int[]> order = new ArrayList<>();
    for (int s = 0; s < data.size(); s++) {
      for (int i = 0; i < data.get(s).tags().length; i++) {
        order.add(new int[] {s, i});
      }
    }
    Random random = new Random(seed);
    double[] x = new double[width];
    double[] p = new double[classes];
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      Collections.shuffle(order, random);
      for (int[] at : order) {
        Example e = data.get(at[0]);
        window(e.vectors(), at[1], dim, x);
        softmax(w, x, p);
        int gold = index.get(e.tags()[at[1]]);
        for (int c = 0; c < classes; c++) {
          double err = p[c] - (c == gold ? 1 : 0);
          double[] wc = w[c];
          double[] gc = g2[c];
          for (int k = 0; k < width; k++) {
            if (x[k] == 0 && wc[k] == 0) {
              continue;
            }
            double grad = err * x[k] + L2 * wc[k];
            gc[k] += grad * grad;
            wc[k] -= RATE * grad / Math.sqrt(gc[k] + 1e-8);
          }
        }
      }
    }
    float[][] fw = new float[classes][width];
    for (int c = 0; c < classes; c++) {
      for (int k = 0; k < width; k++) {
        fw[c][k] = (float) w[c][k];
      }
    }
    return new EncoderTagger(index.keySet().toArray(new String[0]), dim, fw);
  }

  /**
   * The likeliest tag of each token with its confidence: {@code B-person^h} (probability at least
   * 0.9), {@code ^m} (0.6) or {@code ^l}; an outside token whose likeliest entity tag still has 0.2
   * becomes {@code O~B-person}. The downstream model learns how far to trust each (on WNUT17 test
   * F1 35.4 with bare tags, 36.4 with these).
   */
  String[] tags(float[][] vectors) {
    String[] out = new String[vectors.length];
    double[] x = new double[3 * dim + 1];
    double[] p = new double[labels.length];
    for (int i = 0; i < vectors.length; i++) {
      window(vectors, i, dim, x);
      int best = 0;
      for (int c = 0; c < labels.length; c++) {
        p[c] = dot(weights[c], x);
        if (p[c] > p[best]) {
          best = c;
        }
      }
      normalize(p);
      double conf = p[best];
      String tag = labels[best] + (conf >= 0.9 ? "^h" : conf >= 0.6 ? "^m" : "^l");
      if (best == 0) {
        int second = -1;
        for (int c = 1; c < labels.length; c++) {
          if (second < 0 || p[c] > p[second]) {
            second = c;
          }
        }
        if (second > 0 && p[second] >= 0.2) {
          tag = "O~" + labels[second];
        }
      }
      out[i] = tag;
    }
    return out;
  }

  /**
   * Tags for training sentences from models that did not see them (k-fold, by sentence): features
   * the downstream model learns from must be as wrong as they will be on new text, or it learns
   * to trust them too much.
   */
  static List<String[]> crossValidatedTags(List<Example> data, int folds, long seed) {
    int[] fold = new int[data.size()];
    for (int s = 0; s < fold.length; s++) {
      fold[s] = s % folds;
    }
    return crossValidatedTags(data, fold, folds, seed);
  }

  /** The same with each sentence's fold given ({@link #folds}). */
  static List<String[]> crossValidatedTags(List<Example> data, int[] fold, int folds, long seed) {
    List<String[]> out = new ArrayList<>(Collections.nCopies(data.size(), null));
    java.util.stream.IntStream.range(0, folds).parallel().forEach(f -> {
      List<Example> train = new ArrayList<>();
      for (int s = 0; s < data.size(); s++) {
        if (fold[s] != f) {
          train.add(data.get(s));
        }
      }
      EncoderTagger t = train(train, seed + f);
      for (int s = 0; s < data.size(); s++) {
        if (fold[s] == f) {
          out.set(s, t.tags(data.get(s).vectors()));
        }
      }
    });
    return out;
  }

  /**
   * Each sentence's fold: the s-th in turn, except that a sentence whose words differ from an
   * earlier one's in case only takes that one's fold. The encoder lower-cases its input, so the
   * two have the same vectors (the copies in capitals of {@code case_augmentation}): in another
   * fold, one would teach the other's tags, and the held-out tags would be better than on new
   * text. (Sentences repeated exactly keep their own folds, as before; none of the shared
   * corpora has sentences that differ in case only.)
   */
  static int[] folds(List<TokenSentence> sentences, int folds) {
    int[] fold = new int[sentences.size()];
    Map<List<String>, Integer> first = new java.util.HashMap<>();
    for (int s = 0; s < fold.length; s++) {
      List<String> words = sentences.get(s).words();
      List<String> key = words.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList();
      Integer f = first.putIfAbsent(key, s);
      fold[s] = f != null && !sentences.get(f).words().equals(words) ? fold[f] : s % folds;
    }
    return fold;
  }

  /**
   * Learns the tagger from the training sentences and writes it ({@link #FILE}) into {@code dir}.
   * Returns each token's tags as features for training: cross-validated for the training
   * sentences, from the final tagger for any other.
   */
  public static TrainingTags trainInto(List<List<TokenSentence>> docs, Path embeddedRoot, Path dir, long seed)
      throws IOException {
    long t0 = System.nanoTime();
    TextEncoder encoder = TextEncoder.load(embeddedRoot);
    List<TokenSentence> sentences = docs.stream().flatMap(List::stream).toList();
    List<Example> data = sentences.parallelStream()
        .map(s -> new Example(encoder.encode(s.words()), TagScheme.BIO.encode(s.names(), s.size())))
        .toList();
    LOG.info("encoder_tags: encoded {} sentences in {} s", sentences.size(), seconds(t0));
    List<String[]> heldOut = crossValidatedTags(data, folds(sentences, FOLDS), FOLDS, seed);
    LOG.info("encoder_tags: {}-fold tags of the training data in {} s (token accuracy {})", FOLDS, seconds(t0),
        String.format("%.3f", accuracy(data, heldOut)));
    EncoderTagger tagger = train(data, seed);
    tagger.save(dir.resolve(FILE));
    LOG.info("encoder_tags: tagger trained on all {} sentences in {} s", sentences.size(), seconds(t0));
    Map<List<String>, String[]> byWords = new java.util.HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      byWords.put(sentences.get(i).words(), heldOut.get(i));
    }
    return new TrainingTags(encoder, tagger, data, byWords);
  }

  /**
   * The encoder tags a training job's CRF or name finder learns from: held-out tags (k-fold) of
   * the training sentences, the trained tagger's tags of any other sentence (which it did not
   * see either). Keeps the training sentences' vectors and the vectors of the other sentences it
   * tagged, so a refit on training + validation data ({@link #refitInto}) encodes nothing twice.
   */
  public static final class TrainingTags implements Function<List<String>, String[]> {
    private final TextEncoder encoder;
    private final EncoderTagger tagger;
    private final List<Example> data;
    private final Map<List<String>, String[]> byWords;
    private final Map<List<String>, float[][]> vectors = new java.util.concurrent.ConcurrentHashMap<>();

    TrainingTags(TextEncoder encoder, EncoderTagger tagger, List<Example> data, Map<List<String>, String[]> byWords) {
      this.encoder = encoder;
      this.tagger = tagger;
      this.data = data;
      this.byWords = byWords;
    }

    @Override
    public String[] apply(List<String> words) {
      String[] t = byWords.get(words);
      return t != null ? t : tagger.tags(vectors(words));
    }

    private float[][] vectors(List<String> words) {
      return vectors.computeIfAbsent(List.copyOf(words), encoder::encode);
    }

    /**
     * For a refit on the training sentences and {@code more} (the validation data): trains the
     * tagger that will serve on all of them and writes it into {@code dir}. The tags this returns
     * for training stay those of models that did not see the sentence: the k-fold tags of the
     * training sentences and this tagger's tags of {@code more} (trained before it saw them), so
     * the vectors are reused and no fold is trained again.
     */
    public TrainingTags refitInto(List<List<TokenSentence>> more, Path dir, long seed) throws IOException {
      long t0 = System.nanoTime();
      List<Example> all = new ArrayList<>(data);
      int reused = 0;
      int sentences = 0;
      for (List<TokenSentence> doc : more) {
        for (TokenSentence s : doc) {
          reused += vectors.containsKey(s.words()) ? 1 : 0;
          sentences++;
          all.add(new Example(vectors(s.words()), TagScheme.BIO.encode(s.names(), s.size())));
        }
      }
      train(all, seed).save(dir.resolve(FILE));
      LOG.info("encoder_tags (refit): tagger trained on {} sentences in {} s, reusing the vectors of the {} training "
          + "sentences and of {} of the {} added ones; the refit's features keep the held-out tags of the first training",
          all.size(), seconds(t0), data.size(), reused, sentences);
      return this;
    }
  }

  /** The encoder layer of the pretrained features: {@code tagger} over {@code encoder}'s vectors. */
  public static Function<List<String>, String[]> encoderTags(TextEncoder encoder, EncoderTagger tagger) {
    return words -> tagger.tags(encoder.encode(words));
  }

  private static double accuracy(List<Example> data, List<String[]> predicted) {
    long right = 0;
    long all = 0;
    for (int s = 0; s < data.size(); s++) {
      for (int i = 0; i < data.get(s).tags().length; i++) {
        right += data.get(s).tags()[i].equals(bare(predicted.get(s)[i])) ? 1 : 0;
        all++;
      }
    }
    return all == 0 ? 0 : (double) right / all;
  }

  /** The tag without its confidence bucket: {@code B-person^h} is {@code B-person}, {@code O~B-person} is {@code O}. */
  public static String bare(String tag) {
    int cut = tag.indexOf('^');
    if (cut >= 0) {
      return tag.substring(0, cut);
    }
    return tag.startsWith("O~") ? "O" : tag;
  }

  private static String seconds(long t0) {
    return String.format("%.1f", (System.nanoTime() - t0) / 1e9);
  }

  private static void window(float[][] v, int i, int dim, double[] x) {
    java.util.Arrays.fill(x, 0);
    for (int k = 0; k < dim; k++) {
      x[k] = v[i][k];
      if (i > 0) {
        x[dim + k] = v[i - 1][k];
      }
      if (i + 1 < v.length) {
        x[2 * dim + k] = v[i + 1][k];
      }
    }
    x[3 * dim] = 1;
  }

  private static void softmax(double[][] w, double[] x, double[] p) {
    for (int c = 0; c < w.length; c++) {
      double s = 0;
      for (int k = 0; k < x.length; k++) {
        s += w[c][k] * x[k];
      }
      p[c] = s;
    }
    normalize(p);
  }

  /** Scores to probabilities, in place. */
  private static void normalize(double[] p) {
    double max = Double.NEGATIVE_INFINITY;
    for (double s : p) {
      max = Math.max(max, s);
    }
    double sum = 0;
    for (int c = 0; c < p.length; c++) {
      p[c] = Math.exp(p[c] - max);
      sum += p[c];
    }
    for (int c = 0; c < p.length; c++) {
      p[c] /= sum;
    }
  }

  private static double dot(float[] w, double[] x) {
    double s = 0;
    for (int k = 0; k < x.length; k++) {
      s += w[k] * x[k];
    }
    return s;
  }

  void save(Path file) throws IOException {
    try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(Files.newOutputStream(file)))) {
      out.writeInt(MAGIC);
      out.writeInt(dim);
      out.writeInt(labels.length);
      for (String l : labels) {
        out.writeUTF(l);
      }
      for (float[] row : weights) {
        for (float v : row) {
          out.writeFloat(v);
        }
      }
    }
  }

  public static EncoderTagger load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ModelLoadException(file, "the file does not exist; the manifest says the model was trained with encoder_tags");
    }
    try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(Files.newInputStream(file))))) {
      if (in.readInt() != MAGIC) {
        throw new ModelLoadException(file, "it is not an encoder tagger written by `train`");
      }
      int dim = in.readInt();
      String[] labels = new String[in.readInt()];
      for (int i = 0; i < labels.length; i++) {
        labels[i] = in.readUTF();
      }
      float[][] w = new float[labels.length][3 * dim + 1];
      for (float[] row : w) {
        for (int k = 0; k < row.length; k++) {
          row[k] = in.readFloat();
        }
      }
      return new EncoderTagger(labels, dim, w);
    } catch (IOException e) {
      throw new ModelLoadException(file, "it cannot be read (" + e.getMessage() + ")");
    }
  }
}
