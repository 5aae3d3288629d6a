package io.nerbyoc.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Several recognizers answering as one over one {@link Document}: every entity is a candidate (and
 * recorded on the document for later members), the policy ranks them, and a candidate is kept
 * only if it overlaps none already kept. Each entity keeps its source.
 */
public final class MergingRecognizer implements Recognizer {
  private final List<Recognizer> members;
  private final MergePolicy policy;
  private final Set<String> labels;

  public MergingRecognizer(List<Recognizer> members, MergePolicy policy) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a pipeline needs at least one recognizer");
    }
    this.members = List.copyOf(members);
    this.policy = policy;
    Set<String> ls = new LinkedHashSet<>();
    members.forEach(m -> ls.addAll(m.labels()));
    this.labels = Set.copyOf(ls);
  }

  private record Candidate(Entity entity, int rank) {}

  @Override
  public List<Entity> recognize(Document doc, Checkpoint checkpoint) {
    List<Candidate> all = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      checkpoint.reached();
      List<Entity> found = members.get(i).recognize(doc, checkpoint);
      doc.addCandidates(found);
      for (Entity e : found) {
        all.add(new Candidate(e, i));
      }
    }
    all.sort(order());
    // Kept spans never overlap, so the one starting just before a candidate's end is the only
    // one that can overlap it: O(log n) per candidate.
    TreeMap<Integer, Entity> kept = new TreeMap<>();
    for (Candidate c : all) {
      Entity e = c.entity();
      Map.Entry<Integer, Entity> before = kept.floorEntry(Math.max(e.start(), e.end() - 1));
      boolean empty = e.end() == e.start();
      if (before == null || !(before.getValue().overlaps(e) || empty && before.getKey() == e.start())) {
        kept.put(e.start(), e);
      }
    }
    return new ArrayList<>(kept.values());
  }

  private Comparator<Candidate> order() {
    Comparator<Candidate> byRank = Comparator.comparingInt(Candidate::rank);
    Comparator<Candidate> byStart = Comparator.comparingInt(c -> c.entity().start());
    return switch (policy) {
      case PRIORITY -> byRank.thenComparing(byStart);
      case LONGEST -> Comparator.<Candidate>comparingInt(c -> c.entity().start() - c.entity().end())
          .thenComparing(byRank).thenComparing(byStart);
      case SCORE -> Comparator.<Candidate>comparingDouble(c -> -c.entity().score())
          .thenComparing(byRank).thenComparing(byStart);
    };
  }

  @Override
  public Set<String> labels() {
    return labels;
  }

  @Override
  public String describe() {
    return "pipeline(" + policy.name().toLowerCase(java.util.Locale.ROOT) + ": "
        + members.stream().map(Recognizer::describe).collect(Collectors.joining(", ")) + ")";
  }
}
