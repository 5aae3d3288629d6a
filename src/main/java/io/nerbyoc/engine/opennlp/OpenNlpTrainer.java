package io.nerbyoc.engine.opennlp;

import io.nerbyoc.config.NewlineMode;
import io.nerbyoc.core.TokenSentence;
import io.nerbyoc.core.TokenSpan;
import io.nerbyoc.engine.OpenNlpWordClusters;
import io.nerbyoc.engine.corenlp.PretrainedFeatures;
import io.nerbyoc.engine.corenlp.TrainSpec;
import io.nerbyoc.tags.TagScheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderEventStream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingConfiguration;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains an OpenNLP name finder (maxent GIS, maxent L-BFGS or perceptron), logging one line per
 * iteration with the elapsed time ({@link LiveProgressMonitor}; L-BFGS logs its own).
 */
public final class OpenNlpTrainer {
  public static final String MODEL_FILE = "opennlp-ner.bin";

  private OpenNlpTrainer() {}

  /** Trains on documents (lists of sentences) and writes {@link #MODEL_FILE} into {@code dir}. */
  public static String train(List<List<TokenSentence>> docs, TrainSpec spec, Path dir, Path embeddedRoot, NewlineMode newlines)
      throws IOException {
    PretrainedFeatures.TokenFeatures tagger = PretrainedFeatures.forTraining(docs, spec, embeddedRoot, dir, newlines);
    List<NameSample> samples = new ArrayList<>();
    for (List<TokenSentence> doc : docs) {
      boolean first = true;
      for (TokenSentence s : doc) {
        samples.add(sample(s, first, tagger));
        first = false;
      }
    }
    TrainingParameters p = new TrainingParameters();
    p.put(TrainingParameters.ALGORITHM_PARAM, openNlpAlgorithm(spec.algorithm()));
    p.put(TrainingParameters.ITERATIONS_PARAM, spec.iterations());
    p.put(TrainingParameters.CUTOFF_PARAM, spec.cutoff());
    p.put(TrainingParameters.THREADS_PARAM, spec.threads());
    byte[] features = featureXml(spec.featureSet(), spec.wordClusters());
    Map<String, Object> resources = spec.wordClusters()
        ? Map.of(CLUSTERS_RESOURCE, OpenNlpWordClusters.of(PretrainedFeatures.wordClusters(embeddedRoot)))
        : Map.of();
    SequenceCodec<String> codec = codec(spec.tagScheme());
    TokenNameFinderFactory factory = new TokenNameFinderFactory(features, resources, codec);
    // NameFinderME.train, with a monitor that logs each iteration as it happens. Every algorithm
    // offered here is an event trainer; type null keeps each name's own type.
    Map<String, String> manifestInfo = new HashMap<>();
    EventTrainer trainer = TrainerFactory.getEventTrainer(p, manifestInfo, new TrainingConfiguration(new LiveProgressMonitor(spec.iterations()), null));
    MaxentModel maxent = trainer.train(new NameFinderEventStream(ObjectStreamUtils.createObjectStream(samples), null,
        factory.createContextGenerator(), factory.createSequenceCodec()));
    TokenNameFinderModel model = new TokenNameFinderModel("en", maxent, NameFinderME.DEFAULT_BEAM_SIZE,
        features, resources, manifestInfo, codec, factory);
    Path file = dir.resolve(MODEL_FILE);
    try (OutputStream out = Files.newOutputStream(file)) {
      model.serialize(out);
    }
    return MODEL_FILE;
  }

  /** Our names for OpenNLP's trainers: maxent is the L-BFGS one (far better than GIS at the same cost). */
  static String openNlpAlgorithm(String algorithm) {
    return switch (algorithm) {
      case "maxent" -> "MAXENT_QN";
      case "maxent_gis" -> "MAXENT";
      default -> algorithm.toUpperCase(Locale.ROOT);
    };
  }

  static NameSample sample(TokenSentence s, boolean clearAdaptiveData, PretrainedFeatures.TokenFeatures tagger) {
    Span[] names = new Span[s.names().size()];
    for (int i = 0; i < names.length; i++) {
      TokenSpan n = s.names().get(i);
      names[i] = new Span(n.start(), n.end(), n.label());
    }
    String[] words = s.words().toArray(new String[0]);
    String[][] context = tagger == null ? null : PretrainedFeatures.additionalContext(tagger.layers(s.words()), words.length);
    return new NameSample(words, names, context, clearAdaptiveData);
  }


  /**
   * OpenNLP codes names in its own outcomes (start/cont/other, plus last/unit for BILOU) and
   * stores the codec's class in the model, so the scheme picks OpenNLP's codec rather than ours.
   */
  private static SequenceCodec<String> codec(TagScheme scheme) {
    return switch (scheme) {
      case BIO -> new BioCodec();
      case BILOU -> new BilouCodec();
      case IO, IOB1 -> throw new IllegalArgumentException("OpenNLP's name finder trains with BIO or BILOU, not " + scheme);
    };
  }

  /**
   * The feature generator descriptor: OpenNLP's own default, or ours with word-internal features;
   * with word clusters, the cluster of each token in a window of two either side.
   */
  static byte[] featureXml(String featureSet, boolean wordClusters) throws IOException {
    String xml = new String(baseFeatureXml(featureSet), StandardCharsets.UTF_8);
    if (wordClusters) {
      int end = xml.lastIndexOf("</featureGenerators>");
      xml = xml.substring(0, end) + CLUSTER_GENERATOR + xml.substring(end);
    }
    return xml.getBytes(StandardCharsets.UTF_8);
  }

  /** The model artifact holding the clusters; OpenNLP needs an extension to store it. */
  static final String CLUSTERS_RESOURCE = "word-clusters.txt";

  private static final String CLUSTER_GENERATOR = """
        <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
          <int name="prevLength">2</int>
          <int name="nextLength">2</int>
          <generator class="opennlp.tools.util.featuregen.WordClusterFeatureGeneratorFactory">
            <str name="dict">word-clusters.txt</str>
            <bool name="lowerCase">true</bool>
          </generator>
        </generator>
      """;

  private static byte[] baseFeatureXml(String featureSet) throws IOException {
    String resource = "rich".equals(featureSet)
        ? "/io/nerbyoc/engine/opennlp/opennlp-rich-features.xml"
        : "/opennlp/tools/namefind/ner-default-features.xml";
    try (InputStream in = OpenNlpTrainer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("feature descriptor " + resource + " is missing from the jar");
      }
      return in.readAllBytes();
    }
  }
}
