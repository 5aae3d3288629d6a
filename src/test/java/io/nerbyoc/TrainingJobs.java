package io.nerbyoc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Synthetic training jobs for the train tests: data, environment and the files around them. */
final class TrainingJobs {
  private static final String[] PEOPLE = {"Alice Smith", "Bob Jones", "Carol White", "Dan Brown", "Eve Black", "Frank Green"};
  private static final String[] COMPANIES = {"Acme Corp", "Globex", "Initech", "Umbrella Inc", "Hooli", "Vandelay Industries"};

  private TrainingJobs() {}

  /** Synthetic CoNLL: "PERSON works for COMPANY ." in many combinations. */
  static String conll(int sentences, int offset) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      String[] p = PEOPLE[(i + offset) % PEOPLE.length].split(" ");
      String[] c = COMPANIES[(i * 7 + offset) % COMPANIES.length].split(" ");
      for (int k = 0; k < p.length; k++) {
        sb.append(p[k]).append('\t').append(k == 0 ? "B-PER" : "I-PER").append('\n');
      }
      sb.append(i % 2 == 0 ? "works\tO\nfor\tO\n" : "joined\tO\n");
      for (int k = 0; k < c.length; k++) {
        sb.append(c[k]).append('\t').append(k == 0 ? "B-ORG" : "I-ORG").append('\n');
      }
      sb.append(".\tO\n\n");
    }
    return sb.toString();
  }

  static Map<String, String> env(Path root) {
    Map<String, String> env = new HashMap<>();
    env.put("NER_ML_ROOT", root.toString());
    env.put("NER_EMBEDDED_MODEL_DIR", "target/models");
    return env;
  }

  static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  static String failure(Path root) throws IOException {
    return Files.readString(root.resolve("output/failure"));
  }
}
