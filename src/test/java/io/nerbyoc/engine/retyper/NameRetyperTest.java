package io.nerbyoc.engine.retyper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nerbyoc.core.TaggedSentence;
import io.nerbyoc.engine.build.RetyperTrainer;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;

class NameRetyperTest {
  /** A tiny model: a PERSON-labelled span after "band" is an ORG, after "singer" a PERSON. */
  private static MaxentModel tiny() throws Exception {
    List<RetyperTrainer.Candidate> cs = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      cs.add(candidate("The band Jesus Jones played .", 2, 4, "ORG"));
      cs.add(candidate("The singer Tom Jones played .", 2, 4, "PERSON"));
    }
    return RetyperTrainer.train(cs, "MAXENT", 100, 1);
  }

  private static RetyperTrainer.Candidate candidate(String sentence, int from, int to, String gold) {
    TaggedSentence t = tagging(sentence, from, to, "PERSON");
    return new RetyperTrainer.Candidate(NameRetyper.features(t, from, to), "PERSON", gold, "", true);
  }

  private static TaggedSentence tagging(String sentence, int from, int to, String label) {
    TaggedSentence t = new TaggedSentence(sentence.split(" "));
    t.set(from, to, label, 0.9, "english.all.3class.distsim.crf.ser.gz");
    return t;
  }

  @Test
  void retypesOnlyWhenConfidentAndDisagreeing() throws Exception {
    NameRetyper r = new NameRetyper(tiny(), new NameRetyper.Decision(0.7, 0.3, 2.0));
    TaggedSentence band = tagging("The band Jesus Jones played .", 2, 4, "PERSON");
    r.accept(band);
    assertEquals("ORGANIZATION", band.labels[2]);
    assertEquals("ORGANIZATION", band.labels[3]);
    assertTrue(band.sources[2].endsWith(NameRetyper.SUFFIX));
    TaggedSentence singer = tagging("The singer Tom Jones played .", 2, 4, "PERSON");
    r.accept(singer);
    assertEquals("PERSON", singer.labels[2]);

    assertNull(r.decide("PERSON", "ORG", 0.65, 0.3), "below the threshold");
    assertNull(r.decide("PERSON", "ORG", 0.75, 0.5), "too close to the current type");
    assertEquals("ORG", r.decide("PERSON", "ORG", 0.9, 0.05));
    assertNull(r.decide("PERSON", NameRetyper.NOT_A_NAME, 0.99, 0.01), "dropping is off");
  }

  @Test
  void leavesTheRulesTypesAlone() throws Exception {
    NameRetyper r = new NameRetyper(tiny(), new NameRetyper.Decision(0.5, 0, 2.0));
    TaggedSentence t = new TaggedSentence("The band Jesus Jones played .".split(" "));
    t.set(2, 4, "PERSON", 0.9, "english.all.3class.distsim.crf.ser.gz+names");
    r.accept(t);
    assertEquals("PERSON", t.labels[2]);
    assertTrue(NameRetyper.eligible("ORGANIZATION", "english.muc.7class.distsim.crf.ser.gz+document"));
    assertTrue(!NameRetyper.eligible("LOCATION", "english.muc.7class.distsim.crf.ser.gz"), "places are never re-typed");
    assertTrue(!NameRetyper.eligible("LANGUAGE", "english.all.3class.distsim.crf.ser.gz"));
    assertEquals("7class+doc", NameRetyper.shortSource("english.muc.7class.distsim.crf.ser.gz+document"));
  }

  @Test
  void theShippedModelLoadsAndRetypesAClearCase() {
    long t0 = System.nanoTime();
    NameRetyper r = NameRetyper.shipped();
    assertTrue((System.nanoTime() - t0) / 1e9 < 5, "loads in well under a second on a quiet machine");
    // a film title followed by its year, read as a person by the CRFs
    // (an unsure CRF: score 0.5)
    TaggedSentence film = new TaggedSentence("His films include Andrei Rublev ( 1966 ) , Solaris ( 1972 ) .".split(" "));
    film.set(9, 10, "PERSON", 0.5, "english.all.3class.distsim.crf.ser.gz");
    r.accept(film);
    assertEquals("WORK_OF_ART", film.labels[9]);
  }
}
