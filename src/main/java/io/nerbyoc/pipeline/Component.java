package io.nerbyoc.pipeline;

import io.nerbyoc.core.Recognizer;
import java.util.Set;

/**
 * A kind of pipeline step: its name in manifests, its typed config parsed strictly, and how to
 * build it. Register a new one in {@code io.nerbyoc.Components} (one class plus one line).
 *
 * @param <C> the config record
 */
public interface Component<C> {
  /** The name manifests use: {@code "component": "<name>"}. */
  String name();

  /** Reads the config from the step's object (every key it knows); {@code finish} is called after. */
  C config(ConfigReader reader);

  /** Builds the step; files it names are resolved inside {@code ctx.dir()}. */
  Recognizer create(C config, LoadContext ctx);

  /** Shipped files (relative to the embedded model root) the step loads, for memory estimates. */
  default Set<String> embeddedFiles(C config) {
    return Set.of();
  }
}
