package io.nerbyoc;

import io.nerbyoc.engine.corenlp.CrfComponent;
import io.nerbyoc.engine.corenlp.EmbeddedComponent;
import io.nerbyoc.engine.opennlp.OpenNlpComponent;
import io.nerbyoc.pipeline.ComponentRegistry;
import io.nerbyoc.pipeline.ModelDirComponent;
import io.nerbyoc.pipeline.PatternsComponent;
import io.nerbyoc.spacy.SpacyComponent;
import java.util.List;

/** Every component a manifest may name. A new component is one class and one line here. */
public final class Components {
  public static final ComponentRegistry ALL = new ComponentRegistry(List.of(
      new EmbeddedComponent(),
      new CrfComponent(),
      new OpenNlpComponent(),
      new PatternsComponent(),
      new ModelDirComponent(),
      new SpacyComponent()));

  private Components() {}
}
