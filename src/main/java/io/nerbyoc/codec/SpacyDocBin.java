package io.nerbyoc.codec;

import io.nerbyoc.core.GoldSpan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessageUnpacker;

/**
 * spaCy v3's training file ({@code .spacy}, a DocBin): zlib-compressed msgpack holding, for all
 * documents at once, a uint64 table with one row per token and one column per attribute, a space
 * flag per token, the token count per document, and the strings whose hashes the table holds.
 * Only what NER needs is read: the words (ORTH), the spaces after them, and the entity tags
 * (ENT_IOB, ENT_TYPE). The text is rebuilt exactly (words and spaces), and the entities become
 * code-point spans of it, as {@code doc.ents} give them in Python. Errors are
 * IllegalArgumentException saying what is wrong with the file.
 */
public final class SpacyDocBin {
  /** spaCy's attribute ids (spacy/attrs.pyx). */
  static final long ORTH = 65;
  static final long ENT_IOB = 77;
  static final long ENT_TYPE = 78;
  /** ENT_IOB values: 0 no annotation, 1 inside, 2 outside, 3 begins an entity. */
  private static final long IOB_IN = 1;
  private static final long IOB_BEGIN = 3;

  private static final Map<Long, String> SYMBOLS = symbols();

  private SpacyDocBin() {}

