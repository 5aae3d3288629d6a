package io.nerbyoc.names;

import io.nerbyoc.core.TaggedSentence;
import java.util.Locale;
import java.util.Set;

/**
 * A closed list of language names (written by hand) and the contexts that make a people's word a
 * language: "in English", "speaks French", "translated from German", "the Spanish language".
 */
final class Languages {
  /** Names that mean a language, whatever the context. */
  private static final Set<String> ONLY = WordList.load("languages-only");

  /** Names that are also a people or origin (NORP) unless the context says language. */
  private static final Set<String> ALSO_PEOPLE = WordList.load("languages-also-people");

  private static final Set<String> BEFORE = WordList.load("language-cues-before");

  private static final Set<String> AFTER = WordList.load("language-cues-after");

  /** After "in"/"from" the word must end the phrase: "in English ," not "in French markets". */
  private static final Set<String> PHRASE_ENDS = WordList.load("language-phrase-ends");

  private Languages() {}

  static boolean isLanguageOnly(String word) {
    return TaggedSentence.capitalised(word) && ONLY.contains(word.toLowerCase(Locale.ROOT));
  }

  /** A language name here: one that only names languages, or a people's word in a language context. */
  static boolean isLanguage(TaggedSentence s, int i) {
    String w = s.word(i);
    if (!TaggedSentence.capitalised(w)) {
      return false;
    }
    String lower = w.toLowerCase(Locale.ROOT);
    if (ONLY.contains(lower)) {
      return true;
    }
    if (!ALSO_PEOPLE.contains(lower)) {
      return false;
    }
    String next = s.lower(i + 1);
    if (AFTER.contains(next) || ":".equals(next) && "(".equals(s.lower(i - 1))
        || "-".equals(next) && HYPHENED.contains(s.lower(i + 2))) {
      return true; // "the Spanish language", "(English: ...)", "English-language", "Kurdish-speaking"
    }
    if (listedWithLanguage(s, i - 2, i - 1) || listedWithLanguage(s, i + 2, i + 1)) {
      return true; // "in Telugu, Hindi, Tamil and Kannada"
    }
    String prev = s.lower(i - 1);
    if (("and".equals(prev) || "or".equals(prev)) && i > 1 && isLanguage(s, i - 2)) {
      return phraseEnds(s, i + 1); // "in English and French"
    }
    if ("in".equals(prev) || "into".equals(prev) || "from".equals(prev)) {
      return phraseEnds(s, i + 1);
    }
    return BEFORE.contains(prev);
  }

  private static final Set<String> HYPHENED = WordList.load("language-cues-hyphened");

  /** A language-only name at k, separated from this one by a comma or conjunction at {@code between}. */
  private static boolean listedWithLanguage(TaggedSentence s, int k, int between) {
    return k >= 0 && k < s.size() && isLanguageOnly(s.word(k)) && Set.of(",", "and", "or").contains(s.lower(between));
  }

  private static boolean phraseEnds(TaggedSentence s, int k) {
    if (k >= s.size()) {
      return true;
    }
    String w = s.lower(k);
    return PHRASE_ENDS.contains(w) || !Character.isLetterOrDigit(w.codePointAt(0));
  }
}
