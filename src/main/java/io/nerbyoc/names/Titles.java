package io.nerbyoc.names;

import io.nerbyoc.core.TaggedSentence;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Titles of works (spaCy's WORK_OF_ART) without quotes: after a work noun ("the novel
 * Moby-Dick"), and capitalised phrases with their year in brackets ("Taste of Cherry (1997)"),
 * which win over PERSON, ORG or GPE only in a sentence about works ("She wrote seven novels,
 * Adam Bede (1859)"): a person's brackets hold a life span, not one year.
 */
final class Titles {
  static final Set<String> TITLE_LINKS = WordList.load("title-links");
  private static final Set<String> WORK_NOUNS = WordList.load("work-nouns");
  private static final Set<String> TITLE_INTROS = WordList.load("title-intros");
  /** Verbs that make a sentence about works even without a work noun. */
  private static final Set<String> WORK_VERBS = WordList.load("work-verbs");
  private static final Set<String> AFTER_YEAR = Set.of(")", ",", "-", "--", "\u2013");
  private static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d\\d");
  /** A year or a year with a short end ("1862-63", "1987 – 94"): a person's life span has two full years. */
  private static final Pattern YEAR_SPAN = Pattern.compile("(?:1[89]|20)\\d\\d(?:[-\u2013]\\d\\d)?");
  private static final Pattern NUMERAL = Pattern.compile("\\d{1,4}|[IVX]{1,4}");
  private static final int MAX_TITLE = 8;

  private Titles() {}

  /** Whether the sentence speaks of works: a work noun ("films", "novel") or verb ("starred"). */
  static boolean aboutWorks(TaggedSentence s) {
    for (int i = 0; i < s.size(); i++) {
      String w = s.lower(i);
      if (Types.WORK.equals(Kinds.of(w)) || WORK_VERBS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** "the novel Moby-Dick", "her album , Thriller": a capitalised title after a work noun. */
  static int afterNoun(TaggedSentence s, int i, boolean aboutWorks, boolean bracket) {
    if (!WORK_NOUNS.contains(s.word(i))) {
      return withYear(s, i, aboutWorks, bracket);
    }
    int j = i + 1;
    if (j < s.size() && TITLE_INTROS.contains(s.lower(j))) {
      j++;
    }
    if (j >= s.size() || !TaggedSentence.capitalised(s.word(j))
        || !(s.isFree(j) || s.spanStart(j) == j && inTitle(s.spanLabel(j)))) {
      return i;
    }
    int end = end(s, j);
    s.replace(j, end, Types.WORK);
    return end - 1;
  }

  /** Whether any word is "(": titles with their year need one. */
  static boolean hasBracket(TaggedSentence s) {
    return Arrays.asList(s.words).contains("(");
  }

  /**
   * A capitalised phrase followed by its year in brackets: "Taste of Cherry (1997)". The CRFs'
   * PERSON, ORG and place spans are taken only in a sentence about works and with one year.
   */
  private static int withYear(TaggedSentence s, int i, boolean aboutWorks, boolean bracket) {
    if (!bracket) {
      return i;
    }
    String label = s.spanLabel(i);
    boolean article = Set.of("The", "A", "An").contains(s.word(i));
    boolean loose = label == null || Types.MISC.equals(label) || Types.WORK.equals(label);
    boolean named = aboutWorks && s.spanStart(i) == i
        && (Types.PERSON.equals(label) || Types.ORG.equals(label) || Types.LOCATION.equals(label));
    if (!NameTyper.nameStart(s, i) || (NameTyper.stopped(s, i) && !article) || i > 0 && "-".equals(s.word(i - 1))
        || !(loose || named)) {
      return i; // not "Harvard (2011)": an ORG with a year is the ORG
    }
    int end = end(s, i);
    if (end + 2 >= s.size() || !"(".equals(s.word(end))) {
      return i;
    }
    String year = s.word(end + 1);
    String after = s.word(end + 2);
    boolean dated = loose ? YEAR.matcher(year).matches() && AFTER_YEAR.contains(after)
        : YEAR_SPAN.matcher(year).matches() && (")".equals(after) || AFTER_YEAR.contains(after)
            && end + 3 < s.size() && s.word(end + 3).length() == 2 && Character.isDigit(s.word(end + 3).charAt(0)));
    if (dated) {
      s.replace(i, end, Types.WORK);
      return end - 1;
    }
    return i;
  }

  /** Names a title may hold, read by the typer as a building or event: "The Bridge of San Luis Rey". */
  private static boolean inTitle(String label) {
    return NameTyper.canRetype(label) || Types.FAC.equals(label) || Types.EVENT.equals(label) || Types.LOC.equals(label);
  }

  /**
   * End of a title from j: capitalised words and spans, lower-case title words between them, and
   * a number after a word ("Spider-Man 2", "The Expendables 3").
   */
  static int end(TaggedSentence s, int j) {
    int end = j;
    while (end < s.size() && end - j < MAX_TITLE) {
      if (TaggedSentence.capitalised(s.word(end)) && (s.isFree(end) || inTitle(s.spanLabel(end)))) {
        end = s.isFree(end) ? end + 1 : Math.max(end + 1, s.spanEnd(end));
        continue;
      }
      if (end > j && s.isFree(end) && NUMERAL.matcher(s.word(end)).matches() && !"(".equals(s.word(end - 1))
          && (end + 1 == s.size() || !Character.isLetterOrDigit(s.word(end + 1).codePointAt(0)))) {
        end++;
        break;
      }
      int k = end;
      while (k < s.size() && s.isFree(k) && TITLE_LINKS.contains(s.lower(k))) {
        k++;
      }
      if (k > end && k < s.size() && TaggedSentence.capitalised(s.word(k)) && (s.isFree(k) || inTitle(s.spanLabel(k)))) {
        end = k;
      } else {
        break;
      }
    }
    return end;
  }
}
