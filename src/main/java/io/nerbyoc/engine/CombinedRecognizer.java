package io.nerbyoc.engine;

import io.nerbyoc.core.Entity;
import io.nerbyoc.core.Recognizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A trained model plus the embedded one ({@code combine_with_pretrained}): the trained model's
 * entities all stay; an embedded entity is added only where it overlaps none of them.
 */
final class CombinedRecognizer implements Recognizer {
  private final Recognizer trained;
  private final Recognizer pretrained;
  private final Set<String> labels;

  CombinedRecognizer(Recognizer trained, Recognizer pretrained) {
    this.trained = trained;
    this.pretrained = pretrained;
    Set<String> all = new HashSet<>(trained.labels());
    all.addAll(pretrained.labels());
    this.labels = Set.copyOf(all);
  }

  @Override
  public List<Entity> recognize(String text) {
    List<Entity> mine = trained.recognize(text);
    List<Entity> out = new ArrayList<>(mine);
    for (Entity e : pretrained.recognize(text)) {
      if (mine.stream().noneMatch(e::overlaps)) {
        out.add(e);
      }
    }
    out.sort(Comparator.comparingInt(Entity::start).thenComparingInt(Entity::end));
    return out;
  }

  @Override
  public Set<String> labels() {
    return labels;
  }

  @Override
  public String describe() {
    return trained.describe() + ", combined with " + pretrained.describe();
  }
}
