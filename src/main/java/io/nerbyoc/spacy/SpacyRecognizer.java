package io.nerbyoc.spacy;

import io.nerbyoc.core.Checkpoint;
import io.nerbyoc.core.Document;
import io.nerbyoc.core.Entity;
import io.nerbyoc.core.Recognizer;
import io.nerbyoc.spacy.ner.NerSpan;
import io.nerbyoc.spacy.text.SpacyToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A spaCy pipeline as the service's recognizer: spaCy's entities with their labels unchanged,
 * scored by {@link io.nerbyoc.spacy.ner.GreedyNer} (entities an entity ruler set score 1.0).
 */
public final class SpacyRecognizer implements Recognizer {
  private final SpacyPipeline pipeline;
  private final String source;

  public SpacyRecognizer(SpacyPipeline pipeline) {
    this.pipeline = pipeline;
    this.source = "spacy:" + pipeline.name().strip();
  }

  public SpacyPipeline pipeline() {
    return pipeline;
  }

  @Override
  public List<Entity> recognize(Document doc, Checkpoint checkpoint) {
    checkpoint.reached();
    SpacyDoc d = pipeline.process(doc.text(), checkpoint::reached);
    List<Entity> out = new ArrayList<>(d.ents().size());
    for (NerSpan e : d.ents()) {
      SpacyToken first = d.tokens().get(e.start());
      SpacyToken last = d.tokens().get(e.end() - 1);
      out.add(doc.entity(first.begin(), last.end(), e.label(), e.score(), source));
    }
    return out;
  }

  @Override
  public Set<String> labels() {
    return pipeline.labels();
  }

  @Override
  public String describe() {
    return "spaCy pipeline " + pipeline.name().strip() + " from " + pipeline.dir() + " (" + String.join(", ",
        pipeline.components()) + ")";
  }
}
