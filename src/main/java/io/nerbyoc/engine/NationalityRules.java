package io.nerbyoc.engine;

import java.util.Locale;
import java.util.Set;

/**
 * Frozen: only for the entity tags that models trained with {@code pretrained_tags} take as
 * features, which must stay what they were trained on (serving uses {@link NumericRules} and
 * {@link NameRules}). Nationalities, religious and political groups (spaCy's NORP, native NATIONALITY) from a word
 * list. CoNLL-trained CRFs call these MISC or miss them; a single-token MISC or an unlabelled
 * token on the list becomes NATIONALITY.
 */
final class NationalityRules {
  static final String SOURCE = "rules:nationalities";
  private static final double SCORE = 0.9;

  private static final Set<String> WORDS =
      Set.of(
          "afghan", "albanian", "algerian", "american", "andorran", "angolan", "argentine",
          "argentinian", "armenian", "australian", "austrian", "azerbaijani", "bahraini",
          "bangladeshi", "belarusian", "belgian", "bolivian", "bosnian", "brazilian", "british",
          "bulgarian", "burmese", "cambodian", "cameroonian", "canadian", "chadian", "chilean",
          "chinese", "colombian", "congolese", "croatian", "cuban", "cypriot", "czech", "danish",
          "dutch", "ecuadorian", "egyptian", "english", "eritrean", "estonian", "ethiopian",
          "european", "fijian", "filipino", "finnish", "french", "georgian", "german", "ghanaian",
          "greek", "guatemalan", "haitian", "honduran", "hungarian", "icelandic", "indian",
          "indonesian", "iranian", "iraqi", "irish", "israeli", "italian", "ivorian", "jamaican",
          "japanese", "jordanian", "kazakh", "kenyan", "korean", "kosovar", "kurdish", "kuwaiti",
          "kyrgyz", "laotian", "latvian", "lebanese", "liberian", "libyan", "lithuanian",
          "macedonian", "malagasy", "malaysian", "malian", "maltese", "mexican", "moldovan",
          "mongolian", "montenegrin", "moroccan", "mozambican", "namibian", "nepalese", "nigerian",
          "nigerien", "norwegian", "pakistani", "palestinian", "panamanian", "paraguayan",
          "persian", "peruvian", "polish", "portuguese", "qatari", "romanian", "russian",
          "rwandan", "saudi", "scottish", "senegalese", "serbian", "singaporean", "slovak",
          "slovenian", "somali", "african", "asian", "spanish", "sudanese", "swedish", "swiss",
          "syrian", "taiwanese", "tajik", "tanzanian", "thai", "tibetan", "tunisian", "turkish",
          "turkmen", "ugandan", "ukrainian", "uruguayan", "uzbek", "venezuelan", "vietnamese",
          "welsh", "yemeni", "zambian", "zimbabwean", "arab", "arabic", "latin", "hispanic",
          "christian", "muslim", "islamic", "jewish", "catholic", "protestant", "buddhist",
          "hindu", "sikh", "orthodox", "anglican", "lutheran", "methodist", "baptist", "mormon",
          "sunni", "shia", "shiite", "communist", "socialist", "democrat", "republican",
          "conservative", "liberal", "soviet", "roman", "byzantine", "ottoman", "celtic", "norse",
          "viking", "slavic", "nordic", "scandinavian", "mexican-american", "african-american");

  private NationalityRules() {}

  static void apply(Tagging t) {
    for (int i = 0; i < t.size(); i++) {
      if (!isMember(t.words[i])) {
        continue;
      }
      boolean free = t.isFree(i, i + 1);
      boolean singleMisc = "MISC".equals(t.labels[i]) && t.runEnd(i) == i + 1 && (i == 0 || !sameEntity(t, i - 1, i));
      if (free || singleMisc) {
        t.set(i, i + 1, "NATIONALITY", SCORE, SOURCE);
      }
    }
  }

  private static boolean sameEntity(Tagging t, int a, int b) {
    return t.runEnd(a) > b;
  }

  /** Capitalised list word, singular or plural ("Americans", "Democrats"). */
  static boolean isMember(String word) {
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    String w = word.toLowerCase(Locale.ROOT);
    return WORDS.contains(w) || (w.endsWith("s") && WORDS.contains(w.substring(0, w.length() - 1)));
  }
}
