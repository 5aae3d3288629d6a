package io.nerbyoc.engine.corenlp;

import io.nerbyoc.core.TaggedSentence;
import io.nerbyoc.pipeline.ModelLoadException;
import io.nerbyoc.tags.Tag;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * Name and place lists ({@code engine.build.GazetteerBuilder} makes the file) matched case-insensitively on
 * tokens: every phrase of up to {@value #MAX_TOKENS} tokens that is listed marks its tokens with
 * its classes (B-PLACE, I-PLACE, B-FIRSTNAME+B-PERSONLIKE...). Features, not answers: the trained
 * model learns how much each list is worth for its types.
 */
public final class Gazetteer {
  static final String FILE = "ner-gazetteer.tsv.gz";
  public static final String CLASS_SEPARATOR = "+";
  private static final int MAX_TOKENS = 4;
  private static final Map<Path, Gazetteer> CACHE = new ConcurrentHashMap<>();

  private final Map<String, String[]> phrases;

  private Gazetteer(Map<String, String[]> phrases) {
    this.phrases = phrases;
  }

  /** The gazetteer shipped next to the embedded models, loaded once. */
  static Gazetteer load(Path embeddedRoot) {
    return CACHE.computeIfAbsent(embeddedRoot.toAbsolutePath().normalize().resolve(FILE), Gazetteer::read);
  }

  private static Gazetteer read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ModelLoadException(file, "the gazetteer file does not exist (built by 'mvn package' into target/models)");
    }
    Map<String, String[]> phrases = new HashMap<>(1 << 19);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          phrases.put(line.substring(tab + 1), line.substring(0, tab).split("\\" + CLASS_SEPARATOR));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the gazetteer " + file, e);
    }
    return new Gazetteer(phrases);
  }

  /** One tag per token: the classes of the listed phrases covering it, or "O". */
  String[] tags(List<String> words) {
    int n = words.size();
    String[] lower = new String[n];
    for (int i = 0; i < n; i++) {
      lower[i] = words.get(i).toLowerCase(Locale.ROOT);
    }
    @SuppressWarnings("unchecked")
    TreeSet<String>[] marks = new TreeSet[n];
    StringBuilder phrase = new StringBuilder();
    for (int i = 0; i < n; i++) {
      phrase.setLength(0);
      for (int len = 1; len <= MAX_TOKENS && i + len <= n; len++) {
        if (len > 1) {
          phrase.append(' ');
        }
        phrase.append(lower[i + len - 1]);
        String[] classes = phrases.get(phrase.toString());
        if (classes == null) {
          continue;
        }
        for (int k = i; k < i + len; k++) {
          if (marks[k] == null) {
            marks[k] = new TreeSet<>();
          }
          for (String c : classes) {
            marks[k].add(new Tag(k == i ? Tag.Place.BEGIN : Tag.Place.INSIDE, c).toString());
          }
        }
      }
    }
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = marks[i] == null ? TaggedSentence.OUTSIDE : String.join(CLASS_SEPARATOR, marks[i]);
    }
    return out;
  }
}
