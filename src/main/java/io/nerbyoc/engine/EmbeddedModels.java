package io.nerbyoc.engine;

import io.nerbyoc.config.NewlineMode;
import io.nerbyoc.config.Profile;
import io.nerbyoc.core.Recognizer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The pretrained CoreNLP CRFs shipped in the image, assembled into the two profiles. */
public final class EmbeddedModels {
  static final String DIR = "edu/stanford/nlp/models/ner/";
  static final String CONLL_4CLASS = DIR + "english.conll.4class.distsim.crf.ser.gz";
  static final String ALL_3CLASS = DIR + "english.all.3class.distsim.crf.ser.gz";
  static final String MUC_7CLASS = DIR + "english.muc.7class.distsim.crf.ser.gz";
  /** Not a profile: trained models with pretrained tags use it next to the accurate profile. */
  static final String CASELESS_3CLASS = DIR + "english.all.3class.caseless.distsim.crf.ser.gz";

  private EmbeddedModels() {}

  /** Files each profile loads, in combination order (earlier CRFs win). */
  public static List<String> files(Profile profile) {
    return switch (profile) {
      case FAST -> List.of(CONLL_4CLASS);
      case ACCURATE -> List.of(ALL_3CLASS, CONLL_4CLASS, MUC_7CLASS);
    };
  }

  private record Key(Profile profile, Path root, NewlineMode newlines) {}

  /** Loaded once per profile: pipelines and multi-model endpoints that name it share one copy. */
  private static final java.util.Map<Key, Recognizer> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

  public static Recognizer load(Profile profile, Path modelRoot, NewlineMode newlines) {
    return CACHE.computeIfAbsent(new Key(profile, modelRoot.toAbsolutePath().normalize(), newlines),
        k -> loadUncached(k.profile(), k.root(), k.newlines()));
  }

  private static final java.util.Map<Key, CoreNlpRecognizer> CASELESS = new java.util.concurrent.ConcurrentHashMap<>();

  /** The caseless 3-class CRF alone (no rules), loaded once. */
  static CoreNlpRecognizer caseless(Path modelRoot, NewlineMode newlines) {
    return CASELESS.computeIfAbsent(new Key(Profile.ACCURATE, modelRoot.toAbsolutePath().normalize(), newlines),
        k -> new CoreNlpRecognizer(List.of(CrfTagger.load(k.root().resolve(CASELESS_3CLASS))), false, k.newlines(),
            "embedded CoreNLP caseless 3-class"));
  }

  private static Recognizer loadUncached(Profile profile, Path modelRoot, NewlineMode newlines) {
    List<CrfTagger> taggers = loadAll(files(profile).stream().map(modelRoot::resolve).toList());
    boolean rules = profile == Profile.ACCURATE;
    return new CoreNlpRecognizer(
        taggers, rules, newlines, "embedded CoreNLP, profile " + profile.wireName());
  }

  /** Loads CRFs in parallel: deserialising them is most of the start-up time. */
  static List<CrfTagger> loadAll(List<Path> files) {
    List<CompletableFuture<CrfTagger>> futures =
        files.stream().map(f -> CompletableFuture.supplyAsync(() -> CrfTagger.load(f))).toList();
    try {
      return futures.stream().map(CompletableFuture::join).toList();
    } catch (CompletionException e) {
      if (e.getCause() instanceof ModelLoadException m) {
        throw m;
      }
      throw e;
    }
  }
}
