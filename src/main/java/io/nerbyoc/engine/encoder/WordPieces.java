package io.nerbyoc.engine.encoder;

import io.nerbyoc.spacy.format.MiniJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The encoder's uncased WordPiece tokenizer for one word at a time, as Hugging Face's
 * {@code BertNormalizer} + {@code BertPreTokenizer} + {@code WordPiece} cut it (and as
 * {@code data/learned/piece_vectors.py} does for training): control characters dropped,
 * ideographs and punctuation split off, accents stripped, lower case, then greedy longest-match
 * pieces; a chunk with no match (or over 100 characters) gives no piece. Written out rather than
 * calling the Rust tokenizer {@link TextEncoder} uses, so the accurate profile loads no native
 * library: on the 24,552 distinct words of heldout B it gives the same pieces as that tokenizer and
 * takes half its time (its JNI call builds a whole encoding per word).
 */
final class WordPieces {
  private static final int MAX_CHARS = 100;
  private static final int[][] CJK = {{0x4E00, 0x9FFF}, {0x3400, 0x4DBF}, {0x20000, 0x2A6DF}, {0x2A700, 0x2B73F},
      {0x2B740, 0x2B81F}, {0x2B820, 0x2CEAF}, {0xF900, 0xFAFF}, {0x2F800, 0x2FA1F}};

  private final Map<String, Integer> vocab;

  WordPieces(Map<String, Integer> vocab) {
    this.vocab = vocab;
  }

  /** The vocabulary of a Hugging Face {@code tokenizer.json} whose model is WordPiece. */
  static WordPieces read(Path tokenizerJson) throws IOException {
    Map<String, Object> root = MiniJson.parseObject(Files.readString(tokenizerJson));
    if (!(root.get("model") instanceof Map<?, ?> model) || !"WordPiece".equals(model.get("type"))
        || !(model.get("vocab") instanceof Map<?, ?> v)) {
      throw new IOException(tokenizerJson + " is not a WordPiece tokenizer");
    }
    Map<String, Integer> vocab = new HashMap<>(v.size() * 2);
    v.forEach((k, id) -> vocab.put((String) k, ((Number) id).intValue()));
    return new WordPieces(vocab);
  }

  /** The piece ids of {@code word}, in order. */
  int[] ids(String word) {
    List<Integer> out = new ArrayList<>();
    for (int[] chunk : chunks(normalize(word))) {
      if (chunk.length > MAX_CHARS) {
        continue;
      }
      List<Integer> sub = new ArrayList<>();
      int start = 0;
      while (start < chunk.length) {
        Integer found = null;
        int end = chunk.length;
        for (; end > start; end--) {
          String piece = new String(chunk, start, end - start);
          found = vocab.get(start == 0 ? piece : "##" + piece);
          if (found != null) {
            break;
          }
        }
        if (found == null) {
          sub.clear();
          break;
        }
        sub.add(found);
        start = end;
      }
      out.addAll(sub);
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Control characters dropped, white space as spaces, ideographs spaced, accents stripped, lower case. */
  static String normalize(String text) {
    StringBuilder b = new StringBuilder(text.length() + 8);
    text.codePoints().forEach(c -> {
      int type = Character.getType(c);
      if (c == 0 || c == 0xFFFD) {
        return;
      }
      if (c == '\t' || c == '\n' || c == '\r' || type == Character.SPACE_SEPARATOR) {
        b.append(' ');
      } else if (type == Character.CONTROL || type == Character.FORMAT) {
        return;
      } else if (cjk(c)) {
        b.append(' ').appendCodePoint(c).append(' ');
      } else {
        b.appendCodePoint(c);
      }
    });
    StringBuilder stripped = new StringBuilder(b.length());
    Normalizer.normalize(b, Normalizer.Form.NFD).codePoints()
        .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK).forEach(stripped::appendCodePoint);
    return stripped.toString().toLowerCase(Locale.ROOT);
  }

  /** Split at white space, with each punctuation character a chunk of its own; as code points. */
  private static List<int[]> chunks(String s) {
    List<int[]> out = new ArrayList<>();
    int[] cps = s.codePoints().toArray();
    int from = 0;
    for (int i = 0; i <= cps.length; i++) {
      boolean end = i == cps.length;
      boolean space = !end && space(cps[i]);
      boolean punct = !end && !space && punctuation(cps[i]);
      if (end || space || punct) {
        if (i > from) {
          out.add(java.util.Arrays.copyOfRange(cps, from, i));
        }
        if (punct) {
          out.add(new int[] {cps[i]});
        }
        from = i + 1;
      }
    }
    return out;
  }

  private static boolean space(int c) {
    int t = Character.getType(c);
    return c == ' ' || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR;
  }

  private static boolean punctuation(int c) {
    if (c >= 33 && c <= 47 || c >= 58 && c <= 64 || c >= 91 && c <= 96 || c >= 123 && c <= 126) {
      return true;
    }
    return switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION -> true;
      default -> false;
    };
  }

  private static boolean cjk(int c) {
    for (int[] r : CJK) {
      if (c >= r[0] && c <= r[1]) {
        return true;
      }
    }
    return false;
  }
}
