package io.nerbyoc.engine;

import edu.stanford.nlp.ling.CoreLabel;
import io.nerbyoc.pipeline.ModelLoadException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * A word-list truecaser distilled from CoreNLP's truecaser CRF at build time ({@link TrueCaseBuilder}):
 * each word is written as that CRF writes it in ordinary prose (lower, Capitalised, UPPER or a
 * listed mixed form such as "McDonald"); words not on the list stay lower case; the first word of
 * a sentence and a word after a title ("mr.", "dr.") are Capitalised. The cased NER CRFs then see
 * text cased as they were trained on. Only the case changes, never the length, so offsets stay
 * those of the original text.
 */
final class TrueCaser {
  /** Built by {@link TrueCaseBuilder} into the embedded model root. */
  static final String FILE = "ner-truecase.tsv.gz";

  private static final Set<String> TITLES = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof.",
      "st.", "gen.", "sen.", "gov.");

  private static final Map<Path, TrueCaser> LOADED = new ConcurrentHashMap<>();

  private final Map<String, String> forms;

  TrueCaser(Map<String, String> forms) {
    this.forms = forms;
  }

  /** Loaded once per embedded model root: profiles share it. */
  static TrueCaser load(Path embeddedRoot) {
    return LOADED.computeIfAbsent(embeddedRoot.toAbsolutePath().normalize(), TrueCaser::loadUncached);
  }

  private static TrueCaser loadUncached(Path root) {
    Path file = root.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new ModelLoadException(file, "the file does not exist");
    }
    Map<String, String> forms = new HashMap<>(1 << 17);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          String lower = line.substring(0, tab);
          String form = line.substring(tab + 1);
          if (form.length() == lower.length() && form.equalsIgnoreCase(lower)) {
            forms.put(lower, form);
          }
        }
      }
    } catch (IOException e) {
      throw new ModelLoadException(file, "it cannot be read (" + e.getMessage() + ")");
    }
    return new TrueCaser(forms);
  }

  /** Copies of {@code tokens} (same offsets) with their words re-cased. */
  List<CoreLabel> recase(List<CoreLabel> tokens) {
    List<CoreLabel> out = new ArrayList<>(tokens.size());
    boolean first = true;
    boolean afterTitle = false;
    for (CoreLabel t : tokens) {
      String lower = t.word().toLowerCase(Locale.ROOT);
      String w = recase(t.word());
      boolean word = lower.chars().anyMatch(Character::isLetter);
      if (word && (first || afterTitle)) {
        w = capitalise(w);
      }
      if (word) {
        first = false;
      }
      afterTitle = TITLES.contains(lower);
      CoreLabel l = new CoreLabel(t);
      l.setWord(w);
      l.setValue(w);
      l.setOriginalText(w);
      out.add(l);
    }
    return out;
  }

  /** How the list writes {@code word} (lower case when it is not listed). */
  String recase(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    String form = forms.get(lower);
    return form == null || form.length() != word.length() ? lower : form;
  }

  /** How CoreNLP's truecaser class {@code answer} writes the lower-case {@code word}. */
  static String apply(String lower, String answer, Map<String, String> mixed) {
    if (answer == null) {
      return lower;
    }
    return switch (answer) {
      case "UPPER" -> lower.toUpperCase(Locale.ROOT);
      case "INIT_UPPER" -> capitalise(lower);
      case "O" -> mixed.getOrDefault(lower, lower); // CoreNLP's "mixed case" class
      default -> lower;
    };
  }

  private static String capitalise(String w) {
    if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
      return w;
    }
    String c = w.substring(0, 1).toUpperCase(Locale.ROOT);
    return c.length() == 1 ? c + w.substring(1) : w;
  }

  int size() {
    return forms.size();
  }
}
