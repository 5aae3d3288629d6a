package io.nerbyoc.engine;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.Clique;
import edu.stanford.nlp.util.PaddedList;
import io.nerbyoc.engine.encoder.EncoderTagger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * CoreNLP's NER features plus the {@link EncoderTagger}'s tag of the token, of its neighbours, and
 * of the token with its word: CoreNLP has no flag for a per-token tag column with these (its
 * chunk features are only pairs and triples). The tags ride in the chunk annotation. Serialized
 * with the CRF, so a model trained with it loads it again by itself; that is also why it stays in
 * {@code io.nerbyoc.engine}: its name is written into every CRF trained with {@code encoder_tags}.
 */
public class EncoderFeatureFactory<IN extends CoreLabel> extends NERFeatureFactory<IN> {
  private static final long serialVersionUID = 1L;

  @Override
  public Collection<String> getCliqueFeatures(PaddedList<IN> info, int loc, Clique clique) {
    Collection<String> features = super.getCliqueFeatures(info, loc, clique);
    if (clique != cliqueC) {
      return features;
    }
    String c = tag(info.get(loc));
    String p = tag(info.get(loc - 1));
    String n = tag(info.get(loc + 1));
    List<String> mine = new ArrayList<>(6);
    mine.add(c + "-ENC");
    mine.add(p + "-PENC");
    mine.add(n + "-NENC");
    mine.add(p + '-' + c + "-PCENC");
    mine.add(c + '-' + n + "-CNENC");
    mine.add(c + '-' + info.get(loc).word() + "-CWENC");
    if (c.indexOf('^') > 0) { // a confidence-bucketed tag (B-person^h): the bare tag too
      mine.add(EncoderTagger.bare(c) + "-ENC");
    }
    addAllInterningAndSuffixing(features, mine, "C");
    return features;
  }

  private static String tag(CoreLabel t) {
    String s = t.get(CoreAnnotations.ChunkAnnotation.class);
    return s == null ? "<none>" : s;
  }
}
