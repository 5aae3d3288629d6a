package io.nerbyoc.spacy.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A 2-d float32 array in numpy's {@code .npy} format (how spaCy saves {@code vocab/vectors}). */
public record Npy(int rows, int cols, float[] data) {
  private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\((\\d*),?\\s*(\\d*),?\\)");

  public static Npy read(Path file) throws IOException {
    byte[] b = Files.readAllBytes(file);
    if (b.length < 10 || b[0] != (byte) 0x93 || !new String(b, 1, 5, StandardCharsets.US_ASCII).equals("NUMPY")) {
      throw new IOException(file + " is not a numpy .npy file");
    }
    int major = b[6];
    int headerLen;
    int start;
    if (major == 1) {
      headerLen = (b[8] & 0xff) | (b[9] & 0xff) << 8;
      start = 10;
    } else {
      headerLen = ByteBuffer.wrap(b, 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
      start = 12;
    }
    String header = new String(b, start, headerLen, StandardCharsets.ISO_8859_1);
    if (!header.contains("'descr': '<f4'") || header.contains("'fortran_order': True")) {
      throw new IOException(file + " holds " + header.strip() + "; only C-order float32 vectors are supported");
    }
    Matcher m = SHAPE.matcher(header);
    if (!m.find()) {
      throw new IOException(file + ": no shape in the header " + header.strip());
    }
    int rows = m.group(1).isEmpty() ? 0 : Integer.parseInt(m.group(1));
    int cols = m.group(2).isEmpty() ? 0 : Integer.parseInt(m.group(2));
    float[] data = new float[rows * cols];
    ByteBuffer.wrap(b, start + headerLen, data.length * 4).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(data);
    return new Npy(rows, cols, data);
  }
}
