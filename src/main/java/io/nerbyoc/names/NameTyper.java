package io.nerbyoc.names;

import io.nerbyoc.core.TaggedSentence;
import io.nerbyoc.core.TokenSpan;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Fine types for names, by spaCy's conventions
 * (../shared/reference/spacy-labels.md): the CRFs' PERSON / ORGANIZATION / LOCATION / MISC spans
 * and unlabelled words become NORP, LANGUAGE, LAW, EVENT, FAC, WORK_OF_ART, PRODUCT or LOC where
 * the words and their context say so. Pure Java over words and spans: no tagger, no lexicon file.
 *
 * <p>In order, each step claiming words before the next: names with a head word ({@link Heads}),
 * products ({@link Products}), names a kind noun describes ({@link KindRules}), titles
 * ({@link Titles}), then single names
 * (places, languages, nationalities). What stays MISC is left to the label scheme.
 */
public final class NameTyper {
  // Compiled once: these run for every sentence.
  private static final Pattern DESIGNATION_NUMBER = Pattern.compile("\\d{1,4}[A-Za-z]?");
  private static final Pattern EDITION = Pattern.compile("\\d{1,4}|[IVXL]{1,6}");
  private static final Pattern MONEY_OR_BRACKET = Pattern.compile(".*[$(].*");
  private static final Pattern SECTION_NUMBER = Pattern.compile("\\d[\\d.]*[A-Za-z]?");
  private static final Pattern SHORT_NUMBER = Pattern.compile("\\d{1,4}");
  private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
  private static final Pattern YEAR_OR_DECADE = Pattern.compile("\\d{4}s?|1[0-9]{3}");
  private static final Pattern YEAR_OR_ORDINAL = Pattern.compile("\\d{4}|\\d+(?:st|nd|rd|th)");
  /** Capitalised words at a sentence start that begin no name. */
  private static final Set<String> STOP = WordList.load("sentence-start-stops");
  private static final Set<String> CONNECTORS = WordList.load("name-connectors");
  private static final Set<String> LEAD_LINKS = WordList.load("head-links");
  private static final Set<String> AWARDS = WordList.load("award-names");
  private static final Set<String> AWARD_CUES = WordList.load("award-cues");
  private static final Set<String> COUNTS = WordList.load("award-counts");
  /** Titles and honorifics, which stay outside PERSON: "President Lincoln" is "Lincoln". */
  private static final Set<String> TITLES = WordList.load("person-titles");
  private static final int MAX_NAME = 10;
  private static final Set<String> BATTLES = WordList.load("battle-words");
  private static final Set<String> MEDALS = WordList.load("medal-metals");
  private static final Set<String> BANKRUPTCY_CHAPTERS = WordList.load("bankruptcy-chapters");
  private static final Set<String> REFERENCE_WORDS = WordList.load("reference-words");

  private NameTyper() {}

  /**
   * Nationality and group words in a sentence whose case carries no information (all upper or
   * all lower, not re-cased): {@link #type} reads capitals, so these are found by the list alone.
   */
  public static boolean isPeopleWordAnyCase(String word) {
    return Norp.isMemberAnyCase(word);
  }

  /**
   * The sentence the typer and {@link NameBoundaries} work on: {@code words} with {@code spans} on
   * them, each word in at most one span (a later span replaces those it overlaps).
   */
  static TaggedSentence sentence(String[] words, List<TokenSpan> spans) {
    TaggedSentence s = new TaggedSentence(words);
    for (TokenSpan span : spans) {
      s.replace(span.start(), span.end(), span.label());
    }
    return s;
  }

  /** The sentence's spans after fine typing: spans it does not touch come back unchanged. */
  public static List<TokenSpan> type(String[] words, List<TokenSpan> spans) {
    TaggedSentence s = sentence(words, spans);
    for (int i = 0; i < s.size(); i++) {
      i = quotedTerm(s, i);
    }
    for (int i = 0; i < s.size(); i++) {
      i = headed(s, i);
    }
    for (int i = 0; i < s.size(); i++) {
      i = product(s, i);
    }
    boolean aboutWorks = Titles.aboutWorks(s);
    boolean bracket = Titles.hasBracket(s);
    KindRules.subject(s);
    for (int i = 0; i < s.size(); i++) {
      i = KindRules.list(s, i);
    }
    for (int i = 0; i < s.size(); i++) {
      i = Titles.afterNoun(s, i, aboutWorks, bracket);
    }
    for (int i = 0; i < s.size(); i++) {
      i = single(s, i);
    }
    for (int i = 0; i < s.size(); i++) {
      i = lawSection(s, i);
    }
    for (int i = 0; i < s.size(); i++) {
      i = election(s, i);
    }
    for (int i = 2; i < s.size() - 2; i++) {
      abbreviation(s, i);
    }
    return s.spans();
  }

