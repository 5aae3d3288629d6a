package io.nerbyoc.engine.build;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Index;
import io.nerbyoc.engine.casing.TrueCaser;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;

/**
 * Build step (run by Maven at process-classes): distils CoreNLP's truecaser CRF (600 MB of heap,
 * ten seconds to load) into the small word list {@link TrueCaser} reads ({@value TrueCaser#FILE}).
 * Every word the CRF has a word feature for ({@code paris-WORD|C}, {@code melbourne-PW|C}) is classified by the CRF
 * itself in a neutral context ("and WORD ,"); words it writes Capitalised, in CAPITALS or (class
 * {@code O}) in a mixed form listed in {@code MixDisambiguation.list} ("iPhone", "McDonald") are
 * written as {@code lower<TAB>Form} when a second context ("in WORD and") agrees, the rest as
 * {@code lower<TAB>lower} (the vocabulary: every
 * word its word features name: the word itself, its neighbours, the words around it). Then every
 * word pair of its previous-word-and-word features ({@code new-york-PSEQW2|CpC}) is classified
 * the same way ("and new york ,"): pairs it writes otherwise than word by word ("New York",
 * "Premier League") are written as {@code lower lower<TAB>Form Form} when a second context
 * ("in new york and") agrees.
 */
public final class TrueCaseBuilder {
  private TrueCaseBuilder() {}

  /** Prints "N %" each time another tenth of the words and pairs is classified. */
  private static final class Progress {
    private final java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
    private final int total;
    private final long started = System.nanoTime();

    Progress(int total) {
      this.total = Math.max(1, total);
    }

    void step() {
      int d = done.incrementAndGet();
      if (d * 10L / total != (d - 1) * 10L / total) {
        System.out.println("Truecase list: " + d * 100L / total + " % of " + total + " words and pairs, "
            + (System.nanoTime() - started) / 1_000_000_000L + " s");
      }
    }
  }

