package io.nerbyoc.engine.corenlp.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import io.nerbyoc.core.TokenSentence;
import io.nerbyoc.core.TokenSpan;
import io.nerbyoc.engine.corenlp.TrainSpec;
import io.nerbyoc.tags.TagScheme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EdgeFeaturePruningTest {
  private static final TrainSpec SPEC = new TrainSpec("crf", 5, 1, TagScheme.BIO, "default", 1, false, false, false, false, 42);

  private static List<List<CoreLabel>> docs(MonitoredCrf crf, Path dir) throws Exception {
    List<TokenSentence> sentences = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      sentences.add(new TokenSentence(List.of("Ann", "joined", "Acme", "."),
          List.of(new TokenSpan(0, 1, "PER"), new TokenSpan(2, 3, "ORG"))));
    }
    // Seen once: its word pairs ("Zed-quit") make edge features that pruning drops.
    sentences.add(new TokenSentence(List.of("Zed", "quit", "Zork", "."),
        List.of(new TokenSpan(0, 1, "PER"), new TokenSpan(2, 3, "ORG"))));
    Path tsv = dir.resolve("train.tsv");
    CrfTrainer.writeColumns(List.of(sentences), TagScheme.BIO, tsv, null);
    List<List<CoreLabel>> docs = new ArrayList<>();
    crf.makeObjectBankFromFile(tsv.toString(), crf.makeReaderAndWriter()).forEach(docs::add);
    return docs;
  }

  private static MonitoredCrf crf(int edgeCutoff) {
    return new MonitoredCrf(CrfTrainer.properties(SPEC), edgeCutoff, qn -> null);
  }

  @Test
  void edge_features_seen_once_go_and_token_features_stay(@TempDir Path dir) throws Exception {
    MonitoredCrf all = crf(1);
    List<List<CoreLabel>> docs = docs(all, dir);
    all.makeAnswerArraysAndTagIndex(docs);
    EdgeFeaturePruning.Result unpruned = EdgeFeaturePruning.prune(all, docs, 1);
    assertEquals(unpruned.featuresBefore(), unpruned.featuresAfter(), "cutoff 1 keeps everything");

    MonitoredCrf pruned = crf(2);
    pruned.makeAnswerArraysAndTagIndex(docs);
    EdgeFeaturePruning.Result again = EdgeFeaturePruning.prune(pruned, docs, 2);
    assertEquals(again.featuresBefore(), again.featuresAfter(), "already pruned: nothing more goes");
    assertTrue(again.edgeFeaturesAfter() < unpruned.edgeFeaturesBefore(), again + " vs " + unpruned);
    assertEquals(unpruned.featuresBefore() - unpruned.edgeFeaturesBefore(), again.featuresAfter() - again.edgeFeaturesAfter(),
        "every token feature stays");
  }

  @Test
  void a_pruned_crf_trains_and_tags(@TempDir Path dir) throws Exception {
    TrainControl control = new TrainControl(Long.MAX_VALUE, null, 120, List.of());
    List<TokenSentence> sentences = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      sentences.add(new TokenSentence(List.of(i % 2 == 0 ? "Ann" : "Bob", "joined", "Acme", "."),
          List.of(new TokenSpan(0, 1, "PER"), new TokenSpan(2, 3, "ORG"))));
    }
    CrfTrainer.Trained t = CrfTrainer.train(List.of(sentences), SPEC, control, dir, dir, io.nerbyoc.config.NewlineMode.ALWAYS);
    assertTrue(Files.size(dir.resolve(t.modelFile())) > 0);
  }
}
