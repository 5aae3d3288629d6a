package io.nerbyoc.learned;

import io.nerbyoc.core.CodePoints;
import io.nerbyoc.core.Entity;
import io.nerbyoc.spacy.TokenTags;
import io.nerbyoc.spacy.text.SpacyToken;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The rules' entities as evidence on spaCy's tokens, the two attributes a stacked model embeds:
 * TAG, one BILUO tag per token ("B-ORG", "I-ORG", "L-ORG", "U-DATE", "O"), and LEMMA, the origin of
 * the entity a token is in: which part of the rules made it and how sure it was ("crf-3class|hi",
 * "rules:numbers|mid", "O" outside). An entity that starts or ends inside a token widens to it, and
 * of overlapping entities the first by offset wins, exactly as the training documents were made
 * ({@code data/learned/stack_docs.py}), so the model sees at serving time what it saw in training.
 */
final class EvidenceTags {
  private EvidenceTags() {}

  static TokenTags.Assigned of(String text, List<SpacyToken> tokens, List<Entity> evidence) {
    return of(CodePoints.of(text), tokens, evidence);
  }

  /** {@link #of(String, List, List)} with the text's code point map made once (a long text goes in segments). */
  static TokenTags.Assigned of(CodePoints cp, List<SpacyToken> tokens, List<Entity> evidence) {
    String[] tags = new String[tokens.size()];
    String[] origins = new String[tokens.size()];
    Arrays.fill(tags, "O");
    Arrays.fill(origins, "O");
    if (evidence.isEmpty() || tokens.isEmpty()) {
      return new TokenTags.Assigned(tags, origins);
    }
    int[] begin = new int[tokens.size()];
    int[] end = new int[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      begin[i] = cp.toCodePoint(tokens.get(i).begin());
      end[i] = cp.toCodePoint(tokens.get(i).end());
    }
    List<int[]> spans = new ArrayList<>();
    List<Entity> kept = new ArrayList<>();
    int from = 0; // entities come by start offset: tokens ending before one end before the next
    for (Entity e : sorted(evidence)) {
      while (from < tokens.size() && end[from] <= e.start()) {
        from++;
      }
      int first = -1;
      int last = -1;
      for (int i = from; i < tokens.size() && begin[i] < e.end(); i++) {
        if (end[i] > e.start()) {
          first = first < 0 ? i : first;
          last = i;
        }
      }
      if (first < 0 || (!spans.isEmpty() && first <= spans.get(spans.size() - 1)[1])) {
        continue;
      }
      spans.add(new int[] {first, last});
      kept.add(e);
    }
    for (int s = 0; s < spans.size(); s++) {
      int first = spans.get(s)[0];
      int last = spans.get(s)[1];
      String label = kept.get(s).label();
      Arrays.fill(origins, first, last + 1, origin(kept.get(s)));
      if (first == last) {
        tags[first] = "U-" + label;
        continue;
      }
      tags[first] = "B-" + label;
      for (int i = first + 1; i < last; i++) {
        tags[i] = "I-" + label;
      }
      tags[last] = "L-" + label;
    }
    return new TokenTags.Assigned(tags, origins);
  }

  private static final String[] CRFS = {"3class", "4class", "7class"};

  /** "crf-4class+names|hi": the CRF (or rule stage) behind an entity, what changed it, and its confidence band. */
  static String origin(Entity e) {
    String source = e.source() == null ? "unknown" : e.source();
    for (String crf : CRFS) {
      if (source.contains(crf)) {
        int plus = source.lastIndexOf('+');
        source = "crf-" + crf + (plus < 0 ? "" : source.substring(plus));
      }
    }
    double s = e.score();
    return source + "|" + (s >= 0.9 ? "hi" : s >= 0.7 ? "mid" : "lo");
  }

  private static List<Entity> sorted(List<Entity> ents) {
    return ents.stream()
        .sorted(Comparator.comparingInt(Entity::start).thenComparingInt(Entity::end).thenComparing(Entity::label))
        .toList();
  }
}
