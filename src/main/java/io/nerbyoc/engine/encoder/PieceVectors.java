package io.nerbyoc.engine.encoder;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import io.nerbyoc.pipeline.ModelLoadException;
import io.nerbyoc.spacy.nn.StaticVectors;
import io.nerbyoc.spacy.vocab.LexemeFeatures;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Static word vectors for the stacked decider, composed from the shipped encoder's word-piece input
 * embeddings: a word's vector is the mean of its pieces' rows (the encoder's own vocabulary, cut by
 * {@link WordPieces}). Every word has one, seen in training or not, and nothing but the encoder's
 * files is shipped for it. {@code data/learned/piece_vectors.py} composes the same vectors for
 * training. The table stays int8 as the ONNX file holds it (11.7 MB) and is dequantized per word.
 * Thread-safe.
 */
public final class PieceVectors implements StaticVectors.Table {
  /** The ONNX initializer holding the embedding table, quantized: its {@code _quantized}, {@code _scale}, {@code _zero_point}. */
  static final String TABLE = "embeddings.word_embeddings.weight";
  private static final Map<Path, PieceVectors> LOADED = new ConcurrentHashMap<>();

  private final WordPieces pieces;
  private final byte[] quantized;
  private final int dim;
  private final float scale;
  private final int zeroPoint;

  PieceVectors(WordPieces pieces, byte[] quantized, int dim, float scale, int zeroPoint) {
    this.pieces = pieces;
    this.quantized = quantized;
    this.dim = dim;
    this.scale = scale;
    this.zeroPoint = zeroPoint;
  }

  /** The vectors of the encoder under the embedded model root, read once per process on first use. */
  public static StaticVectors.Table shipped(Path embeddedRoot) {
    Path root = embeddedRoot.toAbsolutePath().normalize();
    return new StaticVectors.Table() {
      @Override
      public int dim() {
        return LOADED.computeIfAbsent(root, PieceVectors::open).dim();
      }

      @Override
      public float[] row(LexemeFeatures word) {
        return LOADED.computeIfAbsent(root, PieceVectors::open).row(word);
      }
    };
  }

  private static PieceVectors open(Path root) {
    Path model = root.resolve(TextEncoder.MODEL);
    Path vocab = root.resolve(TextEncoder.TOKENIZER); // its vocabulary only: no native tokenizer is loaded
    for (Path p : List.of(model, vocab)) {
      if (!Files.isRegularFile(p)) {
        throw new ModelLoadException(p, "the encoder file the decider's word vectors come from is missing; rebuild with "
            + "`mvn package`, which extracts it");
      }
    }
    try {
      WordPieces pieces = WordPieces.read(vocab);
      Map<String, Tensor> t = initializers(Files.readAllBytes(model), TABLE);
      Tensor q = t.get(TABLE + "_quantized");
      Tensor s = t.get(TABLE + "_scale");
      Tensor z = t.get(TABLE + "_zero_point");
      if (q == null || s == null || z == null || q.dims.size() != 2 || q.raw == null || s.numbers.isEmpty()
          || z.numbers.isEmpty()) {
        throw new IOException("no uint8-quantized " + TABLE + " in the model");
      }
      int dim = q.dims.get(1).intValue();
      return new PieceVectors(pieces, q.raw, dim, s.numbers.get(0).floatValue(), z.numbers.get(0).intValue());
    } catch (IOException | RuntimeException e) {
      throw new ModelLoadException(model, "the decider's word vectors cannot be read from the encoder (" + e.getMessage() + ")");
    }
  }

  @Override
  public int dim() {
    return dim;
  }

  /** The mean of the word's pieces' rows; null for a word with no known piece. */
  @Override
  public float[] row(LexemeFeatures word) {
    int[] ids = pieces.ids(word.text());
    if (ids.length == 0) {
      return null;
    }
    float[] v = new float[dim];
    for (int id : ids) {
      int base = id * dim;
      for (int i = 0; i < dim; i++) {
        v[i] += ((quantized[base + i] & 0xff) - zeroPoint) * scale;
      }
    }
    for (int i = 0; i < dim; i++) {
      v[i] /= ids.length;
    }
    return v;
  }

  /** An ONNX TensorProto's fields this reads: dims, raw_data, float_data or int32_data. */
  record Tensor(List<Long> dims, byte[] raw, List<Number> numbers) {}

  /**
   * The initializers of an ONNX ModelProto whose names start with {@code prefix}, read field by
   * field (ModelProto.graph = 7, GraphProto.initializer = 5; TensorProto dims = 1, float_data = 4,
   * int32_data = 5, name = 8, raw_data = 9), so no ONNX schema classes are needed.
   */
  static Map<String, Tensor> initializers(byte[] model, String prefix) throws IOException {
    Map<String, Tensor> out = new java.util.HashMap<>();
    CodedInputStream in = CodedInputStream.newInstance(model);
    in.setSizeLimit(Integer.MAX_VALUE);
    for (int tag; (tag = in.readTag()) != 0; ) {
      if (WireFormat.getTagFieldNumber(tag) != 7) {
        in.skipField(tag);
        continue;
      }
      int graphEnd = in.pushLimit(in.readRawVarint32());
      for (int g; (g = in.readTag()) != 0; ) {
        if (WireFormat.getTagFieldNumber(g) != 5) {
          in.skipField(g);
          continue;
        }
        int tensorEnd = in.pushLimit(in.readRawVarint32());
        readTensor(in, prefix, out);
        in.popLimit(tensorEnd);
      }
      in.popLimit(graphEnd);
    }
    return out;
  }

  private static void readTensor(CodedInputStream in, String prefix, Map<String, Tensor> out) throws IOException {
    List<Long> dims = new ArrayList<>();
    List<Number> numbers = new ArrayList<>();
    String name = null;
    byte[] raw = null;
    for (int tag; (tag = in.readTag()) != 0; ) {
      int field = WireFormat.getTagFieldNumber(tag);
      boolean packed = WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED;
      switch (field) {
        case 1, 4, 5 -> {
          int end = packed ? in.pushLimit(in.readRawVarint32()) : -1;
          do {
            if (field == 1) {
              dims.add(in.readInt64());
            } else if (field == 4) {
              numbers.add(in.readFloat());
            } else {
              numbers.add(in.readInt32());
            }
          } while (packed && !in.isAtEnd());
          if (packed) {
            in.popLimit(end);
          }
        }
        case 8 -> name = in.readString();
        case 9 -> {
          if (name != null && name.startsWith(prefix)) {
            raw = in.readByteArray();
          } else {
            in.skipField(tag); // the encoder's other weights
          }
        }
        default -> in.skipField(tag);
      }
    }
    if (name != null && name.startsWith(prefix)) {
      if (raw != null && numbers.isEmpty() && !name.endsWith("_quantized")) {
        // a scalar stored as raw bytes: float scale or int zero point, little-endian
        ByteBuffer bb = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        numbers.add(name.endsWith("_scale") ? bb.getFloat() : raw.length >= 4 ? bb.getInt() : raw[0] & 0xff);
      }
      out.put(name, new Tensor(dims, raw, numbers));
    }
  }
}
