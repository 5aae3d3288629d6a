package io.nerbyoc.data;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads labelled documents from files, folders (recursively, in name order) or a stream (Pipe
 * mode), detecting the format per file: JSON Lines when the first non-blank line starts with
 * '{' or is a whole JSON array (spaCy v2 tuples), one JSON array when it starts with '[' but
 * continues on later lines (spaCy v2 training data), OpenNLP when a line carries {@code <START},
 * CoNLL columns otherwise: a file that looks like JSON is never read as columns. Gzip is
 * recognised by its magic bytes, so a {@code .gz} name is not required, and so is spaCy's binary
 * {@code .spacy} format (DocBin), whatever the file is called.
 */
public final class CorpusReader {
  /** How many lines are inspected to tell OpenNLP from CoNLL. */
  private static final int SNIFF_LINES = 200;
  /** Characters the sniffing may read before rewinding: 200 lines of long JSON or text. */
  private static final int MARK_LIMIT = 16 << 20;

  public enum Format { CONLL, JSONL, JSON_ARRAY, OPENNLP }

  private CorpusReader() {}

  /** All documents under {@code path} (a file or a folder); hidden files are skipped. */
  public static List<LabelledDoc> read(Path path) throws IOException {
    List<LabelledDoc> docs = new ArrayList<>();
    for (Path f : files(path)) {
      try (InputStream in = Files.newInputStream(f)) {
        docs.addAll(read(in, f.toString()));
      }
    }
    return docs;
  }

  static List<Path> files(Path path) throws IOException {
    if (Files.isRegularFile(path)) {
      return List.of(path);
    }
    try (Stream<Path> s = Files.walk(path)) {
      return s.filter(Files::isRegularFile)
          // Hidden files and folders inside the channel are skipped; the folders above it may be hidden.
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> !("/" + path.relativize(p)).contains("/."))
          .sorted()
          .toList();
    }
  }

  /** Documents from one stream (a file's bytes or a Pipe-mode FIFO); {@code name} is for errors. */
  public static List<LabelledDoc> read(InputStream raw, String name) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    InputStream body = new BufferedInputStream((b1 == 0x1f && b2 == 0x8b) ? new GZIPInputStream(in, 1 << 16) : in, 1 << 16);
    BufferedReader reader = new BufferedReader(new InputStreamReader(body,
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)), 1 << 16);
    try {
      if (isDocBin(body)) {
        return JsonlReader.readDocBin(body, name);
      }
      reader.mark(MARK_LIMIT);
      Format f = detect(reader);
      reader.reset();
      return switch (f) {
        case JSONL -> JsonlReader.read(reader, name);
        case JSON_ARRAY -> JsonlReader.readArray(reader, name);
        case OPENNLP -> OpenNlpReader.read(reader, name);
        case CONLL -> ConllReader.read(reader, name);
      };
    } catch (CharacterCodingException e) {
      throw new DataFormatException(name + " is not UTF-8 text; convert it to UTF-8 (e.g. iconv -t UTF-8).");
    } catch (java.util.zip.ZipException | java.io.EOFException e) {
      // A cut-off upload or a broken archive is the data's fault, not ours.
      throw new DataFormatException(name + " is a truncated or corrupt gzip file (" + e.getMessage()
          + "); upload it again or check it with gzip -t.");
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof java.util.zip.ZipException || e.getCause() instanceof java.io.EOFException) {
        throw new DataFormatException(name + " is a truncated or corrupt gzip file (" + e.getCause().getMessage()
            + "); upload it again or check it with gzip -t.");
      }
      throw e.getCause();
    }
  }

  /** spaCy's binary .spacy files, recognised by their content (a zlib stream of a msgpack map). */
  private static boolean isDocBin(InputStream in) throws IOException {
    in.mark(4096);
    byte[] head = new byte[4096];
    int n = in.readNBytes(head, 0, head.length);
    in.reset();
    return io.nerbyoc.codec.SpacyDocBin.looksLikeDocBin(head, n);
  }

  static Format detect(BufferedReader r) throws IOException {
    String line;
    int seen = 0;
    boolean first = true;
    while ((line = r.readLine()) != null && seen < SNIFF_LINES) {
      String l = line.strip();
      if (l.startsWith("\uFEFF")) {
        l = l.substring(1);
      }
      if (l.isEmpty()) {
        continue;
      }
      if (first && l.startsWith("{")) {
        return Format.JSONL;
      }
      if (first && l.startsWith("[")) {
        return io.nerbyoc.codec.JsonCorpus.isTupleLine(l) ? Format.JSONL : Format.JSON_ARRAY;
      }
      first = false;
      if (l.contains("<START:") || l.contains("<START>")) {
        return Format.OPENNLP;
      }
      seen++;
    }
    return Format.CONLL;
  }
}
