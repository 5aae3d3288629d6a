package io.nerbyoc.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One request's text and what the pipeline learns about it, shared by every component: the text
 * is tokenised once per tokenizer (see {@link Tokenizer#key()}), per-sentence annotations are
 * computed once under their name, and each recognizer's entities are kept as candidates with
 * their source and score for the merge policy to choose among. Offsets are UTF-16 inside the
 * document; {@link #entity} converts them to code points, in linear time, in one place.
 *
 * <p>A document belongs to one request on one worker thread: it is not thread-safe.
 */
public final class Document {
  private final String text;
  private CodePoints codePoints;
  private final Map<String, List<List<Token>>> tokenisations = new HashMap<>(2);
  private final Map<Object, Object> annotations = new HashMap<>(4);
  private final List<Entity> candidates = new ArrayList<>();

  public Document(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }

  /** Sentences of tokens by {@code tokenizer}, tokenised on first use only. */
  public List<List<Token>> sentences(Tokenizer tokenizer, Checkpoint checkpoint) {
    List<List<Token>> s = tokenisations.get(tokenizer.key());
    if (s == null) {
      s = List.copyOf(tokenizer.tokenize(text, checkpoint));
      tokenisations.put(tokenizer.key(), s);
    }
    return s;
  }

  /**
   * A named annotation (per-token feature layers, a casing decision, a model's tags), computed
   * on first use and shared by every component that asks under an equal key (a string, or a
   * record naming what the value depends on).
   */
  @SuppressWarnings("unchecked")
  public <T> T annotation(Object key, Function<Document, T> compute) {
    Object a = annotations.get(key);
    if (a == null) {
      a = compute.apply(this);
      annotations.put(key, a);
    }
    return (T) a;
  }

  /** An entity over UTF-16 offsets {@code [begin, end)} of this text, with code point offsets. */
  public Entity entity(int begin, int end, String label, double score, String source) {
    if (codePoints == null) {
      codePoints = CodePoints.of(text);
    }
    return Entity.ofUtf16(text, codePoints, begin, end, label, score, source);
  }

  /** Records a recognizer's entities as candidates; the merge policy picks among them. */
  public void addCandidates(List<Entity> entities) {
    candidates.addAll(entities);
  }

  /** Every candidate so far, in the order recognizers added them. */
  public List<Entity> candidates() {
    return java.util.Collections.unmodifiableList(candidates);
  }
}
