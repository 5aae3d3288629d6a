package io.nerbyoc.data;

import io.nerbyoc.core.GoldSpan;

import io.nerbyoc.core.TokenSentence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts for the log and the manifest: documents, sentences, tokens, entities per type. */
public final class DataStats {
  private DataStats() {}

  public static Map<String, Object> of(List<LabelledDoc> docs) {
    int sentences = 0;
    int tokens = 0;
    int entities = 0;
    Map<String, Integer> perType = new TreeMap<>();
    for (LabelledDoc d : docs) {
      if (d.tokenised()) {
        for (TokenSentence s : d.sentences()) {
          sentences++;
          tokens += s.size();
        }
      }
      for (GoldSpan g : d.spans()) {
        entities++;
        perType.merge(g.label(), 1, Integer::sum);
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("documents", docs.size());
    m.put("sentences", sentences);
    m.put("tokens", tokens);
    m.put("entities", entities);
    m.put("entities_per_type", perType);
    return m;
  }
}
