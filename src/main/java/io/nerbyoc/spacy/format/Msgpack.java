package io.nerbyoc.spacy.format;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.msgpack.core.MessageFormat;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessageUnpacker;
import org.msgpack.value.ValueType;

/**
 * A msgpack document (srsly's format: spaCy's tokenizer, moves, lookups and thinc's weights) as
 * plain Java values: maps (binary keys become strings), lists, strings, longs (uint64 kept as its
 * bits), doubles, booleans, byte arrays and null; numpy arrays written by srsly's msgpack-numpy
 * become {@link NdArray}s.
 */
public final class Msgpack {
  private Msgpack() {}

  public static Object read(byte[] data) throws IOException {
    try (MessageUnpacker u = MessagePack.newDefaultUnpacker(data)) {
      return value(u);
    }
  }

  private static Object value(MessageUnpacker u) throws IOException {
    MessageFormat f = u.getNextFormat();
    ValueType t = f.getValueType();
    switch (t) {
      case NIL:
        u.unpackNil();
        return null;
      case BOOLEAN:
        return u.unpackBoolean();
      case INTEGER:
        if (f == MessageFormat.UINT64) {
          BigInteger b = u.unpackBigInteger();
          return b.longValue();
        }
        return u.unpackLong();
      case FLOAT:
        return u.unpackDouble();
      case STRING:
        return u.unpackString();
      case BINARY: {
        int n = u.unpackBinaryHeader();
        return u.readPayload(n);
      }
      case ARRAY: {
        int n = u.unpackArrayHeader();
        List<Object> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          l.add(value(u));
        }
        return l;
      }
      case MAP: {
        int n = u.unpackMapHeader();
        Map<Object, Object> m = new LinkedHashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
          Object k = value(u);
          if (k instanceof byte[] b) {
            k = new String(b, StandardCharsets.UTF_8);
          }
          m.put(k, value(u));
        }
        return NdArray.isEncoded(m) ? NdArray.decode(m) : m;
      }
      case EXTENSION: {
        var h = u.unpackExtensionTypeHeader();
        return u.readPayload(h.getLength());
      }
      default:
        throw new IOException("unsupported msgpack value type " + t);
    }
  }

  /** The bytes of a nested msgpack document (thinc stores each layer attribute pre-encoded). */
  public static Object readNested(Object bytes) throws IOException {
    if (!(bytes instanceof byte[] b)) {
      throw new IOException("expected msgpack bytes, found " + (bytes == null ? "null" : bytes.getClass().getSimpleName()));
    }
    return read(b);
  }
}
