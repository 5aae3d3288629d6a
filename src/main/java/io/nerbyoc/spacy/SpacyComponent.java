package io.nerbyoc.spacy;

import io.nerbyoc.core.Recognizer;
import io.nerbyoc.pipeline.Component;
import io.nerbyoc.pipeline.ConfigReader;
import io.nerbyoc.pipeline.LoadContext;
import io.nerbyoc.pipeline.ModelLoadException;
import io.nerbyoc.spacy.nn.StaticVectors;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code {"component": "spacy", "dir": "my_pipeline"}}: a spaCy v3 pipeline directory (what
 * {@code nlp.to_disk} writes) run by the Java engine. A model directory that is itself a spaCy
 * pipeline, with no ner-model.json, serves through {@link #load} as well.
 */
public final class SpacyComponent implements Component<SpacyComponent.Config> {
  private static final Logger log = LoggerFactory.getLogger(SpacyComponent.class);

  public record Config(String dir) {}

  @Override
  public String name() {
    return "spacy";
  }

  @Override
  public Config config(ConfigReader r) {
    return new Config(r.string("dir", "."));
  }

  @Override
  public Recognizer create(Config c, LoadContext ctx) {
    Path d = ctx.file(c.dir(), "spacy \"dir\"");
    if (!SpacyPipelines.isPipeline(d)) {
      throw new ModelLoadException(ctx.manifest(), "spacy \"dir\" " + d + " is not a spaCy pipeline directory (it needs "
          + "config.cfg, meta.json and tokenizer, as nlp.to_disk writes them)");
    }
    return load(d);
  }

  /** Loads the pipeline in {@code dir} and logs what runs and what was skipped. */
  public static SpacyRecognizer load(Path dir) {
    return load(dir, null);
  }

  /** {@link #load(Path)} with static vectors supplied (see {@link SpacyPipeline#load(Path, StaticVectors.Table)}). */
  static SpacyRecognizer load(Path dir, StaticVectors.Table vectors) {
    long t0 = System.nanoTime();
    SpacyPipeline p = vectors == null ? SpacyPipeline.load(dir) : SpacyPipeline.load(dir, vectors);
    if (p.readsTags()) {
      throw new ModelLoadException(dir, "the pipeline's tok2vec embeds TAG or LEMMA, which a tagger or lemmatizer sets in "
          + "spaCy and this engine does not run: train it with attrs [\"NORM\", \"PREFIX\", \"SUFFIX\", \"SHAPE\"] (spaCy's default)");
    }
    log.info("Loaded spaCy pipeline {} from {} in {} ms: components {}, labels {}", p.name().strip(), dir,
        (System.nanoTime() - t0) / 1_000_000, p.components(), p.labels());
    p.notes().forEach(n -> log.info("spaCy pipeline {}: {}", p.name().strip(), n));
    return new SpacyRecognizer(p);
  }
}
