package io.nerbyoc.core;

import java.util.List;

/**
 * Words a recognizer re-cased because their sentence's capitals carried no information (all
 * capitals, all lower case, a title-cased headline), kept on the {@link Document} under {@link
 * #KEY} so a later component reads the sentence as the rules did: the learned decider sees
 * "Barack Obama" where the text says "barack obama", as its evidence was made.
 */
public final class Recasing {
  /** {@link Document#annotation} key of a {@code List<Word>}. */
  public static final String KEY = "recased-words";

  /** A word at UTF-16 offsets {@code [begin, end)} of the text, re-cased (same length). */
  public record Word(int begin, int end, String word) {}

  private Recasing() {}

  /** {@code text} with each re-cased word written over its original (words whose length changed are left). */
  public static String apply(String text, List<Word> words) {
    if (words.isEmpty()) {
      return text;
    }
    char[] out = text.toCharArray();
    for (Word w : words) {
      if (w.end() - w.begin() == w.word().length() && w.end() <= out.length
          && text.substring(w.begin(), w.end()).equalsIgnoreCase(w.word())) {
        w.word().getChars(0, w.word().length(), out, w.begin());
      }
    }
    return new String(out);
  }
}
