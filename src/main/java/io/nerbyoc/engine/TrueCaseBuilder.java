package io.nerbyoc.engine;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Index;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;

/**
 * Build step (run by Maven at process-classes): distils CoreNLP's truecaser CRF (600 MB of heap,
 * ten seconds to load) into the small word list {@link TrueCaser} reads ({@value TrueCaser#FILE}).
 * Every word the CRF has a word-identity feature for ({@code word-WORD|C}) is classified by the CRF
 * itself in a neutral context ("and WORD ,"); words it writes Capitalised, in CAPITALS or (class
 * {@code O}) in a mixed form listed in {@code MixDisambiguation.list} ("iPhone", "McDonald") are
 * written as {@code lower<TAB>Form}; the rest (lower case) are left out.
 */
public final class TrueCaseBuilder {
  private TrueCaseBuilder() {}

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
    CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(model.toFile());
    List<String> words = new ArrayList<>(vocabulary(crf));
    Map<String, String> forms = new ConcurrentSkipListMap<>();
    IntStream.range(0, words.size()).parallel().forEach(i -> {
      String w = words.get(i);
      List<CoreLabel> in = List.of(label("and"), label(w), label(","));
      String answer = crf.classifySentence(in).get(1).get(CoreAnnotations.AnswerAnnotation.class);
      String form = TrueCaser.apply(w, answer, mixed);
      if (!form.equals(w) && form.length() == w.length() && form.equalsIgnoreCase(w)) {
        forms.put(w, form);
      }
    });
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (BufferedWriter wr = new BufferedWriter(new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8))) {
      for (Map.Entry<String, String> e : new TreeMap<>(forms).entrySet()) {
        wr.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
    }
    System.out.println("Truecase list: " + forms.size() + " of " + words.size() + " words not lower case, written to " + out);
  }

  private static CoreLabel label(String w) {
    CoreLabel l = new CoreLabel();
    l.setWord(w);
    l.setValue(w);
    return l;
  }

  /** The words the CRF has an identity feature for ({@code paris-WORD|C}), lower case, letters in them. */
  @SuppressWarnings("unchecked")
  private static List<String> vocabulary(CRFClassifier<CoreLabel> crf) throws ReflectiveOperationException {
    var field = CRFClassifier.class.getDeclaredField("featureIndex");
    field.setAccessible(true);
    Index<String> features = (Index<String>) field.get(crf);
    List<String> words = new ArrayList<>();
    for (String f : features) {
      if (f.endsWith("-WORD|C")) {
        String w = f.substring(0, f.length() - "-WORD|C".length());
        if (!w.isEmpty() && w.equals(w.toLowerCase(Locale.ROOT)) && w.chars().anyMatch(Character::isLetter)) {
          words.add(w);
        }
      }
    }
    return words;
  }
}
