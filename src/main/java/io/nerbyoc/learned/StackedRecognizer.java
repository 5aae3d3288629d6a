package io.nerbyoc.learned;

import io.nerbyoc.core.Checkpoint;
import io.nerbyoc.core.CleanText;
import io.nerbyoc.core.CodePoints;
import io.nerbyoc.core.Document;
import io.nerbyoc.core.Entity;
import io.nerbyoc.core.LabelScheme;
import io.nerbyoc.core.Recasing;
import io.nerbyoc.core.Recognizer;
import io.nerbyoc.core.RequestOptions;
import io.nerbyoc.core.WrittenWords;
import io.nerbyoc.spacy.SpacyDoc;
import io.nerbyoc.spacy.SpacyPipeline;
import io.nerbyoc.spacy.ner.NerSpan;
import io.nerbyoc.spacy.text.SpacyToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A learned decider over the rules: the rules' entities, named as spaCy names them, become each
 * token's TAG ({@link EvidenceTags}), and a spaCy NER trained on the hand-annotated corpus with
 * that evidence ({@code data/learned}) decides the spans and types. The rules are evidence the
 * model learned when to trust, not the answer.
 *
 * <p>Types the rules decide better stay theirs ({@code rulesDecide}): PERSON, where the CoreNLP CRFs
 * learnt from far more names than the corpus holds, and the grammar's CARDINAL, MONEY, PERCENT and
 * QUANTITY, of which the corpus has too few to learn from (docs/ACCURACY.md). The rules' entities of
 * those types are kept, and the decider's entities of those types or overlapping a kept one dropped.
 *
 * <p>A leading "the" the model puts inside a name goes back into {@link Entity#lead}, so the spaCy
 * scheme answers {@code the Federal Reserve} and the others {@code Federal Reserve}, as with the rules.
 */
public final class StackedRecognizer implements Recognizer {
  /** The rules' entities as the corpus's predictions were made: spaCy's names, with their sources. */
  private static final RequestOptions EVIDENCE = new RequestOptions(LabelScheme.SPACY, null, true);

  private final Recognizer rules;
  private final SpacyPipeline decider;
  private final String source;
  private final String description;
  private final Set<String> rulesDecide;

  public StackedRecognizer(Recognizer rules, SpacyPipeline decider, Set<String> rulesDecide) {
    this.rules = rules;
    this.decider = decider;
    this.rulesDecide = Set.copyOf(rulesDecide);
    this.source = "learned:" + decider.name().strip();
    this.description = rules.describe() + ", decided by the learned " + decider.name().strip();
  }

  @Override
  public List<Entity> recognize(Document doc, Checkpoint checkpoint) {
    List<Entity> evidence = EVIDENCE.apply(rules.recognize(doc, checkpoint));
    checkpoint.reached();
    String text = doc.text();
    // The decider reads the text as the rules did: re-cased where they re-cased it, then cleaned
    // (HTML references, compatibility letters, joiners); both keep a map to the original offsets.
    CleanText clean = CleanText.of(Recasing.apply(text, doc.annotation(Recasing.KEY, d -> List.<Recasing.Word>of())));
    CodePoints cp = CodePoints.of(text);
    // In segments of at most SEGMENT characters, so the network's arrays stay small however long
    // the document (it was trained on sentences; its context is a few tokens either side).
    String read = clean.text();
    List<SpacyToken> tokens = new ArrayList<>();
    List<NerSpan> ents = new ArrayList<>();
    for (int from = 0; from < read.length(); ) {
      int to = segmentEnd(read, from);
      int offset = from;
      SpacyDoc d = decider.process(read.substring(from, to), checkpoint::reached,
          (t, toks) -> EvidenceTags.of(cp, original(toks, clean, offset), evidence));
      int base = tokens.size();
      tokens.addAll(original(d.tokens(), clean, offset));
      d.ents().forEach(e -> ents.add(new NerSpan(e.start() + base, e.end() + base, e.label(), e.score())));
      from = to;
    }
    boolean[] taken = new boolean[tokens.size()];
    ents.forEach(e -> java.util.Arrays.fill(taken, e.start(), e.end(), true));
    List<Entity> out = new ArrayList<>(ents.size());
    List<Entity> overruled = new ArrayList<>();
    for (NerSpan e : ents) {
      if (rulesDecide.contains(e.label())) {
        overruled.add(doc.entity(tokens.get(e.start()).begin(), tokens.get(e.end() - 1).end(), e.label(), e.score(), source));
        continue;
      }
      // Whole written words, as the rules' entities are: spaCy splits "10km" and "COVID-19m".
      int[] span = WrittenWords.wholeWords(text, e.start(), e.end(), tokens.size(), i -> tokens.get(i).begin(),
          i -> tokens.get(i).end(), NUMERIC.contains(e.label()), i -> !taken[i]);
      if (span == null) {
        continue;
      }
      int first = span[0];
      String lead = null;
      if (span[1] - first > 1 && LabelScheme.SPACY.takesLead(e.label()) && isThe(tokens.get(first).text())) {
        lead = text.substring(tokens.get(first).begin(), tokens.get(first + 1).begin());
        first++;
      }
      Entity ent = doc.entity(tokens.get(first).begin(), tokens.get(span[1] - 1).end(), e.label(), e.score(), source);
      out.add(lead == null ? ent : ent.withLead(lead));
    }
    List<Entity> ruled = rulesDecide.isEmpty() ? out : withRulesTypes(out, evidence, overruled);
    List<Entity> decided = withSureEvidence(withRulesWhereOverruled(ruled, evidence, overruled), evidence);
    return withWholeTextValue(decided, wholeTextValue(text, evidence));
  }

  /** The grammar's entity over the whole text where the decider found nothing or only that span. */
  static List<Entity> withWholeTextValue(List<Entity> decided, List<Entity> whole) {
    boolean same = decided.size() == 1 && !whole.isEmpty()
        && decided.get(0).start() == whole.get(0).start() && decided.get(0).end() == whole.get(0).end();
    return decided.isEmpty() || same ? whole : decided;
  }

  /**
   * A text that is one number, date or amount and nothing else ("sixteen", "1, 234, 567", a form
   * field's value) keeps the grammar's entity where the decider found nothing or the same span
   * ("11th" alone a rank, not a DATE): with no words around it the decider has no context to judge
   * it by, and the grammar read all of it.
   */
  static List<Entity> wholeTextValue(String text, List<Entity> evidence) {
    if (evidence.size() != 1 || !NUMERIC.contains(evidence.get(0).label())) {
      return List.of();
    }
    Entity e = evidence.get(0);
    CodePoints at = CodePoints.of(text);
    int begin = at.toUtf16(e.start());
    int end = at.toUtf16(e.end());
    boolean alone = text.substring(0, begin).isBlank()
        && text.substring(end).chars().allMatch(c -> Character.isWhitespace(c) || c == '.' || c == '!' || c == '?');
    return alone ? evidence : List.of();
  }

  /**
   * Evidence the decider may retype or reshape but not lose: a name a CoreNLP CRF is sure of
   * (≥ 0.9), and a date or time the grammar read ("last Friday", "at 3:30 pm"), that the decider dropped altogether,
   * overlapping nothing it kept ("Shares of Bank of America Corp. rose"; "paid $2 billion last
   * Friday"). Each is neutral on the held-out part (names +0.04 F1; dates P 78.2 against 78.3, F1
   * 76.8 either way, docs/ACCURACY.md) and keeps what users meet first.
   */
  static List<Entity> withSureEvidence(List<Entity> decided, List<Entity> evidence) {
    return withEvidence(decided, evidence, r -> r.score() >= 0.9
        && (EvidenceTags.origin(r).startsWith("crf-")
            || "rules:numbers".equals(r.source())
                && ("DATE".equals(r.label()) || "TIME".equals(r.label()) && !touchesAny(r, decided))));
  }

  /**
   * A grammar time right next to an entity the decider kept ("Feb 1 2015 | 11:11 PM") is a piece
   * of an expression the decider shaped its own way, not one it lost.
   */
  private static boolean touchesAny(Entity r, List<Entity> decided) {
    return decided.stream().anyMatch(d -> Math.abs(r.start() - d.end()) <= 2 || Math.abs(d.start() - r.end()) <= 2);
  }

  /**
   * Where a decider's entity was dropped for the rules (its type is theirs to decide, or it
   * overlapped one of theirs), the rules' own entities there that overlap nothing kept come back:
   * "In 2004 $5 million" read as one MONEY gives way to the rules' `$5 million`, and their `2004`
   * must not be lost with it.
   */
  static List<Entity> withRulesWhereOverruled(List<Entity> decided, List<Entity> evidence, List<Entity> overruled) {
    return withEvidence(decided, evidence, r -> overruled.stream().anyMatch(r::overlaps));
  }

  /** {@code decided} plus the rules' entities that {@code comesBack} accepts and that overlap nothing kept, in order. */
  private static List<Entity> withEvidence(List<Entity> decided, List<Entity> evidence, Predicate<Entity> comesBack) {
    List<Entity> out = null;
    for (Entity r : evidence) {
      if (comesBack.test(r) && (out == null ? decided : out).stream().noneMatch(r::overlaps)) {
        out = out == null ? new ArrayList<>(decided) : out;
        out.add(r);
      }
    }
    if (out == null) {
      return decided;
    }
    out.sort(java.util.Comparator.comparingInt(Entity::start).thenComparingInt(Entity::end));
    return out;
  }

  /** The rules' entities of the types they decide, then the decider's that overlap none of those. */
  private List<Entity> withRulesTypes(List<Entity> decided, List<Entity> evidence, List<Entity> overruled) {
    List<Entity> out = new ArrayList<>();
    for (Entity r : evidence) {
      if (rulesDecide.contains(r.label())) {
        out.add(r);
      }
    }
    int kept = out.size();
    for (Entity e : decided) {
      if (out.subList(0, kept).stream().noneMatch(e::overlaps)) {
        out.add(e);
      } else {
        overruled.add(e);
      }
    }
    out.sort(java.util.Comparator.comparingInt(Entity::start).thenComparingInt(Entity::end));
    return out;
  }

  private static final Set<String> NUMERIC = Set.of("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL");

  /** At most this many characters go through the network at once. */
  static final int SEGMENT = 2_000;

  /**
   * Where the segment starting at {@code from} ends: the text's end if near, else the last line
   * break or sentence end (". ") in the second half of the window, else its last space, else the
   * window's end (never inside a surrogate pair).
   */
  static int segmentEnd(String text, int from) {
    int limit = from + SEGMENT;
    if (limit >= text.length()) {
      return text.length();
    }
    int half = from + SEGMENT / 2;
    int cut = Math.max(text.lastIndexOf('\n', limit - 1), text.lastIndexOf(". ", limit - 2) + 1);
    if (cut <= half) {
      cut = text.lastIndexOf(' ', limit - 1);
    }
    if (cut <= from) {
      cut = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    } else {
      cut++; // after the break or space
    }
    return cut;
  }

  /** spaCy's tokens of a segment of the clean text starting at {@code offset}, at their offsets in the original. */
  private static List<SpacyToken> original(List<SpacyToken> tokens, CleanText clean, int offset) {
    List<SpacyToken> out = new ArrayList<>(tokens.size());
    for (SpacyToken t : tokens) {
      out.add(new SpacyToken(t.text(), clean.begin(offset + t.begin()), clean.end(offset + t.end() - 1), t.norm(),
          t.spaceAfter()));
    }
    return out;
  }

  private static boolean isThe(String word) {
    return word.equals("the") || word.equals("The") || word.equals("THE");
  }

  @Override
  public Set<String> labels() {
    return decider.labels();
  }

  @Override
  public String describe() {
    return description;
  }
}
