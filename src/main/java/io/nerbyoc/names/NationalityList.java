package io.nerbyoc.names;

import java.util.Set;

/**
 * The hand-written list of nationalities, religious and political groups that engine.NationalityRules
 * has always used. Frozen: models trained with {@code pretrained_tags} took that rule's tags as
 * features, so this list must stay as they saw it. {@link Norp} starts from it and adds more.
 */
public final class NationalityList {
  public static final Set<String> FROZEN =
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

  private NationalityList() {}
}
