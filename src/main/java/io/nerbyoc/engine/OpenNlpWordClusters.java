package io.nerbyoc.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import opennlp.tools.util.featuregen.WordClusterDictionary;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Word clusters as an OpenNLP model artifact. OpenNLP 2.5's own {@link WordClusterDictionary}
 * closes the model's zip stream when it is saved (and writes in the platform charset), so this
 * keeps its UTF-8 source and writes that back, leaving the stream open. It stays in {@code
 * io.nerbyoc.engine}: its {@link Serializer}'s name is written into every name finder trained with
 * {@code word_clusters}.
 */
public final class OpenNlpWordClusters extends WordClusterDictionary {
  private final byte[] source;

  private OpenNlpWordClusters(byte[] source) throws IOException {
    super(new ByteArrayInputStream(source));
    this.source = source;
  }

  public static OpenNlpWordClusters of(Map<String, String> clusters) throws IOException {
    StringBuilder b = new StringBuilder(clusters.size() * 14);
    clusters.forEach((w, c) -> {
      if (w.indexOf(' ') < 0) { // OpenNLP splits lines on spaces
        b.append(w).append(' ').append(c).append('\n');
      }
    });
    return new OpenNlpWordClusters(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void serialize(OutputStream out) throws IOException {
    out.write(source);
    out.flush();
  }

  @Override
  public Class<?> getArtifactSerializerClass() {
    return Serializer.class;
  }

  /** Named in the model's manifest; OpenNLP instantiates it by reflection when loading. */
  public static final class Serializer implements ArtifactSerializer<OpenNlpWordClusters> {
    @Override
    public OpenNlpWordClusters create(InputStream in) throws IOException {
      return new OpenNlpWordClusters(in.readAllBytes());
    }

    @Override
    public void serialize(OpenNlpWordClusters artifact, OutputStream out) throws IOException {
      artifact.serialize(out);
    }
  }
}
