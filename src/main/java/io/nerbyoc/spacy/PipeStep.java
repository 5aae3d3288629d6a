package io.nerbyoc.spacy;

/** One component of a loaded spaCy pipeline, run in the pipeline's order on a document. */
interface PipeStep {
  /** The component's name in the pipeline. */
  String name();

  void process(SpacyDoc doc);

  /** Whether the step embeds token tags, which only a caller's {@link TokenTags} can supply here. */
  default boolean readsTags() {
    return false;
  }
}
