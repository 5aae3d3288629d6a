package io.nerbyoc.spacy;

import io.nerbyoc.spacy.nn.StaticVectors;
import io.nerbyoc.spacy.text.SpacyToken;
import io.nerbyoc.spacy.text.SpacyTokenizer;
import io.nerbyoc.spacy.vocab.LexemeFeatures;
import io.nerbyoc.spacy.vocab.StringIds;
import io.nerbyoc.spacy.vocab.Vocab;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A spaCy v3 pipeline directory (what {@code nlp.to_disk} writes) loaded for inference: the
 * tokenizer, the vocab's lexical attributes, and the supported components in pipeline order.
 * Thread-safe: every call works on its own {@link SpacyDoc}.
 */
public final class SpacyPipeline {
  private final Path dir;
  private final String name;
  private final SpacyTokenizer tokenizer;
  private final Vocab vocab;
  private final List<PipeStep> steps;
  private final List<String> labels;
  private final List<String> notes;

  SpacyPipeline(Path dir, String name, SpacyTokenizer tokenizer, Vocab vocab, List<PipeStep> steps, List<String> labels,
      List<String> notes) {
    this.dir = dir;
    this.name = name;
    this.tokenizer = tokenizer;
    this.vocab = vocab;
    this.steps = List.copyOf(steps);
    this.labels = List.copyOf(labels);
    this.notes = List.copyOf(notes);
  }

  /** Loads the pipeline in {@code dir} (see {@link SpacyPipelineLoader}). */
  public static SpacyPipeline load(Path dir) {
    return SpacyPipelineLoader.load(dir, null);
  }

  /**
   * Loads a pipeline whose static vectors the caller supplies instead of {@code vocab/vectors}: the
   * stacked decider's, composed from the encoder's word pieces for any word ({@code learned}).
   */
  public static SpacyPipeline load(Path dir, StaticVectors.Table vectors) {
    return SpacyPipelineLoader.load(dir, vectors);
  }

  /** Tokenizes {@code text} and runs every component, as {@code nlp(text)}. */
  public SpacyDoc process(String text) {
    return process(text, () -> { });
  }

  /** {@link #process(String)}, calling {@code progress} every few hundred tokens of work (it may throw to stop). */
  public SpacyDoc process(String text, Runnable progress) {
    return process(text, progress, null);
  }

  /** {@link #process(String, Runnable)} with each token's TAG and LEMMA from {@code tags} (null: none). */
  public SpacyDoc process(String text, Runnable progress, TokenTags tags) {
    List<SpacyToken> tokens = tokenizer.tokenize(text);
    List<LexemeFeatures> features = new ArrayList<>(tokens.size());
    TokenTags.Assigned given = tags == null ? null : tags.of(text, tokens);
    for (int i = 0; i < tokens.size(); i++) {
      SpacyToken t = tokens.get(i);
      LexemeFeatures f = vocab.features(t.text(), t.norm());
      features.add(given == null ? f : f.withTagAndLemma(id(given.tags(), i), id(given.lemmas(), i)));
    }
    SpacyDoc doc = new SpacyDoc(text, tokens, features, progress);
    for (PipeStep s : steps) {
      s.process(doc);
    }
    return doc;
  }

  /** spaCy's id of the i-th string, 0 (spaCy's empty string) when there is none. */
  private static long id(String[] strings, int i) {
    return strings == null || strings[i] == null || strings[i].isEmpty() ? 0L : StringIds.of(strings[i]);
  }

  /** The tokenizer alone, as {@code nlp.tokenizer(text)}. */
  public List<SpacyToken> tokenize(String text) {
    return tokenizer.tokenize(text);
  }

  public Path dir() {
    return dir;
  }

  /** "en_pipeline 0.0.0" from meta.json, for logs. */
  public String name() {
    return name;
  }

  /** Entity labels the pipeline can return, as spaCy names them. */
  public Set<String> labels() {
    return new LinkedHashSet<>(labels);
  }

  /** Whether a component embeds token tags: the pipeline then needs {@link TokenTags} to run as trained. */
  public boolean readsTags() {
    return steps.stream().anyMatch(PipeStep::readsTags);
  }

  /** The components that run, in order. */
  public List<String> components() {
    return steps.stream().map(PipeStep::name).toList();
  }

  /** What the load decided that a user should know (skipped components, sentence boundaries). */
  public List<String> notes() {
    return notes;
  }
}
