package io.nerbyoc.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.nerbyoc.core.TokenSpan;
import io.nerbyoc.numbers.NumericGrammar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Loose checks of {@link NumericGrammar} against open data whose conventions differ from ours:
 * <ul>
 *   <li>{@code specs DIR}: recall of Recognizers-Text spec spans (character offsets) by our spans;
 *   <li>{@code docred FILE}: recall of Re-DocRED TIME mentions by DATE/TIME and NUM mentions by
 *       CARDINAL/MONEY/PERCENT/QUANTITY (token offsets), overlap and exact;
 *   <li>{@code speed CONLL [passes]}: tokens per second of the grammar alone.
 * </ul>
 */
public final class NumericBench {
  private static final Set<String> TEMPORAL = Set.of("DATE", "TIME");
  private static final Set<String> AMOUNTS = Set.of("NUMBER", "MONEY", "PERCENT", "QUANTITY", "ORDINAL");

  public static void main(String[] args) throws IOException {
    switch (args[0]) {
      case "specs" -> specs(Path.of(args[1]), args.length > 2);
      case "docred" -> docred(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 0);
      case "speed" -> speed(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 20);
      default -> throw new IllegalArgumentException("specs DIR | docred FILE | speed CONLL [passes]");
    }
  }

  /** Which of our labels each spec file's spans should get. */
  private static Set<String> expected(String file) {
    if (file.startsWith("DateTime")) {
      return TEMPORAL;
    }
    if (file.contains("Age")) {
      return Set.of("DATE");
    }
    if (file.contains("Currency")) {
      return Set.of("MONEY");
    }
    if (file.contains("Dimension") || file.contains("Temperature")) {
      return Set.of("QUANTITY");
    }
    if (file.contains("Ordinal")) {
      return Set.of("ORDINAL");
    }
    if (file.contains("Percent")) {
      return Set.of("PERCENT");
    }
    return Set.of("NUMBER");
  }

  private static void specs(Path dir, boolean showMisses) throws IOException {
    StanfordCoreNLP tok = tokenizer();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    System.out.printf(Locale.ROOT, "%-36s %6s %9s %9s %9s%n", "file", "spans", "overlap", "+label", "exact");
    for (Path f : files) {
      String name = f.getFileName().toString();
      Set<String> want = expected(name);
      String json = Files.readString(f, StandardCharsets.UTF_8).replace("\uFEFF", "");
      int total = 0;
      int overlap = 0;
      int labelled = 0;
      int exact = 0;
      for (JsonElement e : JsonParser.parseString(json).getAsJsonArray()) {
        JsonObject c = e.getAsJsonObject();
        String input = c.get("Input").getAsString();
        List<CoreLabel> tokens = tokens(tok, input);
        List<String> words = tokens.stream().map(CoreLabel::word).toList();
        List<int[]> ours = new ArrayList<>(); // begin, end (exclusive), label-ok
        for (TokenSpan s : NumericGrammar.find(words)) {
          ours.add(new int[] {tokens.get(s.start()).beginPosition(), tokens.get(s.end() - 1).endPosition(),
              want.contains(s.label()) ? 1 : 0});
        }
        JsonArray results = c.has("Results") ? c.getAsJsonArray("Results") : new JsonArray();
        for (JsonElement r : results) {
          JsonObject o = r.getAsJsonObject();
          if (!o.has("Start")) {
            continue;
          }
          int b = o.get("Start").getAsInt();
          int en = o.get("End").getAsInt() + 1; // theirs is inclusive
          total++;
          boolean ov = false;
          boolean lab = false;
          boolean ex = false;
          for (int[] s : ours) {
            if (s[0] < en && b < s[1]) {
              ov = true;
              lab |= s[2] == 1;
              ex |= s[2] == 1 && s[0] == b && s[1] == en;
            }
          }
          overlap += ov ? 1 : 0;
          labelled += lab ? 1 : 0;
          exact += ex ? 1 : 0;
          if (showMisses && !lab) {
            System.out.println("  miss " + name + ": " + o.get("Text").getAsString() + "  <<  " + input);
          }
        }
      }
      System.out.printf(Locale.ROOT, "%-36s %6d %8.1f%% %8.1f%% %8.1f%%%n", name, total, pct(overlap, total),
          pct(labelled, total), pct(exact, total));
    }
  }