  /** A capitalised function word at the start of a sentence or clause: "In", "The", "New" only there. */
  static boolean stopped(TaggedSentence s, int i) {
    return STOP.contains(s.lower(i)) && (i == 0 || !Character.isLetterOrDigit(s.word(i - 1).codePointAt(0)));
  }

  /** A word that can begin or continue a name here: capitalised and free, or the start of a name span. */
  static boolean nameStart(TaggedSentence s, int i) {
    if (i >= s.size() || !TaggedSentence.capitalised(s.word(i))) {
      return false;
    }
    return s.isFree(i) || (s.spanStart(i) == i && Types.isName(s.spanLabel(i)));
  }

  /** End of the name-like words from i on: capitalised words, name spans and inner connectors. */
  private static int nameEnd(TaggedSentence s, int i, Set<String> links) {
    int j = i;
    while (j < s.size() && j - i < MAX_NAME) {
      if (nameStart(s, j)) {
        j = s.isFree(j) ? j + 1 : s.spanEnd(j);
      } else if (j > i && s.isFree(j) && links.contains(s.lower(j)) && nameStart(s, j + 1)) {
        j++;
      } else if (j > i && s.isFree(j) && links.contains(s.lower(j)) && "the".equals(s.lower(j + 1)) && nameStart(s, j + 2)) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  /** "Treaty of Versailles", "Hurricane Ida", "Route 66", "Clean Air Act", "Korean War". Returns where to go on. */
  private static int headed(TaggedSentence s, int i) {
    if (BATTLES.contains(s.word(i)) && s.isFree(i) && "of".equals(s.lower(i + 1)) && nameStart(s, i + 2)) {
      int end = nameEnd(s, i + 2, Set.of());
      s.replace(i, end, Types.EVENT); // "the battle of Samugarh": the name includes its head
      return end - 1;
    }
    if (!nameStart(s, i) || stopped(s, i)) {
      return i;
    }
    String w = s.word(i);
    if (!s.isFree(i) && s.spanEnd(i) > i + 1) { // one span: "Hurricane Ida", "Treaty of Versailles"
      int end = s.spanEnd(i);
      String type = Heads.BEFORE_NAME.get(w);
      if (type == null && LEAD_LINKS.contains(s.lower(i + 1)) && end > i + 2) {
        type = Heads.BEFORE_OF.get(w);
      }
      if (type != null) {
        s.replace(i, end, type);
        return end - 1;
      }
    }
    String lead = Heads.BEFORE_OF.get(w);
    if (lead != null && i + 2 < s.size() && LEAD_LINKS.contains(s.lower(i + 1))) {
      int from = i + 2;
      if ("the".equals(s.lower(from))) {
        from++;
      }
      int end = nameEnd(s, from, Set.of("of", "the", "and", "de"));
      if (end == from && from < s.size() && FOUR_DIGITS.matcher(s.word(from)).matches()) {
        end = from + 1; // "War of 1812"
      }
      boolean institution = Types.ORG.equals(lead) || Types.LOCATION.equals(lead);
      if (institution && (end == from || !Types.LOCATION.equals(s.spanLabel(from)) || s.spanEnd(from) != end
          || !"of".equals(s.lower(i + 1)) || from != i + 2)) {
        end = from; // only "Government of" + one place
      }
      if (institution && i > 0 && TaggedSentence.capitalised(s.word(i - 1)) && !s.isFree(i - 1)) {
        end = from; // "Grand Duchy of": left to the CRF's own span
      }
      if (institution && i > 0 && "Grand".equals(s.word(i - 1)) && s.isFree(i - 1) && end > from) {
        i--; // "Grand Duchy of Poznan"
      }
      if (end > from) {
        int start = i > 0 && FOUR_DIGITS.matcher(s.word(i - 1)).matches() && (s.isFree(i - 1) || s.isSpan(i - 1, i)) ? i - 1 : i;
        s.replace(start, end, lead); // "the 2003 Invasion of Iraq", "the 1815 Act of Union"
        return end - 1;
      }
    }
    lead = Heads.BEFORE_NAME.get(w);
    if ("Best".equals(w) && (i == 0 || Heads.EXCEPTIONS.contains("Best " + s.word(i + 1 < s.size() ? i + 1 : i)))) {
      lead = null; // "Best Buy"; a sentence may start with "Best"
    }
    if (lead != null && nameStart(s, i + 1)) {
      int end = nameEnd(s, i + 1, Set.of());
      s.replace(i, end, lead);
      return end - 1;
    }
    lead = Heads.BEFORE_NUMBER.get(w);
    if ("Chapter".equals(w) && i + 1 < s.size() && !BANKRUPTCY_CHAPTERS.contains(s.word(i + 1))) {
      lead = null; // bankruptcy chapters only
    }
    if (lead != null && i + 1 < s.size() && DESIGNATION_NUMBER.matcher(s.word(i + 1)).matches()
        && !REFERENCE_WORDS.contains(s.lower(i - 1))) { // not "this Article 15"
      s.replace(i, i + 2, lead);
      return i + 1;
    }
    if (!s.isFree(i) && s.spanStart(i) != i) {
      return i;
    }
    int end = nameEnd(s, i, CONNECTORS);
    int start = i;
    if (start == 0 && s.isFree(0) && end > 2 && CONNECTORS.contains(s.lower(1))) {
      start = 2; // "Opponents of Affordable Care Act"
    }
    if ("The".equals(s.word(start)) && s.isFree(start)) {
      start++;
    }
    if (start >= end) {
      return i; // "The" alone, at the end of a line or sentence: no name follows it
    }
    int head = end - 1;
    while (head > start && Heads.isNumeral(s.word(head)) && Heads.LAST.containsKey(s.word(head - 1))) {
      head--; // "World War II", "Super Bowl XLV"
    }
    String type = head >= start ? Heads.LAST.get(s.word(head)) : null;
    for (int k = start + 2; type == null && k < head; k++) {
      if ("of".equals(s.word(k)) && Types.EVENT.equals(Heads.LAST.get(s.word(k - 1)))) {
        type = Types.EVENT; // "World Series of Poker", "Africa Cup of Nations"
      }
    }
    boolean company = !s.isFree(start) && Types.ORG.equals(s.spanLabel(start)); // "Heathrow Airport Holdings"
    for (int k = Math.max(start + 1, end - 2); type == null && !company && k < end; k++) {
      if (Heads.VENUES.contains(s.word(k))) {
        type = Types.FAC; // "Yurtec Stadium Sendai"
      }
    }
    if (type == null && end < s.size() && s.isFree(end) && Heads.NATURAL_LOWER.contains(s.word(end))
        && !s.isFree(start) && Types.isName(s.spanLabel(start)) && s.spanEnd(start) == end) {
      s.replace(start, end + 1, Types.LOC); // "the Tigris river", "the Hamrin mountains"
      return end;
    }
    if (type == null || (head == start && !Heads.ALONE.contains(s.word(head)))
        || Heads.EXCEPTIONS.contains(s.text(start, head + 1)) && !Types.LOCATION.equals(s.spanLabel(start))
        || Types.LOC.equals(type) && Places.isGpe(s.text(start, head + 1))) {
      if (head == start && Heads.ALONE.contains(s.word(head)) && s.isFree(head)) {
        s.replace(head, head + 1, Heads.ALONE.contains(s.word(head)) && "Constitution".equals(s.word(head)) ? Types.LAW : Types.EVENT);
      }
      return i; // a shorter name may start inside: "Grand Duchy of ..."
    }
    if (end < s.size() - 1 && "of".equals(s.lower(end)) && FOUR_DIGITS.matcher(s.word(end + 1)).matches()
        && (Types.LAW.equals(type) || Types.EVENT.equals(type))) {
      end += 2; // "Civil Rights Act of 1964"
    }
    if (("Globe".equals(s.word(head)) || "Globes".equals(s.word(head))) && !"Golden".equals(s.word(Math.max(start, head - 1)))) {
      return Math.max(i, end - 1); // only "Golden Globe" is an award; "The Globe and Mail" is not
    }
    if (Types.WORK.equals(type) && end + 1 < s.size() && s.isFree(end)
        && ("for".equals(s.word(end)) && "Best".equals(s.word(end + 1))
            || "in".equals(s.word(end)) && TaggedSentence.capitalised(s.word(end + 1)) && s.isFree(end + 1))) {
      int k = end + 1;
      while (k < s.size() && TaggedSentence.capitalised(s.word(k)) && s.isFree(k) && k - end < 5) {
        k++;
      }
      end = k; // "Academy Award for Best Actress", "Nobel Prize in Literature"
    }
    if ("Awards".equals(s.word(head)) && start > 0 && COUNTS.contains(s.lower(start - 1))) {
      type = Types.WORK; // "four Academy Awards" are prizes; "the Academy Awards" is the ceremony
    }
    if (Types.EVENT.equals(type) && end < s.size() && EDITION.matcher(s.word(end)).matches()
        && (s.isFree(end) || s.isSpan(end, end + 1))) {
      end++; // "Eurovision Song Contest 2018", "Super Bowl 50"
    }
    if ((Types.EVENT.equals(type) || Types.LAW.equals(type)) && start > 0 && YEAR_OR_ORDINAL.matcher(s.word(start - 1)).matches()
        && (s.isFree(start - 1) || s.isSpan(start - 1, start))) {
      start--; // "the 2010 World Cup"
    }
    s.replace(start, end, type);
    return end - 1;
  }

  private static final Set<String> QUOTES = Set.of("\"", "``", "''", "\u201c", "\u201d");
  private static final Set<String> DEFINES = WordList.load("definition-verbs");
  private static final Set<String> TERM_DETERMINERS = WordList.load("term-determiners");

  /**
   * A quoted phrase the boundary rules took for a title that is a defined term in a contract
   * ('(the "Loan Agreement")', '"Effective Date" means') or a nickname between names
   * ('William "Cowboy" Cowley'): not a work of art, and no entity.
   */
  private static int quotedTerm(TaggedSentence s, int i) {
    if (!Types.WORK.equals(s.spanLabel(i)) || s.spanStart(i) != i || i == 0 || !QUOTES.contains(s.word(i - 1))) {
      return i;
    }
    int end = s.spanEnd(i);
    String before = s.lower(i - 2);
    boolean defined = "(".equals(before) || TERM_DETERMINERS.contains(before)
        || MONEY_OR_BRACKET.matcher(s.text(i, end)).matches()
        || end + 1 < s.size() && (DEFINES.contains(s.lower(end + 1)) || ")".equals(s.word(end + 1)));
    boolean nickname = i >= 2 && Types.PERSON.equals(s.spanLabel(i - 2)) && end + 1 < s.size()
        && TaggedSentence.capitalised(s.word(end + 1)) && !s.isFree(end + 1);
    if (defined || nickname) {
      s.clearOverlapping(i, end);
    }
    return end - 1;
  }

  private static final Set<String> POLL_WORDS = WordList.load("election-modifiers");
  private static final Set<String> POLLS = WordList.load("election-words");
  private static final Set<String> DETERMINED = WordList.load("election-determiners");
  private static final Pattern YEAR = Pattern.compile("(?:1[6-9]|20)\\d\\d");

  /**
   * "in 1971 Baltimore mayoral election", "1996 United States Senate special election in Oregon":
   * a year, a name and an election without an article is the name of that election, as
   * encyclopaedias write it. With an article ("the 2004 U.S. presidential election") news
   * writing, and spaCy, keep the year a DATE and the place its own name.
   */
  private static int election(TaggedSentence s, int i) {
    if (!YEAR.matcher(s.word(i)).matches() || !(s.isFree(i) || s.isSpan(i, i + 1)) || DETERMINED.contains(s.lower(i - 1))) {
      return i;
    }
    int k = i + 1;
    int names = 0;
    while (k < s.size() && k - i < 9 && (TaggedSentence.capitalised(s.word(k)) || names > 0 && "-".equals(s.word(k)))) {
      k = s.isFree(k) ? k + 1 : Math.max(k + 1, s.spanEnd(k));
      names++;
    }
    while (names > 0 && k < s.size() && s.isFree(k) && POLL_WORDS.contains(s.word(k))) {
      k++;
    }
    if (names == 0 || k >= s.size() || !s.isFree(k) || !POLLS.contains(s.word(k))) {
      return i;
    }
    int end = k + 1;
    if (end + 1 < s.size() && "in".equals(s.word(end)) && Types.LOCATION.equals(s.spanLabel(end + 1)) && s.spanStart(end + 1) == end + 1) {
      end = s.spanEnd(end + 1); // "... special election in Oregon"
    }
    s.replace(i, end, Types.EVENT);
    return end - 1;
  }

  private static final Pattern ABBREVIATION = Pattern.compile("[A-Z][A-Za-z&]*[A-Z][A-Z0-9&]*");
  private static final Pattern HULL = Pattern.compile("[A-Z]{1,4}");
  private static final Pattern HULL_NUMBER = Pattern.compile("\\d{1,4}");

  /**
   * An abbreviation in brackets right after a name names the same thing: "World Series of Poker
   * (WSOP)" is an EVENT, and so is "WSOP" later in the sentence; a ship's hull number "(DDG 70)"
   * is the ship. Only for the fine types and ORG; the abbreviation starts with the name's first letter.
   */
  private static void abbreviation(TaggedSentence s, int i) {
    if (!"(".equals(s.word(i - 1)) || s.isFree(i - 2)) {
      return;
    }
    String type = s.spanLabel(i - 2);
    int name = s.spanStart(i - 2);
    if (Types.PRODUCT.equals(type) && i + 2 < s.size() && ")".equals(s.word(i + 2)) && HULL.matcher(s.word(i)).matches()
        && HULL_NUMBER.matcher(s.word(i + 1)).matches() && (s.isFree(i, i + 2) || s.isSpan(i, i + 2) || s.isSpan(i, i + 1))) {
      s.replace(i, i + 2, Types.PRODUCT);
      return;
    }
    String abbr = s.word(i);
    if (!")".equals(s.word(i + 1)) || !ABBREVIATION.matcher(abbr).matches() || !(s.isFree(i) || s.isSpan(i, i + 1))
        || Character.toUpperCase(s.word(name).charAt(0)) != abbr.charAt(0)
        || !(Types.FINE.contains(type) && !Types.NORP.equals(type) && !Types.LANGUAGE.equals(type) || Types.ORG.equals(type))) {
      return;
    }
    for (int k = 0; k < s.size(); k++) {
      if (abbr.equals(s.word(k)) && (s.isFree(k) || s.isSpan(k, k + 1) && canRetype(s.spanLabel(k)))) {
        s.replace(k, k + 1, type);
      }
    }
  }

  private static final Set<String> PARTS = WordList.load("law-parts");

  /** "Section 101 of the Bankruptcy Code", "Title 11 of the United States Code": one LAW. */
  private static int lawSection(TaggedSentence s, int i) {
    if (!PARTS.contains(capitalise(s.word(i))) || i + 3 >= s.size() || !SECTION_NUMBER.matcher(s.word(i + 1)).matches()
        || !"of".equals(s.lower(i + 2))) {
      return i;
    }
    int k = "the".equals(s.lower(i + 3)) ? i + 4 : i + 3;
    if (k < s.size() && Types.LAW.equals(s.spanLabel(k)) && s.spanStart(k) == k) {
      int end = s.spanEnd(k);
      s.replace(i, end, Types.LAW);
      return end - 1;
    }
    return i;
  }

  private static String capitalise(String w) {
    return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  /** "Boeing 747", "Galaxy S10", "iPhone", "F-16 Fighting Falcon". */
  private static int product(TaggedSentence s, int i) {
    String w = s.word(i);
    if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
      return i;
    }
    boolean open = s.isFree(i) || (s.isSpan(i, i + 1) && canRetype(s.spanLabel(i)));
    if (!open && canRetype(s.spanLabel(i)) && Products.isDesignation(w)) {
      int from = s.spanStart(i);
      int to = s.spanEnd(i);
      String label = s.spanLabel(i);
      s.replace(i, to, Types.PRODUCT); // "F-16 Fighting Falcon" read as one ORG
      if (from < i) {
        s.replace(from, i, label); // "Air Force" + "F-16 Fighting Falcons"
      }
      return to - 1;
    }
    if (!open) {
      return i;
    }
    int designation = Products.isDesignation(w) ? i + 1
        : i + 2 < s.size() && "-".equals(s.word(i + 1)) && Products.isDesignation(w + "-" + s.word(i + 2)) ? i + 3 : -1;
    if (designation > 0) {
      int end = designation;
      while (end < s.size() && end - designation < 3 && TaggedSentence.capitalised(s.word(end))
          && (s.isFree(end) || s.spanStart(end) == end && canRetype(s.spanLabel(end)))) {
        end = s.isFree(end) ? end + 1 : s.spanEnd(end); // "F-4 Phantom II", "CH-53 Sea Stallion"
      }
      s.replace(i, end, Types.PRODUCT);
      return end - 1;
    }
    if (Products.isMaker(w) && i + 1 < s.size() && Products.isModel(s.word(i + 1))
        && (s.isFree(i + 1) || s.isSpan(i + 1, i + 2)) && !YEAR_OR_DECADE.matcher(s.word(i + 1)).matches()) {
      s.replace(i, i + 2, Types.PRODUCT);
      return i + 1;
    }
    if (Products.isName(s, i)) {
      int end = i + 1;
      while (end < s.size() && end - i < 3 && (s.isFree(end) || s.isSpan(end, end + 1))
          && (Products.isModel(s.word(end)) || "Portable".equals(s.word(end)))) {
        end++; // "PlayStation 2", "iPhone X"
      }
      s.replace(i, end, Types.PRODUCT);
      return end - 1;
    }
    return i;
  }

  static boolean canRetype(String label) {
    return Types.PERSON.equals(label) || Types.ORG.equals(label) || Types.LOCATION.equals(label)
        || Types.MISC.equals(label) || Types.WORK.equals(label);
  }

  private static boolean allMembers(TaggedSentence s, int from, int to) {
    for (int k = from; k < to; ) {
      int m = Norp.match(s.words, k);
      if (m == 0) {
        return false;
      }
      k += m;
    }
    return true;
  }

  /** Places, awards, events, languages and nationalities named by one word or a short fixed phrase. */
  private static int single(TaggedSentence s, int i) {
    String label = s.spanLabel(i);
    if (Heads.EVENT_NAMES.contains(s.word(i)) && (label == null || s.isSpan(i, i + 1) && canRetype(label))) {
      int from = i; // a year before stays a DATE: "the 1961 Westercon"
      int end = i + 1 < s.size() && YEAR.matcher(s.word(i + 1)).matches()
          && (s.isFree(i + 1) || s.isSpan(i + 1, i + 2)) ? i + 2 : i + 1;
      s.replace(from, end, Types.EVENT); // "SXSW 2012"
      return end - 1;
    }
    if (Types.PERSON.equals(label) && s.spanStart(i) == i && s.spanEnd(i) > i + 1) {
      int end = s.spanEnd(i);
      if ("House".equals(s.word(end - 1)) || end < s.size() && "House".equals(s.word(end)) && s.isFree(end)) {
        end = "House".equals(s.word(end - 1)) ? end : end + 1;
        s.replace(i, end, Types.FAC); // "William Washington House": a house named after a person
        return end - 1;
      }
    }
    if (Types.PERSON.equals(label) && s.spanStart(i) == i && TITLES.contains(s.word(i)) && s.spanEnd(i) > i + 1) {
      int end = s.spanEnd(i);
      int from = i + 1;
      while (from < end - 1 && TITLES.contains(s.word(from))) {
        from++;
      }
      s.replace(from, end, Types.PERSON); // "Dr. Ada Smith" is "Ada Smith"
      return end - 1;
    }
    if (label != null && s.spanStart(i) == i) {
      int end = s.spanEnd(i);
      if ((Types.LOCATION.equals(label) || Types.MISC.equals(label) || Types.ORG.equals(label))
          && Places.isLoc(s, i, end)) {
        s.replace(i, end, Types.LOC);
        return end - 1;
      }
    } else if (label == null && TaggedSentence.capitalised(s.word(i))) {
      for (int end = Math.min(s.size(), i + 3); end > i; end--) {
        if (s.isFree(i, end) && Places.isLoc(s, i, end)) {
          s.replace(i, end, Types.LOC);
          return end - 1;
        }
      }
    }
    if (TaggedSentence.capitalised(s.word(i)) && (label == null || s.spanStart(i) == i && canRetype(label))) {
      int end = label == null ? i + 1 : s.spanEnd(i);
      if (label == null && end < s.size() && s.isFree(end) && TaggedSentence.capitalised(s.word(end))) {
        end++; // free two-word names: "Camp David", "White House"
      }
      for (; end > i; end--) {
        String text = s.text(i, end);
        if (Heads.FAC_NAMES.contains(text)) {
          s.replace(i, end, Types.FAC);
          return end - 1;
        }
        if (Heads.SEATS.contains(text)) {
          int k = "the".equals(s.lower(i - 1)) ? i - 2 : i - 1;
          s.replace(i, end, Heads.AT_PLACE.contains(s.lower(k)) ? Types.FAC : Types.ORG);
          return end - 1;
        }
        if (label != null) {
          break; // a span is looked up whole
        }
      }
    }
    boolean single = s.isFree(i) || s.isSpan(i, i + 1);
    String w = s.word(i);
    if (single && AWARDS.contains(w) && (label == null || canRetype(label))
        && (w.endsWith("s") || AWARD_CUES.contains(s.lower(i - 1)))) {
      s.replace(i, i + 1, Types.WORK);
      return i;
    }
    if (single && (label == null || canRetype(label) || Types.NORP.equals(label)) && !Types.PERSON.equals(label)
        && (Languages.isLanguage(s, i))) {
      s.replace(i, i + 1, Types.LANGUAGE);
      return i;
    }
    if (Types.MISC.equals(label) && s.spanStart(i) == i && s.spanEnd(i) > i + 1 && allMembers(s, i, s.spanEnd(i))) {
      int end = s.spanEnd(i);
      s.clearOverlapping(i, end); // "Soviet Armenian": two NORP names
      for (int k = i; k < end; k += Math.max(1, Norp.match(s.words, k))) {
        s.replace(k, k + Norp.match(s.words, k), Types.NORP);
      }
      return end - 1;
    }
    if (Types.MISC.equals(label) && s.spanStart(i) == i && s.spanEnd(i) > i + 1) {
      int end = s.spanEnd(i);
      int head = end - 1;
      if (head > i && Heads.isNumeral(s.word(head))) {
        head--;
      }
      String type = Heads.LAST.get(s.word(head));
      if (Heads.BEFORE_NUMBER.containsKey(w) && end == i + 2 && SHORT_NUMBER.matcher(s.word(i + 1)).matches()) {
        type = Heads.BEFORE_NUMBER.get(w); // "Chapter 11"
      }
      if (type != null && !Types.ORG.equals(type) && !Types.LOCATION.equals(type)) {
        s.replace(i, end, type); // "1992 Winter Olympics", "42nd Academy Awards" as one MISC
        return end - 1;
      }
    }
    boolean looseMisc = Types.MISC.equals(label) && s.isSpan(i, i + 1);
    if ((single && label == null || looseMisc) && "Olympic".equals(w)
        && (!TaggedSentence.capitalised(s.word(Math.min(i + 1, s.size() - 1))) || MEDALS.contains(s.word(Math.min(i + 1, s.size() - 1))))) {
      s.replace(i, i + 1, Types.EVENT); // "an Olympic gold medal"
      return i;
    }
    if ((single && label == null || looseMisc) && ("Western".equals(w) || "Eastern".equals(w)) && i > 0 && i + 1 < s.size()
        && Character.isLowerCase(s.word(i + 1).codePointAt(0))) {
      s.replace(i, i + 1, Types.NORP); // "Western travelers"
      return i;
    }
    if (i >= 2 && "-".equals(s.word(i - 1)) && TaggedSentence.capitalised(s.word(i - 2))) {
      return i; // "All-American", "Anti-Jacksonian"
    }
    int m = Norp.match(s.words, i);
    if (m > 0 && (s.isFree(i, i + m) || (s.isSpan(i, i + m)
        && (Types.MISC.equals(label) || Types.ORG.equals(label) || Types.NORP.equals(label))))) {
      s.replace(i, i + m, Types.NORP);
      return i + m - 1;
    }
    if (Types.MISC.equals(label) && s.isSpan(i, i + 1) && Norp.hasForm(w)) {
      s.replace(i, i + 1, Types.NORP);
    }
    return i;
  }
}
