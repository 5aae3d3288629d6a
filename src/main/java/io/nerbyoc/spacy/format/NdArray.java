package io.nerbyoc.spacy.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A numpy array as srsly's msgpack-numpy writes it: dtype string, shape, raw C-order bytes. */
public record NdArray(String dtype, int[] shape, byte[] data) {

  static boolean isEncoded(Map<Object, Object> m) {
    return Boolean.TRUE.equals(m.get("nd")) && m.containsKey("shape") && m.containsKey("data");
  }

  static NdArray decode(Map<Object, Object> m) throws IOException {
    Object type = m.get("type");
    String dtype = type instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : String.valueOf(type);
    List<?> dims = (List<?>) m.get("shape");
    int[] shape = new int[dims.size()];
    for (int i = 0; i < shape.length; i++) {
      shape[i] = ((Number) dims.get(i)).intValue();
    }
    if (!(m.get("data") instanceof byte[] data)) {
      throw new IOException("numpy array without its data bytes");
    }
    return new NdArray(dtype, shape, data);
  }

  public int size() {
    int n = 1;
    for (int d : shape) {
      n *= d;
    }
    return n;
  }

  /** The values as float32, checking the dtype and, when given, the expected shape. */
  public float[] floats(String what, int... expected) throws IOException {
    if (!dtype.equals("<f4")) {
      throw new IOException(what + " has dtype " + dtype + "; only float32 (<f4) weights are supported");
    }
    if (expected.length > 0 && !Arrays.equals(shape, expected)) {
      throw new IOException(what + " has shape " + Arrays.toString(shape) + ", expected " + Arrays.toString(expected));
    }
    float[] out = new float[size()];
    ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
    return out;
  }

  @Override
  public String toString() {
    return "ndarray(" + dtype + ", " + Arrays.toString(shape) + ")";
  }
}
