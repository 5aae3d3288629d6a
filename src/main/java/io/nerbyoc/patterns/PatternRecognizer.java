package io.nerbyoc.patterns;

import io.nerbyoc.core.Checkpoint;
import io.nerbyoc.core.Document;
import io.nerbyoc.core.Entity;
import io.nerbyoc.core.Recognizer;
import io.nerbyoc.core.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Pattern rules as a recognizer: every match is an entity with score 1 and source "patterns:id". */
public final class PatternRecognizer implements Recognizer {
  private final PatternSet set;
  private final Set<String> labels;
  private final String name;

  public PatternRecognizer(PatternSet set, List<EntityPattern> patterns, String name) {
    this.set = set;
    this.name = name;
    Set<String> ls = new LinkedHashSet<>();
    patterns.forEach(p -> ls.add(p.label()));
    this.labels = Set.copyOf(ls);
  }

  @Override
  public List<Entity> recognize(Document doc, Checkpoint checkpoint) {
    checkpoint.reached();
    List<Token> tokens = doc.sentences(LightTokenizer.INSTANCE, checkpoint).get(0);
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = tokens.get(i).word();
    }
    List<Entity> out = new ArrayList<>();
    for (PatternSet.Match m : set.match(words)) {
      int begin = tokens.get(m.start()).begin();
      int end = tokens.get(m.end() - 1).end();
      String id = m.pattern().id();
      out.add(doc.entity(begin, end, m.pattern().label(), 1.0, id == null ? "patterns" : "patterns:" + id));
    }
    return out;
  }

  @Override
  public Set<String> labels() {
    return labels;
  }

  @Override
  public String describe() {
    return name + " (" + set.size() + " patterns)";
  }
}