  private static void docred(Path file, int showMisses) throws IOException {
    JsonArray docs = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonArray();
    Map<String, int[]> counts = new TreeMap<>(); // type -> total, overlap, exact
    Map<String, Integer> ourLabels = new TreeMap<>();
    Map<String, Integer> ourUnmatched = new TreeMap<>();
    int shown = 0;
    for (JsonElement d : docs) {
      JsonObject doc = d.getAsJsonObject();
      JsonArray sents = doc.getAsJsonArray("sents");
      List<List<TokenSpan>> found = new ArrayList<>();
      List<List<String>> words = new ArrayList<>();
      for (JsonElement s : sents) {
        List<String> w = new ArrayList<>();
        s.getAsJsonArray().forEach(t -> w.add(t.getAsString()));
        words.add(w);
        found.add(NumericGrammar.find(w));
      }
      List<int[]> mentions = new ArrayList<>(); // sent, start, end, temporal?1:0
      for (JsonElement v : doc.getAsJsonArray("vertexSet")) {
        for (JsonElement m : v.getAsJsonArray()) {
          JsonObject o = m.getAsJsonObject();
          String type = o.get("type").getAsString();
          if (!type.equals("TIME") && !type.equals("NUM")) {
            continue;
          }
          int sent = o.get("sent_id").getAsInt();
          JsonArray pos = o.getAsJsonArray("pos");
          int b = pos.get(0).getAsInt();
          int e = pos.get(1).getAsInt();
          mentions.add(new int[] {sent, b, e, type.equals("TIME") ? 1 : 0});
          Set<String> want = type.equals("TIME") ? TEMPORAL : AMOUNTS;
          int[] c = counts.computeIfAbsent(type, k -> new int[3]);
          c[0]++;
          boolean ov = false;
          boolean ex = false;
          for (TokenSpan s : found.get(sent)) {
            if (want.contains(s.label()) && s.start() < e && b < s.end()) {
              ov = true;
              ex |= s.start() == b && s.end() == e;
            }
          }
          c[1] += ov ? 1 : 0;
          c[2] += ex ? 1 : 0;
          if (!ex && shown < showMisses) {
            shown++;
            List<String> w = words.get(sent);
            StringBuilder ours = new StringBuilder();
            for (TokenSpan s : found.get(sent)) {
              if (s.start() < e + 3 && b - 3 < s.end()) {
                ours.append(" [").append(String.join(" ", w.subList(s.start(), s.end()))).append("]/").append(s.label());
              }
            }
            System.out.println("  " + type + " " + String.join(" ", w.subList(b, e)) + "  ours:" + ours
                + "  ctx: " + String.join(" ", w.subList(Math.max(0, b - 5), Math.min(w.size(), e + 5))));
          }
        }
      }
      for (int sent = 0; sent < found.size(); sent++) {
        for (TokenSpan s : found.get(sent)) {
          ourLabels.merge(s.label(), 1, Integer::sum);
          boolean hit = false;
          for (int[] m : mentions) {
            hit |= m[0] == sent && s.start() < m[2] && m[1] < s.end();
          }
          if (!hit) {
            ourUnmatched.merge(s.label(), 1, Integer::sum);
            if (showMisses < 0 && shown++ < -showMisses && !s.label().equals("ORDINAL")) {
              List<String> w = words.get(sent);
              System.out.println("  ours only " + s.label() + " " + String.join(" ", w.subList(s.start(), s.end()))
                  + "  ctx: " + String.join(" ", w.subList(Math.max(0, s.start() - 5), Math.min(w.size(), s.end() + 5))));
            }
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "%-6s %6s %9s %9s%n", "type", "gold", "overlap", "exact");
    counts.forEach((t, c) -> System.out.printf(Locale.ROOT, "%-6s %6d %8.1f%% %8.1f%%%n", t, c[0], pct(c[1], c[0]),
        pct(c[2], c[0])));
    System.out.println("our spans by label (and how many overlap no TIME/NUM mention): ");
    ourLabels.forEach((l, n) -> System.out.printf(Locale.ROOT, "  %-9s %6d  unmatched %6d%n", l, n,
        ourUnmatched.getOrDefault(l, 0)));
  }

  private static void speed(Path conll, int passes) throws IOException {
    List<List<String>> sentences = new ArrayList<>();
    List<String> cur = new ArrayList<>();
    for (String line : Files.readAllLines(conll, StandardCharsets.UTF_8)) {
      String t = line.strip();
      if (t.isEmpty()) {
        if (!cur.isEmpty()) {
          sentences.add(cur);
          cur = new ArrayList<>();
        }
        continue;
      }
      String word = t.split("\\s+")[0];
      if (!word.equals("-DOCSTART-")) {
        cur.add(word);
      }
    }
    if (!cur.isEmpty()) {
      sentences.add(cur);
    }
    long tokens = sentences.stream().mapToLong(List::size).sum();
    long spans = 0;
    for (int warm = 0; warm < 30; warm++) { // past the JIT's tiers
      for (List<String> s : sentences) {
        spans += NumericGrammar.find(s).size();
      }
    }
    long t0 = System.nanoTime();
    for (int p = 0; p < passes; p++) {
      for (List<String> s : sentences) {
        spans += NumericGrammar.find(s).size();
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "%d sentences, %d tokens x %d passes in %.2f s: %.0f tokens/s (%d spans)%n",
        sentences.size(), tokens, passes, secs, tokens * passes / secs, spans);
  }

  private static StanfordCoreNLP tokenizer() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize");
    p.setProperty("tokenize.language", "en");
    p.setProperty("tokenize.options", "untokenizable=noneKeep");
    return new StanfordCoreNLP(p);
  }

  private static List<CoreLabel> tokens(StanfordCoreNLP tok, String text) {
    Annotation a = new Annotation(text);
    tok.annotate(a);
    return a.get(CoreAnnotations.TokensAnnotation.class);
  }

  private static double pct(int a, int b) {
    return b == 0 ? 0 : 100.0 * a / b;
  }
}
