package io.nerbyoc.tags;

import io.nerbyoc.core.TokenSpan;
import io.nerbyoc.tags.Tag.Place;
import java.util.ArrayList;
import java.util.List;

/**
 * The ways of writing a sentence's entities as one tag per token, and the one decoder that reads
 * them all back. Every reader, trainer and tagger goes through here, so a trained model's labels,
 * the tags of its training data and the features stacked on it agree. (OpenNLP's name finder
 * codes names in its own outcomes; the scheme only picks its codec there.)
 *
 * <p>{@link #decode} is lenient, as conlleval is, because tags predicted by a model can be
 * ill-formed and training files mix conventions: an entity starts at B-/S-/U-, after O, or where
 * the label changes (so {@code O I-PER} is a PER entity and {@code B-PER I-ORG} two entities); it
 * ends before O, B-/S-/U- or another label, after E-/L-/S-/U-, or at the end of the sentence (so
 * {@code E-PER I-PER} is two entities). This reads all four schemes without being told which.
 */
public enum TagScheme {
  /** I- on every entity token: adjacent entities of one label cannot be told apart. */
  IO,
  /** IOB1: I-, and B- only on the first token of an entity that follows one of the same label. */
  IOB1,
  /** BIO, also IOB2: B- on the first token, I- on the rest. */
  BIO,
  /**
   * BILOU, also IOBES: B-, I-, then E- on the last token; S- on a one-token entity. Written in the
   * IOBES letters because models trained so far carry those as their labels; L- and U- read the same.
   */
  BILOU;

  /** The scheme the {@code label_scheme} hyperparameter names ({@code bio}, {@code bilou}, ...). */
  public static TagScheme named(String name) {
    return valueOf(name.toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * One tag per token ({@code O} outside entities) for {@code spans}: sorted, non-overlapping
   * token ranges within {@code [0, length)}.
   */
  public String[] encode(List<TokenSpan> spans, int length) {
    String[] tags = new String[length];
    java.util.Arrays.fill(tags, Tag.OUTSIDE_TAG);
    TokenSpan previous = null;
    for (TokenSpan s : spans) {
      if (s.start() < (previous == null ? 0 : previous.end()) || s.end() <= s.start() || s.end() > length) {
        throw new IllegalArgumentException("span " + s + " overlaps " + previous + " or is not within 0.." + length);
      }
      boolean followsSameLabel = previous != null && previous.end() == s.start() && previous.label().equals(s.label());
      for (int i = s.start(); i < s.end(); i++) {
        tags[i] = new Tag(place(s, i, followsSameLabel), s.label()).toString();
      }
      previous = s;
    }
    return tags;
  }

  private Place place(TokenSpan s, int i, boolean followsSameLabel) {
    boolean first = i == s.start();
    boolean last = i == s.end() - 1;
    return switch (this) {
      case IO -> Place.INSIDE;
      case IOB1 -> first && followsSameLabel ? Place.BEGIN : Place.INSIDE;
      case BIO -> first ? Place.BEGIN : Place.INSIDE;
      case BILOU -> first && last ? Place.SINGLE : first ? Place.BEGIN : last ? Place.END : Place.INSIDE;
    };
  }

  /** The entities of a sentence's tags, in any scheme, leniently (see the class comment); {@link Tag#parse} reads each tag. */
  public static List<TokenSpan> decode(String[] tags) {
    List<Tag> parsed = new ArrayList<>(tags.length);
    for (String t : tags) {
      parsed.add(Tag.parse(t));
    }
    return decode(parsed);
  }

  /** The entities of a sentence's parsed tags, leniently (see the class comment). */
  public static List<TokenSpan> decode(List<Tag> tags) {
    List<TokenSpan> out = new ArrayList<>();
    String open = null; // the label of the entity being read
    int start = 0;
    for (int i = 0; i < tags.size(); i++) {
      Tag t = tags.get(i);
      if (open != null && (t.isOutside() || t.place().begins() || !open.equals(t.label()))) {
        out.add(new TokenSpan(start, i, open));
        open = null;
      }
      if (t.isOutside()) {
        continue;
      }
      if (open == null) {
        open = t.label();
        start = i;
      }
      if (t.place().ends()) {
        out.add(new TokenSpan(start, i + 1, open));
        open = null;
      }
    }
    if (open != null) {
      out.add(new TokenSpan(start, tags.size(), open));
    }
    return out;
  }
}
