package io.nerbyoc.engine.encoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.protobuf.CodedOutputStream;
import io.nerbyoc.pipeline.ModelLoadException;
import io.nerbyoc.spacy.format.MiniJson;
import io.nerbyoc.spacy.nn.StaticVectors;
import io.nerbyoc.spacy.vocab.LexemeFeatures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PieceVectorsTest {
  private static final Path MODELS = Path.of("target/models");

  private static LexemeFeatures word(String text) {
    return new LexemeFeatures(0, 0, 0, 0, 0, 0, false, text);
  }

  /**
   * src/test/resources/encoder/piece-vectors.json was written by data/learned/piece_vectors.py, which
   * composed the decider's training vectors: each word's first 6 values and its squared norm.
   */
  @Test
  void composes_each_word_as_the_training_script_did() throws IOException {
    StaticVectors.Table table = PieceVectors.shipped(MODELS);
    assertEquals(384, table.dim());
    Map<String, Object> expected = MiniJson.parseObject(Files.readString(Path.of("src/test/resources/encoder/piece-vectors.json")));
    assertEquals(10, expected.size());
    for (Map.Entry<String, Object> e : expected.entrySet()) {
      float[] v = table.row(word(e.getKey()));
      if (e.getValue() == null) {
        assertNull(v, e.getKey());
        continue;
      }
      assertNotNull(v, e.getKey());
      List<?> want = (List<?>) e.getValue();
      float norm = 0f;
      for (float x : v) {
        norm += x * x;
      }
      for (int i = 0; i < 6; i++) {
        assertEquals(((Number) want.get(i)).floatValue(), v[i], 1e-6f, e.getKey() + " [" + i + "]");
      }
      assertEquals(((Number) want.get(6)).floatValue(), norm, 1e-4f, e.getKey() + " norm");
    }
  }

  @Test
  void words_differing_in_case_or_accents_share_a_vector_as_the_uncased_tokenizer_reads_them() {
    StaticVectors.Table table = PieceVectors.shipped(MODELS);
    assertArrayEquals(table.row(word("Paris")), table.row(word("PARIS")));
    assertArrayEquals(table.row(word("cafe")), table.row(word("café")));
  }

  @Test
  void reads_quantized_initializers_field_by_field() throws IOException {
    // ModelProto { graph (7) { initializer (5): weight_quantized dims [2,3] raw 6 bytes; _scale float_data; _zero_point int32_data } }
    byte[] quantized = tensor(List.of(2L, 3L), "w_quantized", new byte[] {1, 2, 3, 4, 5, 6}, null, null);
    byte[] scale = tensor(List.of(), "w_scale", null, 0.5f, null);
    byte[] zero = tensor(List.of(), "w_zero_point", null, null, 128);
    byte[] other = tensor(List.of(4L), "other", new byte[] {9, 9, 9, 9}, null, null);
    ByteArrayOutputStream graph = new ByteArrayOutputStream();
    CodedOutputStream g = CodedOutputStream.newInstance(graph);
    for (byte[] t : List.of(other, quantized, scale, zero)) {
      g.writeByteArray(5, t);
    }
    g.flush();
    ByteArrayOutputStream model = new ByteArrayOutputStream();
    CodedOutputStream m = CodedOutputStream.newInstance(model);
    m.writeInt64(1, 8); // ir_version, skipped
    m.writeByteArray(7, graph.toByteArray());
    m.flush();

    Map<String, PieceVectors.Tensor> t = PieceVectors.initializers(model.toByteArray(), "w");
    assertEquals(3, t.size(), "only the named tensors: " + t.keySet());
    assertEquals(List.of(2L, 3L), t.get("w_quantized").dims());
    assertArrayEquals(new byte[] {1, 2, 3, 4, 5, 6}, t.get("w_quantized").raw());
    assertEquals(0.5f, t.get("w_scale").numbers().get(0).floatValue());
    assertEquals(128, t.get("w_zero_point").numbers().get(0).intValue());
  }

  @Test
  void a_missing_encoder_is_a_load_error_that_names_the_file(@TempDir Path empty) {
    StaticVectors.Table table = PieceVectors.shipped(empty);
    ModelLoadException e = assertThrows(ModelLoadException.class, table::dim);
    assertEquals(true, e.getMessage().contains("e5-small-v2-q"), e.getMessage());
  }

  private static byte[] tensor(List<Long> dims, String name, byte[] raw, Float f, Integer i) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    CodedOutputStream o = CodedOutputStream.newInstance(b);
    if (!dims.isEmpty()) {
      ByteArrayOutputStream packed = new ByteArrayOutputStream();
      CodedOutputStream p = CodedOutputStream.newInstance(packed);
      for (long d : dims) {
        p.writeInt64NoTag(d);
      }
      p.flush();
      o.writeByteArray(1, packed.toByteArray());
    }
    o.writeInt32(2, raw != null ? 2 : f != null ? 1 : 6); // data_type, not read
    if (f != null) {
      o.writeFloat(4, f);
    }
    if (i != null) {
      o.writeInt32(5, i);
    }
    o.writeString(8, name);
    if (raw != null) {
      o.writeByteArray(9, raw);
    }
    o.flush();
    return b.toByteArray();
  }
}