  /**
   * Whether {@code head}, the first bytes of a file, start a DocBin: a zlib stream whose first
   * decompressed byte opens a msgpack map. (A text file can start with a valid zlib header: "x ".)
   */
  public static boolean looksLikeDocBin(byte[] head, int length) {
    if (length < 2 || (head[0] & 0xff) != 0x78 || (((head[0] & 0xff) << 8) | (head[1] & 0xff)) % 31 != 0) {
      return false;
    }
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(head, 0, length);
      byte[] out = new byte[1];
      int n = inflater.inflate(out);
      int b = out[0] & 0xff;
      return n == 1 && (b >= 0x80 && b <= 0x8f || b == 0xde || b == 0xdf);
    } catch (DataFormatException e) {
      return false;
    } finally {
      inflater.end();
    }
  }

  /** The documents of a DocBin, as texts with entity spans. */
  public static List<SpanJson.Line> read(InputStream in) throws IOException {
    byte[] packed = inflate(in.readAllBytes());
    List<Long> attrs = new ArrayList<>();
    byte[] tokens = null;
    byte[] spaces = null;
    byte[] lengths = null;
    Map<Long, String> strings = new HashMap<>(SYMBOLS);
    try (MessageUnpacker u = MessagePack.newDefaultUnpacker(packed)) {
      int keys = u.unpackMapHeader();
      for (int k = 0; k < keys; k++) {
        switch (u.unpackString()) {
          case "attrs" -> {
            int n = u.unpackArrayHeader();
            for (int i = 0; i < n; i++) {
              attrs.add(u.unpackLong());
            }
          }
          case "tokens" -> tokens = bytes(u);
          case "spaces" -> spaces = bytes(u);
          case "lengths" -> lengths = bytes(u);
          case "strings" -> {
            int n = u.unpackArrayHeader();
            for (int i = 0; i < n; i++) {
              String s = u.unpackString();
              strings.putIfAbsent(MurmurHash64.hash(s.getBytes(StandardCharsets.UTF_8)), s);
            }
          }
          default -> u.skipValue();
        }
      }
    } catch (org.msgpack.core.MessagePackException | IllegalStateException e) {
      throw new IllegalArgumentException("the file is not a spaCy DocBin (" + e.getMessage() + "); write it with "
          + "DocBin(docs=...).to_disk(\"train.spacy\").", e);
    }
    if (tokens == null || spaces == null || lengths == null || attrs.isEmpty()) {
      throw new IllegalArgumentException("the DocBin lacks \"tokens\", \"spaces\", \"lengths\" or \"attrs\"; write it with "
          + "DocBin(docs=...).to_disk(\"train.spacy\").");
    }
    return docs(attrs, tokens, spaces, lengths, strings);
  }

  private static List<SpanJson.Line> docs(List<Long> attrs, byte[] tokens, byte[] spaces, byte[] lengths,
      Map<Long, String> strings) {
    int orth = attrs.indexOf(ORTH);
    int iob = attrs.indexOf(ENT_IOB);
    int type = attrs.indexOf(ENT_TYPE);
    if (orth < 0) {
      throw new IllegalArgumentException("the DocBin stores no ORTH attribute (the words); save it with attrs "
          + "including ORTH, ENT_IOB and ENT_TYPE (DocBin's default).");
    }
    int width = attrs.size();
    ByteBuffer table = ByteBuffer.wrap(tokens).order(ByteOrder.LITTLE_ENDIAN);
    ByteBuffer counts = ByteBuffer.wrap(lengths).order(ByteOrder.LITTLE_ENDIAN);
    int total = tokens.length / 8 / width;
    if (spaces.length != total) {
      throw new IllegalArgumentException("the DocBin has " + total + " tokens but " + spaces.length + " space flags.");
    }
    List<SpanJson.Line> out = new ArrayList<>();
    int row = 0;
    while (counts.remaining() >= 4) {
      int n = counts.getInt();
      if (n < 0 || row + n > total) {
        throw new IllegalArgumentException("the DocBin's document lengths add up to more than its " + total + " tokens.");
      }
      StringBuilder text = new StringBuilder();
      List<GoldSpan> spans = new ArrayList<>();
      int cp = 0;
      int start = -1;
      int end = 0;
      String label = null;
      for (int i = 0; i < n; i++, row++) {
        String word = string(strings, table.getLong((row * width + orth) * 8));
        long tag = iob < 0 ? 0 : table.getLong((row * width + iob) * 8);
        if (label != null && tag != IOB_IN) {
          spans.add(new GoldSpan(start, end, label));
          label = null;
        }
        if (tag == IOB_BEGIN) {
          start = cp;
          label = string(strings, table.getLong((row * width + type) * 8));
        }
        text.append(word);
        cp += word.codePointCount(0, word.length());
        end = cp;
        if (spaces[row] != 0) {
          text.append(' ');
          cp++;
        }
      }
      if (label != null) {
        spans.add(new GoldSpan(start, end, label));
      }
      out.add(new SpanJson.Line(text.toString(), spans));
    }
    return out;
  }

  private static String string(Map<Long, String> strings, long id) {
    String s = strings.get(id);
    if (s == null) {
      throw new IllegalArgumentException("the DocBin refers to string " + Long.toUnsignedString(id) + ", which it does "
          + "not store; save it with DocBin(store_user_data=False) from spaCy 3.");
    }
    return s;
  }

  /** A byte array as DocBin stores it: msgpack bin (spaCy 3), or msgpack-numpy's {"data": bin, ...}. */
  private static byte[] bytes(MessageUnpacker u) throws IOException {
    switch (u.getNextFormat().getValueType()) {
      case BINARY -> {
        return u.readPayload(u.unpackBinaryHeader());
      }
      case MAP -> {
        byte[] data = null;
        int keys = u.unpackMapHeader();
        for (int k = 0; k < keys; k++) {
          String key = u.unpackString();
          if (key.equals("data")) {
            data = u.readPayload(u.unpackBinaryHeader());
          } else {
            u.skipValue();
          }
        }
        if (data == null) {
          throw new IllegalStateException("an array without data");
        }
        return data;
      }
      default -> throw new IllegalStateException("unexpected " + u.getNextFormat().getValueType());
    }
  }

  private static byte[] inflate(byte[] zipped) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(zipped);
      ByteArrayOutputStream out = new ByteArrayOutputStream(zipped.length * 4);
      byte[] buf = new byte[1 << 16];
      while (!inflater.finished()) {
        int n = inflater.inflate(buf);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new IllegalArgumentException("the DocBin is truncated; copy it again.");
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw new IllegalArgumentException("the DocBin is not valid zlib data (" + e.getMessage() + "); copy it again.");
    } finally {
      inflater.end();
    }
  }

  private static Map<Long, String> symbols() {
    Map<Long, String> m = new HashMap<>();
    try (InputStream in = SpacyDocBin.class.getResourceAsStream("spacy-symbols.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] f = line.split("\t");
          m.put(Long.parseLong(f[0]), f[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(m);
  }
}
