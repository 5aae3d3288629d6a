package io.nerbyoc.engine.corenlp;

import io.nerbyoc.pipeline.ModelLoadException;
import io.nerbyoc.codec.ManifestCodec;
import io.nerbyoc.config.NewlineMode;
import io.nerbyoc.config.Profile;
import io.nerbyoc.core.Recognizer;
import io.nerbyoc.pipeline.ComponentRegistry;
import io.nerbyoc.pipeline.LoadContext;
import io.nerbyoc.pipeline.ManifestReader;
import io.nerbyoc.pipeline.ModelDirectories;
import io.nerbyoc.pipeline.ModelSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The pretrained CoreNLP CRFs shipped in the image, assembled into the two profiles. */
public final class EmbeddedModels {
  static final String DIR = "edu/stanford/nlp/models/ner/";
  static final String ALL_3CLASS = DIR + "english.all.3class.distsim.crf.ser.gz";
  /** Not a profile: trained models with pretrained tags use it next to the accurate profile. */
  static final String CASELESS_3CLASS = DIR + "english.all.3class.caseless.distsim.crf.ser.gz";

  private EmbeddedModels() {}

  /**
   * Not a profile: the rules whose tags trained models' {@code pretrained_tags} feature learned
   * (the accurate profile's rules as they were when those models were trained, three CRFs). They
   * stay as they were so that a model trained then answers the same now.
   */
  static final String PRETRAINED_TAGS = "pretrained-tags";

  /** The profile's pipeline, shipped as {@code profiles/<profile>.json}: a profile is data, not code. */
  public static ModelSpec spec(Profile profile) {
    return spec(profile.wireName());
  }

  private static ModelSpec spec(String manifest) {
    return SPECS.computeIfAbsent(manifest, m -> {
      String name = "profiles/" + m + ".json";
      try (java.io.InputStream in = EmbeddedModels.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("resource " + name + " is missing from the jar");
        }
        String json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return ManifestReader.parse(Path.of(name), ManifestCodec.parse(json, name), PROFILE_COMPONENTS);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  /** Profiles are built from CRF steps only. */
  private static final ComponentRegistry PROFILE_COMPONENTS = new ComponentRegistry(List.of(new CrfComponent()));
  private static final java.util.Map<String, ModelSpec> SPECS = new java.util.concurrent.ConcurrentHashMap<>();

  /** Files each profile loads, in combination order (earlier CRFs win). */
  public static List<String> files(Profile profile) {
    return List.copyOf(spec(profile).embeddedFiles());
  }

  private record Key(String manifest, Path root, NewlineMode newlines) {}

  /** Loaded once per profile: pipelines and multi-model endpoints that name it share one copy. */
  private static final java.util.Map<Key, Recognizer> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

  public static Recognizer load(Profile profile, Path modelRoot, NewlineMode newlines) {
    return CACHE.computeIfAbsent(new Key(profile.wireName(), modelRoot.toAbsolutePath().normalize(), newlines),
        k -> loadUncached(k.manifest(), k.root(), k.newlines()));
  }

  /** The rules of {@link #PRETRAINED_TAGS}, loaded once. */
  static CoreNlpRecognizer pretrainedTagRules(Path modelRoot, NewlineMode newlines) {
    return (CoreNlpRecognizer) CACHE.computeIfAbsent(new Key(PRETRAINED_TAGS, modelRoot.toAbsolutePath().normalize(), newlines),
        k -> loadUncached(k.manifest(), k.root(), k.newlines()));
  }

  private static final java.util.Map<Key, CoreNlpRecognizer> CASELESS = new java.util.concurrent.ConcurrentHashMap<>();

  /** The caseless 3-class CRF alone (no rules), loaded once. */
  static CoreNlpRecognizer caseless(Path modelRoot, NewlineMode newlines) {
    return CASELESS.computeIfAbsent(new Key("caseless", modelRoot.toAbsolutePath().normalize(), newlines),
        k -> new CoreNlpRecognizer(List.of(CrfTagger.load(k.root().resolve(CASELESS_3CLASS))), false, k.newlines(),
            "embedded CoreNLP caseless 3-class"));
  }

  private static Recognizer loadUncached(String manifest, Path modelRoot, NewlineMode newlines) {
    return ModelDirectories.build(spec(manifest), new LoadContext(modelRoot, modelRoot.resolve("profiles/" + manifest
        + ".json"), modelRoot, newlines, PROFILE_COMPONENTS, 0));
  }

  /** Loads CRFs in parallel: deserialising them is most of the start-up time. */
  static List<CrfTagger> loadAll(List<Path> files) {
    List<CompletableFuture<CrfTagger>> futures =
        files.stream().map(f -> CompletableFuture.supplyAsync(() -> CrfTagger.load(f))).toList();
    return futures.stream().map(EmbeddedModels::join).toList();
  }

  /** The loaded value, or the {@link ModelLoadException} that loading threw. */
  static <T> T join(CompletableFuture<T> loading) {
    try {
      return loading.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof ModelLoadException m) {
        throw m;
      }
      throw e;
    }
  }
}
