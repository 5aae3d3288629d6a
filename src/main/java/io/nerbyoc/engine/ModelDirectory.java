package io.nerbyoc.engine;

import io.nerbyoc.config.NewlineMode;
import io.nerbyoc.config.Profile;
import io.nerbyoc.core.MergePolicy;
import io.nerbyoc.core.MergingRecognizer;
import io.nerbyoc.core.ModelManifest;
import io.nerbyoc.core.Recognizer;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the recognizer a model directory's manifest describes. */
public final class ModelDirectory {
  public static final String EMBEDDED = "corenlp-embedded";
  public static final String CORENLP_CRF = "corenlp-crf";
  public static final String OPENNLP = "opennlp";
  /** Manifest field: also return the embedded model's types (trained labels win on overlap). */
  public static final String COMBINE = "combine_with_pretrained";
  /** Manifest field: the model was trained with the embedded model's tags as features, so needs them too. */
  public static final String PRETRAINED_TAGS = "pretrained_tags";
  /** Manifest field: the model was trained with gazetteer features, so needs them too. */
  public static final String GAZETTEERS = "gazetteers";
  /** Manifest field: the model was trained with encoder tagger features ({@link EncoderTagger#FILE} beside it). */
  public static final String ENCODER_TAGS = "encoder_tags";
  /** Manifest field (CRF): decode for recall, tagging tokens whose "outside" probability is below this. */
  public static final String OUTSIDE_THRESHOLD = "outside_threshold";

  private ModelDirectory() {}

  public static Recognizer load(ModelManifest m, Path dir, Path embeddedRoot, NewlineMode newlines) {
    Path manifest = dir.resolve(ModelManifest.FILE_NAME);
    Recognizer r = switch (m.engine()) {
      case EMBEDDED -> EmbeddedModels.load(profile(m, manifest), embeddedRoot, newlines);
      case CORENLP_CRF -> {
        List<CrfTagger> taggers = EmbeddedModels.loadAll(
            models(m, manifest, "CRF").stream().map(f -> ModelPaths.inside(dir, f, manifest, "\"models\" entry")).toList());
        if (m.info().get(OUTSIDE_THRESHOLD) instanceof Number t) {
          taggers = taggers.stream().map(c -> c.withOutsideThreshold(t.doubleValue())).toList();
        }
        CoreNlpRecognizer crf = new CoreNlpRecognizer(taggers, m.rules(), newlines, "CoreNLP CRF from " + dir);
        PretrainedFeatures.TokenFeatures features = tokenFeatures(m, dir, manifest, embeddedRoot, newlines);
        yield features == null ? crf : crf.withTokenFeatures(features);
      }
      case OPENNLP -> {
        List<String> files = models(m, manifest, "OpenNLP name finder");
        if (m.labels().isEmpty()) {
          throw new ModelLoadException(manifest, "\"labels\" is empty; list the types the model was trained on");
        }
        PretrainedFeatures.TokenFeatures tags = tokenFeatures(m, dir, manifest, embeddedRoot, newlines);
        yield new OpenNlpRecognizer(ModelPaths.inside(dir, files.get(0), manifest, "\"models\" entry"), java.util.Set.copyOf(m.labels()), newlines,
            "OpenNLP name finder from " + dir, tags);
      }
      default -> throw new ModelLoadException(manifest,
          "engine '" + m.engine() + "' is not one of: " + EMBEDDED + ", " + CORENLP_CRF + ", " + OPENNLP + ", pipeline");
    };
    if (!EMBEDDED.equals(m.engine()) && Boolean.TRUE.equals(m.info().get(COMBINE))) {
      // The trained model first: PRIORITY keeps its entities and adds embedded ones only where free.
      r = new MergingRecognizer(List.of(r, EmbeddedModels.load(profile(m, manifest), embeddedRoot, newlines)), MergePolicy.PRIORITY);
    }
    return r;
  }

  /** The pretrained features the model was trained with, or null. */
  private static PretrainedFeatures.TokenFeatures tokenFeatures(ModelManifest m, Path dir, Path manifest, Path embeddedRoot,
      NewlineMode newlines) {
    boolean tags = Boolean.TRUE.equals(m.info().get(PRETRAINED_TAGS));
    boolean gazetteers = Boolean.TRUE.equals(m.info().get(GAZETTEERS));
    boolean encoder = Boolean.TRUE.equals(m.info().get(ENCODER_TAGS));
    return tags || gazetteers || encoder
        ? PretrainedFeatures.tokenFeatures(embeddedRoot, newlines, tags, gazetteers,
            encoder ? PretrainedFeatures.encoderTags(embeddedRoot,
                ModelPaths.inside(dir, EncoderTagger.FILE, manifest, "the encoder_tags file")) : null)
        : null;
  }

  /**
   * The shipped files (relative to the embedded model root) the manifest's model loads besides its
   * directory's own, a pipeline's inline engine steps included: memory estimates count them.
   */
  public static Set<String> embeddedFiles(ModelManifest m) {
    Set<String> files = new LinkedHashSet<>();
    Profile profile;
    try {
      profile = m.profile() == null ? Profile.ACCURATE : Profile.parse(m.profile());
    } catch (IllegalArgumentException e) {
      profile = Profile.ACCURATE; // the load will refuse it; estimate the larger profile meanwhile
    }
    if (EMBEDDED.equals(m.engine()) || Boolean.TRUE.equals(m.info().get(COMBINE))) {
      files.addAll(EmbeddedModels.files(profile));
    }
    if (Boolean.TRUE.equals(m.info().get(PRETRAINED_TAGS))) {
      files.addAll(EmbeddedModels.files(Profile.ACCURATE));
      files.add(EmbeddedModels.CASELESS_3CLASS);
    }
    if (Boolean.TRUE.equals(m.info().get(GAZETTEERS))) {
      files.add(Gazetteer.FILE);
    }
    if (Boolean.TRUE.equals(m.info().get(ENCODER_TAGS))) {
      files.add(TextEncoder.MODEL);
      files.add(TextEncoder.TOKENIZER);
    }
    if (m.info().get("steps") instanceof List<?> steps) {
      for (Object step : steps) {
        if (step instanceof Map<?, ?> s && s.get("engine") instanceof String engine) {
          files.addAll(embeddedFiles(new ModelManifest(ModelManifest.FORMAT_VERSION, engine,
              s.get("profile") instanceof String p ? p.toLowerCase(java.util.Locale.ROOT) : null,
              List.of(), false, List.of(), Map.of())));
        }
      }
    }
    return files;
  }

  private static List<String> models(ModelManifest m, Path manifest, String what) {
    if (m.models().isEmpty()) {
      throw new ModelLoadException(manifest, "\"models\" lists no " + what + " file");
    }
    return m.models();
  }

  private static Profile profile(ModelManifest m, Path manifest) {
    try {
      return m.profile() == null ? Profile.ACCURATE : Profile.parse(m.profile());
    } catch (IllegalArgumentException e) {
      throw new ModelLoadException(manifest, "profile '" + m.profile() + "' is not one of: accurate, fast");
    }
  }
}
