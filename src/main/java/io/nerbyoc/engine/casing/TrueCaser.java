package io.nerbyoc.engine.casing;

import edu.stanford.nlp.ling.CoreLabel;
import io.nerbyoc.lists.WordLists;
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
 * A word-list truecaser distilled from CoreNLP's truecaser CRF at build time ({@code engine.build.TrueCaseBuilder}):
 * each word is written as that CRF writes it in ordinary prose (lower, Capitalised, UPPER or a
 * listed mixed form such as "McDonald"); words not on the list stay lower case; the first word of
 * a sentence and a word after a title ("mr.", "dr.") are Capitalised. The cased NER CRFs then see
 * text cased as they were trained on. Only the case changes, never the length, so offsets stay
 * those of the original text.
 */
public final class TrueCaser {
  /** Built by {@code engine.build.TrueCaseBuilder} into the embedded model root. */
  public static final String FILE = "ner-truecase.tsv.gz";

  private static final Set<String> TITLES = WordLists.set(TrueCaser.class, "truecase-titles");

  /** A pair does not capitalise its second word when it is this short and lower case by itself. */
  private static final int SHORT = 3;
  /** Words not on the list, this long or longer and all letters, are Capitalised. */
  private static final int MIN_UNKNOWN_NAME = 3;

  private static final Map<Path, TrueCaser> LOADED = new ConcurrentHashMap<>();

  /** Lower-case word → its form; lower-case "word word" → the pair's forms where they differ from word by word. */
  private final Map<String, String> forms;

  TrueCaser(Map<String, String> forms) {
    this.forms = forms;
  }

  /** Loaded once per embedded model root: profiles share it. */
  public static TrueCaser load(Path embeddedRoot) {
    return LOADED.computeIfAbsent(embeddedRoot.toAbsolutePath().normalize(), TrueCaser::loadUncached);
  }

  /**
   * {@link #load} on another thread. A missing file is reported here, at once, so a broken image
   * still fails at start-up (exit 3) rather than on its first upper-case request.
   */
  public static java.util.concurrent.CompletableFuture<TrueCaser> loadInBackground(Path embeddedRoot) {
    requireFile(embeddedRoot.resolve(FILE));
    return java.util.concurrent.CompletableFuture.supplyAsync(() -> load(embeddedRoot));
  }

  private static void requireFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ModelLoadException(file, "the file does not exist");
    }
  }

  private static TrueCaser loadUncached(Path root) {
    Path file = root.resolve(FILE);
    requireFile(file);
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
  public List<CoreLabel> recase(List<CoreLabel> tokens) {
    String[] cased = recase(tokens.stream().map(CoreLabel::word).toArray(String[]::new));
    List<CoreLabel> out = new ArrayList<>(tokens.size());
    boolean first = true;
    boolean afterTitle = false;
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      String lower = t.word().toLowerCase(Locale.ROOT);
      String w = cased[i];
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

  /**
   * How the list writes {@code words} (lower case when not listed): word by word, then a listed
   * pair overrides both of its words (a word's pair with the word before it wins over its pair
   * with the word after it). No capitalisation of the first word here.
   */
  String[] recase(String[] words) {
    String[] lower = new String[words.length];
    String[] out = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      lower[i] = words[i].toLowerCase(Locale.ROOT);
      String listed = forms.get(lower[i]);
      // a word the truecaser CRF never saw is most likely a name (as the CRF itself guesses from its letters)
      out[i] = listed == null && unknownName(lower[i]) ? capitalise(lower[i]) : form(lower[i], listed);
    }
    String[] fromNext = new String[words.length];
    String[] fromPrevious = new String[words.length];
    for (int i = 0; i + 1 < words.length; i++) {
      String pair = forms.get(lower[i] + " " + lower[i + 1]);
      if (pair != null) {
        int space = pair.indexOf(' ');
        fromNext[i] = form(lower[i], pair.substring(0, space));
        String second = form(lower[i + 1], pair.substring(space + 1));
        // the CRF reads a short word after a word as a label ("Vitamin A", "Actor A"): in running text it is "a", "or", "his"
        if (second.length() > SHORT || !out[i + 1].equals(lower[i + 1]) || second.equals(lower[i + 1])) {
          fromPrevious[i + 1] = second;
        }
      }
    }
    for (int i = 0; i < words.length; i++) {
      if (fromPrevious[i] != null) {
        out[i] = fromPrevious[i];
      } else if (fromNext[i] != null) {
        out[i] = fromNext[i];
      }
    }
    return out;
  }

  private static boolean unknownName(String lower) {
    return lower.length() >= MIN_UNKNOWN_NAME && lower.chars().allMatch(Character::isLetter);
  }

  private static String form(String lower, String form) {
    return form == null || form.length() != lower.length() || !form.equalsIgnoreCase(lower) ? lower : form;
  }

  /** How CoreNLP's truecaser class {@code answer} writes the lower-case {@code word}. */
  public static String apply(String lower, String answer, Map<String, String> mixed) {
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
