package io.nerbyoc.engine.corenlp.training;

import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import io.nerbyoc.engine.EncoderFeatureFactory;
import io.nerbyoc.engine.corenlp.TrainSpec;
import io.nerbyoc.tags.TagScheme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EdgeFeaturePruningEncoderTest {
  /** With encoder_tags CoreNLP lists every feature twice (two copies of the factory): still pruned. */
  @Test
  void encoder_features_do_not_stop_pruning(@TempDir Path dir) throws Exception {
    StringBuilder tsv = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      tsv.append("Ann\tB-PER\tB-PER\njoined\tO\tO\nAcme\tB-ORG\tB-ORG\n.\tO\tO\n\n");
    }
    tsv.append("Zed\tB-PER\tB-PER\nquit\tO\tO\nZork\tB-ORG\tB-ORG\n.\tO\tO\n\n");
    Path f = dir.resolve("t.tsv");
    Files.writeString(f, tsv);
    Properties p = CrfTrainer.properties(new TrainSpec("crf", 5, 1, TagScheme.BIO, "default", 1, false, false, false, true, 42));
    p.setProperty("map", "word=0,chunk=1,answer=2");
    p.setProperty("featureFactory", EncoderFeatureFactory.class.getName());
    MonitoredCrf crf = new MonitoredCrf(p, 1, qn -> null);
    List<List<CoreLabel>> docs = new ArrayList<>();
    crf.makeObjectBankFromFile(f.toString(), crf.makeReaderAndWriter()).forEach(docs::add);
    crf.makeAnswerArraysAndTagIndex(docs);
    EdgeFeaturePruning.Result r = EdgeFeaturePruning.prune(crf, docs, 2);
    assertTrue(r.edgeFeaturesAfter() < r.edgeFeaturesBefore(), r.toString());
  }
}
