package io.nerbyoc.engine.build;

import io.nerbyoc.engine.corenlp.Gazetteer;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Build step (run by Maven at process-classes): distils the name and place lists that ship inside
 * CoreNLP's models jar into the compact {@link Gazetteer} file, so the image carries 3 MB instead
 * of 41 MB of source lists. Sources (paths inside the models jar):
 * <ul>
 *   <li>{@code ner/regexner.patterns}: 186k given names → {@code FIRSTNAME};
 *   <li>{@code kbp/english/gazetteers/regexner_caseless.tab}: cities, countries, states → {@code PLACE};
 *   <li>{@code dcoref/gender.data.gz}: phrases that web text refers to with he/she far more than
 *       with it/they (Bergsma and Lin's gender counts) → {@code PERSONLIKE}.
 * </ul>
 */
public final class GazetteerBuilder {
  private static final Pattern REGEX_OR_DERIVED = Pattern.compile(".*([\\[\\\\(|*+?]|-[a-z]+$).*");

  private GazetteerBuilder() {}

  /** Arguments: the folder the models jar's {@code edu/stanford/nlp/models} was unpacked into, and the output file. */
  public static void main(String[] args) throws IOException {
    Path models = Path.of(args[0]).resolve("edu/stanford/nlp/models");
    Path out = Path.of(args[1]);
    TreeMap<String, String> entries = new TreeMap<>(); // phrase -> classes, sorted for a reproducible file
    try (BufferedReader r = reader(models.resolve("ner/regexner.patterns"))) {
      for (String line; (line = r.readLine()) != null; ) {
        String name = line.split("\t", 2)[0].toLowerCase(Locale.ROOT);
        if (!name.isBlank() && name.indexOf(' ') < 0) {
          add(entries, name, "FIRSTNAME");
        }
      }
    }
    try (BufferedReader r = reader(models.resolve("kbp/english/gazetteers/regexner_caseless.tab"))) {
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.split("\t");
        if (f.length > 1 && f[1].matches("CITY|COUNTRY|STATE_OR_PROVINCE") && !REGEX_OR_DERIVED.matcher(f[0]).matches()) {
          add(entries, f[0].toLowerCase(Locale.ROOT), "PLACE");
        }
      }
    }
    try (BufferedReader r = reader(models.resolve("dcoref/gender.data.gz"))) {
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.split("\t");
        if (f.length != 2 || f[0].contains("!") || f[0].length() < 3) {
          continue;
        }
        String[] c = f[1].trim().split(" ");
        long person = Long.parseLong(c[0]) + Long.parseLong(c[1]);
        long other = Long.parseLong(c[2]) + Long.parseLong(c[3]);
        if (person > 30 && person > 5 * other) {
          add(entries, f[0].toLowerCase(Locale.ROOT), "PERSONLIKE");
        }
      }
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (Writer w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8))) {
      for (var e : entries.entrySet()) {
        w.write(e.getValue() + "\t" + e.getKey() + "\n");
      }
    }
    System.out.println("Gazetteer: " + entries.size() + " phrases written to " + out);
  }

  private static void add(TreeMap<String, String> entries, String phrase, String cls) {
    entries.merge(phrase.strip(), cls, (a, b) -> a.contains(b) ? a : a + Gazetteer.CLASS_SEPARATOR + b);
  }

  private static BufferedReader reader(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.toString().endsWith(".gz")) {
      in = new GZIPInputStream(in);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)); // malformed bytes become U+FFFD
  }
}