  /** Arguments: the folder the models jar's {@code edu/stanford/nlp/models/truecase} files were unpacked into, and the output file. */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]).resolve("edu/stanford/nlp/models/truecase");
    Path model = dir.resolve("truecasing.fast.caseless.qn.ser.gz");
    Path list = dir.resolve("MixDisambiguation.list");
    Path out = Path.of(args[1]);
    if (Files.isRegularFile(out) && Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(model)) > 0) {
      System.out.println("Truecase list up to date: " + out);
      return;
    }
    Map<String, String> mixed = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(list, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          mixed.put(line.substring(0, tab), line.substring(tab + 1).trim());
        }
      }
    }
    // Said up front and then every 10 %: a first build is otherwise silent here for minutes.
    System.out.println("Truecase list: distilling " + out.getFileName() + " from CoreNLP's truecaser, once "
        + "(about 5 minutes on 2 cores; later builds skip this while it is newer than its source)");
    CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(model.toFile());
    Index<String> features = featureIndex(crf);
    List<String> words = new ArrayList<>(vocabulary(features));
    List<String[]> pairs = pairs(features);
    Progress progress = new Progress(words.size() + pairs.size());
    Map<String, String> forms = new ConcurrentSkipListMap<>();
    IntStream.range(0, words.size()).parallel().forEach(i -> {
      progress.step();
      String w = words.get(i);
      String form = classify(crf, mixed, "and", ",", w).get(0);
      // before "," the CRF may read a short word as a label ("and a ," -> "A"): a second context must agree
      if (!form.equals(w) && form.equals(classify(crf, mixed, "in", "and", w).get(0))) {
        forms.put(w, form);
      } else {
        forms.put(w, w); // known, lower case: TrueCaser capitalises words it does not know
      }
    });
    // Word pairs the CRF writes otherwise than word by word ("new york" -> "New York", "premier league").
    Map<String, String> pairForms = new ConcurrentSkipListMap<>();
    IntStream.range(0, pairs.size()).parallel().forEach(i -> {
      progress.step();
      String[] p = pairs.get(i);
      List<String> f = classify(crf, mixed, "and", ",", p);
      String f0 = forms.getOrDefault(p[0], p[0]);
      String f1 = forms.getOrDefault(p[1], p[1]);
      // kept only when a second context agrees: alone, the pair's last word before "," can read as a label ("Actor A")
      if ((!f.get(0).equals(f0) || !f.get(1).equals(f1)) && f.equals(classify(crf, mixed, "in", "and", p))) {
        pairForms.put(p[0] + " " + p[1], f.get(0) + " " + f.get(1));
      }
    });
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (BufferedWriter wr = new BufferedWriter(new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8))) {
      for (Map.Entry<String, String> e : forms.entrySet()) {
        wr.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
      for (Map.Entry<String, String> e : pairForms.entrySet()) {
        wr.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
    }
    System.out.println("Truecase list: " + forms.entrySet().stream().filter(e -> !e.getKey().equals(e.getValue())).count()
        + " of " + words.size() + " words not lower case, "
        + pairForms.size() + " of " + pairs.size() + " word pairs cased otherwise than word by word, written to " + out);
  }

  /** How the CRF writes {@code words} between {@code before} and {@code after}: same length, only the case changed. */
  private static List<String> classify(CRFClassifier<CoreLabel> crf, Map<String, String> mixed, String before, String after,
      String... words) {
    List<CoreLabel> in = new ArrayList<>();
    in.add(label(before));
    for (String w : words) {
      in.add(label(w));
    }
    in.add(label(after));
    List<CoreLabel> tagged = crf.classifySentence(in);
    List<String> forms = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      String form = TrueCaser.apply(w, tagged.get(i + 1).get(CoreAnnotations.AnswerAnnotation.class), mixed);
      forms.add(form.length() == w.length() && form.equalsIgnoreCase(w) ? form : w);
    }
    return forms;
  }

  private static CoreLabel label(String w) {
    CoreLabel l = new CoreLabel();
    l.setWord(w);
    l.setValue(w);
    return l;
  }

  @SuppressWarnings("unchecked")
  private static Index<String> featureIndex(CRFClassifier<CoreLabel> crf) throws ReflectiveOperationException {
    var field = CRFClassifier.class.getDeclaredField("featureIndex");
    field.setAccessible(true);
    return (Index<String>) field.get(crf);
  }

  private static final List<String> WORD_FEATURES = List.of("-WORD|C", "-PW|C", "-NW|C", "-DISJP|C", "-DISJN|C");

  /** The words the CRF's features name ({@code paris-WORD|C}, {@code melbourne-PW|C}, ...): lower case, with a letter. */
  private static Set<String> vocabulary(Index<String> features) {
    Set<String> words = new TreeSet<>();
    for (String f : features) {
      for (String suffix : WORD_FEATURES) {
        if (f.endsWith(suffix)) {
          String w = f.substring(0, f.length() - suffix.length());
          if (isWord(w)) {
            words.add(w);
          }
        }
      }
    }
    return words;
  }

  /** The word pairs of the CRF's previous-word-and-word features ({@code new-york-PSEQW2|CpC}) that split one way only. */
  private static List<String[]> pairs(Index<String> features) {
    Set<String> seen = new HashSet<>();
    List<String[]> pairs = new ArrayList<>();
    String suffix = "-PSEQW2|CpC";
    for (String f : features) {
      if (f.endsWith(suffix)) {
        String both = f.substring(0, f.length() - suffix.length());
        int dash = both.indexOf('-');
        if (dash > 0 && both.indexOf('-', dash + 1) < 0) {
          String a = both.substring(0, dash);
          String b = both.substring(dash + 1);
          if (isWord(a) && isWord(b) && seen.add(both)) {
            pairs.add(new String[] {a, b});
          }
        }
      }
    }
    return pairs;
  }

  private static boolean isWord(String w) {
    return !w.isEmpty() && w.indexOf(' ') < 0 && w.equals(w.toLowerCase(Locale.ROOT)) && w.chars().anyMatch(Character::isLetter);
  }
}
