package io.nerbyoc.data;

import io.nerbyoc.core.GoldSpan;
import io.nerbyoc.core.TokenSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Training copies in capitals (hyperparameter {@code case_augmentation}): user text has headings,
 * signature blocks and title pages in capitals ("UNION BANK OF CALIFORNIA"), which a CRF trained
 * on mixed-case sentences has never seen. A share of the training sentences that contain entities
 * is copied with every letter upper-cased (labels unchanged), chosen at random with the job's
 * seed. Each copy is appended to its own document, so whatever splits training data by document
 * keeps a sentence and its copy together. Upper-casing maps each code point to one, so tokens and
 * spans keep their positions.
 */
public final class CaseAugmentation {
  private CaseAugmentation() {}

  /** The documents with their copies, and how many sentences were copied. */
  public record Result(List<LabelledDoc> docs, int copied, int candidates) {}

  /**
   * @param share of the sentences with at least one entity (and a letter not already in capitals),
   *     the part copied in capitals (0 to 1)
   */
  public static Result augment(List<LabelledDoc> docs, double share, long seed) {
    if (!(share > 0)) {
      return new Result(docs, 0, 0);
    }
    SplittableRandom random = new SplittableRandom(seed ^ 0x5EC0CA5EL);
    List<LabelledDoc> out = new ArrayList<>(docs.size());
    int copied = 0;
    int candidates = 0;
    for (LabelledDoc d : docs) {
      if (!d.tokenised()) {
        out.add(d);
        continue;
      }
      DocBuilder copies = new DocBuilder(d.origin());
      for (TokenSentence s : d.sentences()) {
        if (s.names().isEmpty()) {
          continue;
        }
        List<String> upper = s.words().stream().map(CaseAugmentation::upper).toList();
        if (upper.equals(s.words())) {
          continue; // already in capitals: a copy would only weigh it twice
        }
        candidates++;
        // Drawn for every candidate, so the choice of one sentence does not depend on the share of another.
        if (random.nextDouble() < share) {
          copies.add(new TokenSentence(upper, s.names()));
          copied++;
        }
      }
      out.add(copies.isEmpty() ? d : append(d, copies.build()));
    }
    return new Result(out, copied, candidates);
  }

  /** Each code point to its capital (one code point, unlike {@link String#toUpperCase}'s "ß" to "SS"). */
  static String upper(String word) {
    StringBuilder sb = new StringBuilder(word.length());
    word.codePoints().forEach(c -> sb.appendCodePoint(Character.toUpperCase(c)));
    return sb.toString();
  }

  private static LabelledDoc append(LabelledDoc d, LabelledDoc copies) {
    int shift = d.text().codePointCount(0, d.text().length()) + 1;
    List<GoldSpan> spans = new ArrayList<>(d.spans());
    for (GoldSpan g : copies.spans()) {
      spans.add(new GoldSpan(g.start() + shift, g.end() + shift, g.label()));
    }
    List<TokenSentence> sentences = new ArrayList<>(d.sentences());
    sentences.addAll(copies.sentences());
    return new LabelledDoc(d.origin(), d.text() + "\n" + copies.text(), spans, sentences);
  }

  /** For the log. */
  public static String describe(Result r, double share) {
    return String.format(Locale.ROOT, "added %,d copies in capitals of the %,d training sentences with entities "
        + "(case_augmentation %s)", r.copied(), r.candidates(), share);
  }
}
