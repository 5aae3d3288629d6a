package io.nerbyoc.names;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a "the" before a name belongs to it, by spaCy's conventions
 * (../shared/reference/spacy-labels.md, "General rules"): inside a name of two or more words
 * ("the Federal Reserve", "the Cold War"), outside a one-word name or abbreviation (the
 * "Pentagon", the "FBI"), and outside a name that only modifies the noun after it ("the New York
 * office", "the Baltic Sea coast"). Which types take it is the caller's concern (never PERSON or
 * NORP).
 */
public final class Articles {
  private static final Set<String> CLAUSE_WORDS = WordList.load("clause-words");

  private Articles() {}

  /** Whether the word before [from, to) is a "the" that spaCy's conventions put inside the name. */
  public static boolean takesArticle(String[] words, int from, int to) {
    if (from < 1 || !"the".equalsIgnoreCase(words[from - 1]) || to - from < 2) {
      return false;
    }
    return to >= words.length || !modifiedNoun(words[to]);
  }

  /** A lower-case word that reads as the noun a name before it modifies: "office", "coast", "film". */
  static boolean modifiedNoun(String next) {
    if (next.isEmpty() || !next.chars().allMatch(Character::isLowerCase)) {
      return false; // punctuation, a number, a capitalised word, "'s": the name ends its phrase
    }
    String w = next.toLowerCase(Locale.ROOT);
    if (CLAUSE_WORDS.contains(w)) {
      return false;
    }
    // a verb's regular forms ("announced", "plans", "joining") and adverbs ("strongly")
    return !(w.endsWith("ed") || w.endsWith("ing") || w.endsWith("ly") || w.endsWith("s") && !w.endsWith("ss"));
  }
}
