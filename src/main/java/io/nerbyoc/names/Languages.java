package io.nerbyoc.names;

import java.util.Locale;
import java.util.Set;

/**
 * A closed list of language names (written by hand) and the contexts that make a people's word a
 * language: "in English", "speaks French", "translated from German", "the Spanish language".
 */
final class Languages {
  /** Names that mean a language, whatever the context. */
  private static final Set<String> ONLY =
      Set.of(
          "arabic", "hebrew", "yiddish", "swahili", "esperanto", "sanskrit", "mandarin",
          "cantonese", "urdu", "hindi", "farsi", "tagalog", "gaelic", "amharic", "pashto", "dari",
          "tigrinya", "hausa", "yoruba", "igbo", "quechua", "aramaic", "afrikaans", "malayalam",
          "telugu", "kannada", "marathi", "gujarati", "sinhala", "creole", "volapuk",
          "romani", "klingon", "hindustani", "bahasa", "tamazight", "kiswahili");

  /** Names that are also a people or origin (NORP) unless the context says language. */
  private static final Set<String> ALSO_PEOPLE =
      Set.of(
          "english", "french", "german", "spanish", "italian", "portuguese", "russian", "chinese",
          "japanese", "korean", "dutch", "greek", "turkish", "polish", "swedish", "danish",
          "norwegian", "finnish", "hungarian", "czech", "persian", "vietnamese", "thai",
          "indonesian", "malay", "kurdish", "ukrainian", "romanian", "serbian", "croatian",
          "bulgarian", "albanian", "armenian", "welsh", "irish", "latin", "tibetan", "catalan",
          "basque", "icelandic", "bengali", "punjabi", "tamil", "slovak", "slovenian", "latvian",
          "lithuanian", "estonian", "georgian", "mongolian", "khmer", "burmese", "somali", "zulu",
          "berber", "coptic", "flemish", "scottish");

  private static final Set<String> BEFORE =
      Set.of(
          "in", "into", "speak", "speaks", "spoke", "spoken", "speaking", "learn", "learns",
          "learned", "learning", "learnt", "teach", "teaches", "taught", "teaching", "study",
          "studies", "studied", "studying", "translated", "translate", "translates", "translating",
          "translation", "fluent", "understand", "understands", "read", "reads", "write", "writes",
          "wrote", "written", "sung", "sang", "dubbed", "subtitled", "native", "from");

  private static final Set<String> AFTER =
      Set.of(
          "language", "languages", "speaker", "speakers", "speaking", "translation", "translations",
          "version", "versions", "text", "texts", "subtitles", "dialect", "dialects", "grammar",
          "word", "words", "alphabet", "script", "name", "title", "edition", "dub", "lessons",
          "classes", "teacher", "teachers", "literature", "vocabulary", "proficiency");

  /** After "in"/"from" the word must end the phrase: "in English ," not "in French markets". */
  private static final Set<String> PHRASE_ENDS =
      Set.of(
          "and", "or", "by", "as", "with", "for", "but", "is", "was", "are", "were", "the", "a",
          "an", "to", "of", "on", "at", "than", "only", "too", "instead", "rather", "while",
          "because", "so", "if", "when", "which", "that", "who", "it", "he", "she", "they", "we");

  private Languages() {}

  static boolean isLanguageOnly(String word) {
    return Sentence.capitalised(word) && ONLY.contains(word.toLowerCase(Locale.ROOT));
  }

  /** A language name here: one that only names languages, or a people's word in a language context. */
  static boolean isLanguage(Sentence s, int i) {
    String w = s.word(i);
    if (!Sentence.capitalised(w)) {
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

  private static final Set<String> HYPHENED = Set.of("language", "speaking", "speakers", "medium", "dubbed");

  /** A language-only name at k, separated from this one by a comma or conjunction at {@code between}. */
  private static boolean listedWithLanguage(Sentence s, int k, int between) {
    return k >= 0 && k < s.size() && isLanguageOnly(s.word(k)) && Set.of(",", "and", "or").contains(s.lower(between));
  }

  private static boolean phraseEnds(Sentence s, int k) {
    if (k >= s.size()) {
      return true;
    }
    String w = s.lower(k);
    return PHRASE_ENDS.contains(w) || !Character.isLetterOrDigit(w.codePointAt(0));
  }
}
