package io.nerbyoc.names;

import io.nerbyoc.core.TaggedSentence;
import io.nerbyoc.core.TokenSpan;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a name starts and ends, by spaCy's conventions (../shared/reference/spacy-labels.md),
 * after the CRFs and {@link NameTyper} have labelled it. Pure Java over words and spans. In order:
 *
 * <ol>
 *   <li>Contract role nouns ("the Borrower", "Each Party", "Administrative Agent") are no names:
 *       a span made only of {@link #ROLES} (and {@link #ROLE_MODIFIERS}) is dropped.
 *   <li>Hyphenated names the tokenizer split are one name: "Bois-Reymond", "Mercedes-Benz".
 *       Only where the hyphen touches both words (no spaces), and never for nationalities or
 *       places ("Franco-German", "US-China").
 *   <li>A corporate suffix belongs to the company it follows: "Crocs, Inc.", "HERBERT SMITH
 *       LLP", "Silicium de Provence SAS" are one ORG each ({@link #SUFFIXES}); a suffix with no
 *       name before it is no name.
 *   <li>A place with its lower-case administrative unit is one GPE: "Anbar province".
 *   <li>A place or nationality before a capitalised institution is part of its name: "Syrian
 *       Government", "UN Security Council", "Norwegian Premier League" are one ORG each ({@link
 *       #INSTITUTIONS}); "the Syrian government" stays NORP.
 *   <li>No leading "The" in names ("The University of Texas" is "University of Texas"), except in
 *       titles of works and in newspapers and magazines ("The Globe and Mail", {@link
 *       #PUBLICATIONS}) and "The Hague", whose article is part of the name.
 * </ol>
 */
public final class NameBoundaries {
  // Compiled once: these run for every sentence.
  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");
  private static final Pattern LIST_MARKER = Pattern.compile("[A-Z]\\.|\\(?[a-z]\\)");
  /**
   * Defined terms of contracts and filings: capitalised there, never a name. Company, Bank and
   * Agreement are here only as whole spans; "Deutsche Bank" or "Good Friday Agreement" has other
   * words.
   */
  static final Set<String> ROLES = WordList.load("contract-roles");
  /** Words that make a role more specific without making it a name: "Borrower Related Party". */
  private static final Set<String> ROLE_MODIFIERS = WordList.load("contract-role-modifiers");
  /** Words before a role that leave it a role: "the Borrower", "Each Party", "B. Borrower" (a list item). */
  private static final Set<String> ROLE_LEADS = WordList.load("contract-role-leads");

  /**
   * Corporate suffixes as written, dots kept, spaces dropped ("N. A ." is "N.A."): a company's
   * legal form, part of its name.
   */
  static final Set<String> SUFFIXES = WordList.load("corporate-suffixes");
  /** Longest suffix in tokens: "S. A. R. L ." */
  private static final int MAX_SUFFIX_TOKENS = 8;
  /** Lower-case words that may sit inside a company name before its suffix: "Silicium de Provence SAS". */
  private static final Set<String> NAME_LINKS = WordList.load("company-name-links");
  /** Words that open a sentence without opening a name; a company name before a suffix stops there. */
  private static final Set<String> OPENERS = WordList.load("sentence-openers");
  private static final int MAX_COMPANY = 8;
  /** Labels a company name may have had before its suffix was seen. */
  private static final Set<String> COMPANY_PARTS =
      Set.of(Types.ORG, Types.PERSON, Types.LOCATION, Types.MISC, Types.LOC, Types.FAC, Types.PRODUCT);

  /** Prefixes that make an adjective of a name, not a longer name: "Anti-Trump", "ex-Enron". */
  private static final Set<String> PREFIXES = WordList.load("adjective-prefixes");

  /** Administrative units written after a place name in news: "Idlib province", "Mosul district". */
  private static final Set<String> UNITS = WordList.load("administrative-units");

  /** Last words of newspaper and magazine names, which keep their "The": "The New Yorker". */
  static final Set<String> PUBLICATIONS = WordList.load("publication-words");
  /** Places whose article is part of the name. */
  private static final Set<String> ARTICLE_PLACES = WordList.load("article-places");

  private NameBoundaries() {}

  /**
   * The sentence's spans with their boundaries fixed.
   *
   * @param attached per word, whether it touches the word before with no space between (null: not
   *     known, no hyphen joins)
   */
  public static List<TokenSpan> apply(String[] words, boolean[] attached, List<TokenSpan> spans) {
    TaggedSentence s = NameTyper.sentence(words, spans);
    roles(s);
    if (attached != null) {
      hyphens(s, attached);
    }
    suffixes(s, attached);
    units(s);
    institutions(s);
    articles(s);
    return s.spans();
  }

  /** Only the role-noun rule: it reads no capitals, so it holds in text of any case. */
  public static List<TokenSpan> roles(String[] words, List<TokenSpan> spans) {
    TaggedSentence s = NameTyper.sentence(words, spans);
    roles(s);
    return s.spans();
  }

  // ---- 1. role nouns

  private static void roles(TaggedSentence s) {
    for (TokenSpan span : s.spans()) {
      if ((Types.ORG.equals(span.label()) || Types.PERSON.equals(span.label()) || Types.LOCATION.equals(span.label())
          || Types.MISC.equals(span.label())) && isRole(s, span.start(), span.end())) {
        s.clearOverlapping(span.start(), span.end());
      }
    }
  }

  private static boolean isRole(TaggedSentence s, int from, int to) {
    int i = from;
    if (i < to - 1 && (ROLE_LEADS.contains(s.lower(i)) || LIST_MARKER.matcher(s.word(i)).matches())) {
      i++;
    }
    boolean head = false;
    for (; i < to; i++) {
      String w = s.lower(i);
      if (ROLES.contains(w)) {
        head = true;
      } else if (!ROLE_MODIFIERS.contains(w)) {
        return false;
      }
    }
    return head;
  }

  // ---- 2. hyphens

  private static void hyphens(TaggedSentence s, boolean[] attached) {
    for (int h = 1; h + 1 < s.size(); h++) {
      if (!"-".equals(s.word(h)) || !attached[h] || !attached[h + 1] || !s.isFree(h)) {
        continue;
      }
      String left = s.isFree(h - 1) ? null : s.spanLabel(h - 1);
      String right = s.isFree(h + 1) ? null : s.spanLabel(h + 1);
      if (left == null && right == null) {
        continue;
      }
      int from = left == null ? h - 1 : s.spanStart(h - 1);
      int to = right == null ? h + 2 : s.spanEnd(h + 1);
      String label = joined(s, left, right, from, h, to);
      if (label != null) {
        s.replace(from, to, label);
        h = to - 1;
      }
    }
  }

  /** The label of the name [from, to) made by joining across the hyphen at h, or null to leave it. */
  private static String joined(TaggedSentence s, String left, String right, int from, int h, int to) {
    if (isPlaceOrGroup(left) || isPlaceOrGroup(right)) {
      return null; // "Franco-German", "Israeli-Palestinian", "US-China"
    }
    if (left == null) { // "Jean-[Pierre Raffarin]": a capitalised first half that is no prefix
      return Types.PERSON.equals(right) && TaggedSentence.capitalised(s.word(h - 1))
          && !PREFIXES.contains(s.lower(h - 1)) && h + 2 < to ? right : null;
    }
    if (right == null) { // "[Eva Bosáková]-Hlaváčková": a second surname after a whole name ("Calabi-Yau" pairs two)
      return Types.PERSON.equals(left) && TaggedSentence.capitalised(s.word(h + 1)) && h - from > 1 ? left : null;
    }
    if ((Types.PERSON.equals(left) && PERSON_PARTS.contains(right)) || (Types.PERSON.equals(right) && PERSON_PARTS.contains(left))) {
      // "Trump-Putin" pairs two people; a double surname follows a whole name.
      boolean pair = h - from == 1 && to - h - 1 == 1;
      return pair ? null : Types.PERSON;
    }
    return left.equals(right) && Types.ORG.equals(left) ? left : null; // "Rolls-Royce", "CJTF-OIR"
  }

  /** What the other half of a hyphenated person's name may have been labelled. */
  private static final Set<String> PERSON_PARTS = Set.of(Types.PERSON, Types.ORG, Types.MISC);

  private static boolean isPlaceOrGroup(String label) {
    return Types.NORP.equals(label) || Types.LOCATION.equals(label) || Types.LOC.equals(label)
        || Types.LANGUAGE.equals(label);
  }

  // ---- 3. corporate suffixes

  private static void suffixes(TaggedSentence s, boolean[] attached) {
    for (int k = 1; k < s.size(); k++) {
      int end = suffixEnd(s, k, attached);
      if (end < 0) {
        continue;
      }
      // "Co., Ltd.": a second suffix after the first
      int more = end < s.size() && ",".equals(s.word(end)) ? suffixEnd(s, end + 1, attached) : suffixEnd(s, end, attached);
      if (more > 0) {
        end = more;
      }
      if (INITIAL.matcher(s.word(k - 1)).matches()) {
        k = end - 1;
        continue; // "U. S. A.": initials, not a company's "S.A."
      }
      int before = ",".equals(s.word(k - 1)) ? k - 2 : k - 1;
      if (!s.isFree(end - 1) && s.spanEnd(end - 1) > end) {
        k = end - 1;
        continue; // the suffix is inside a longer name
      }
      int start = companyStart(s, before);
      if (start >= 0) {
        s.replace(start, end, Types.ORG);
      } else if (s.isSpan(k, end)) {
        s.clearOverlapping(k, end); // "Inc." alone names nothing
      }
      k = end - 1;
    }
  }

  /** End (exclusive) of the corporate suffix starting at word k, or -1. */
  private static int suffixEnd(TaggedSentence s, int k, boolean[] attached) {
    if (k >= s.size() || !Character.isLetter(s.word(k).codePointAt(0))) {
      return -1;
    }
    StringBuilder b = new StringBuilder();
    int found = -1;
    for (int i = k; i < Math.min(s.size(), k + MAX_SUFFIX_TOKENS); i++) {
      b.append(s.word(i));
      if (SUFFIXES.contains(b.toString())) {
        found = i + 1;
      }
      // "Inc." split before a bracket or so: the full stop touching it is the abbreviation's
      if (found == i + 1 && i + 1 < s.size() && ".".equals(s.word(i + 1)) && attached != null && attached[i + 1]
          && !b.toString().endsWith(".")
          && SUFFIXES.contains(b + ".") && i + 2 < s.size()) {
        found = i + 2;
      }
    }
    if (found < 0) {
      return -1;
    }
    // a suffix is never the start of a longer capitalised name: "AG Edwards", "Co Durham"
    if (found < s.size() && TaggedSentence.capitalised(s.word(found)) && s.word(k).length() <= 3 && !",".equals(s.word(k))) {
      return -1;
    }
    return found;
  }

  /** First word of the company name ending at word {@code last} (inclusive), or -1 when there is none. */
  private static int companyStart(TaggedSentence s, int last) {
    if (last < 0) {
      return -1;
    }
    int i = last + 1;
    boolean name = false;
    while (i > 0 && last + 1 - i < MAX_COMPANY) {
      int p = i - 1;
      if (!s.isFree(p)) {
        if (!COMPANY_PARTS.contains(s.spanLabel(p))) {
          break; // "The Darjeeling Limited" is a film, "German AG" no company
        }
        i = s.spanStart(p);
        name = true;
      } else if (TaggedSentence.capitalised(s.word(p)) && !(OPENERS.contains(s.lower(p)) && sentenceStart(s, p))
          && !SUFFIXES.contains(s.word(p))) {
        i = p;
        name = true;
      } else if (name && NAME_LINKS.contains(s.lower(p)) && p > 0 && TaggedSentence.capitalised(s.word(p - 1))
          && !(s.isFree(p - 1) && sentenceStart(s, p - 1)) // not "Shares of Wal-Mart Stores Inc."
          && !Types.PERSON.equals(s.spanLabel(p - 1))) { // not "Tim Cook of Apple Inc.": a person is no company's first word
        i = p;
      } else {
        break;
      }
    }
    return name ? i : -1;
  }

  /** First word of the sentence or of a clause after punctuation, where any word is capitalised. */
  private static boolean sentenceStart(TaggedSentence s, int p) {
    return p == 0 || !Character.isLetterOrDigit(s.word(p - 1).codePointAt(0));
  }

  // ---- 4. administrative units

  private static void units(TaggedSentence s) {
    for (int i = 1; i < s.size(); i++) {
      if (UNITS.contains(s.word(i)) && s.isFree(i) && Types.LOCATION.equals(s.spanLabel(i - 1))
          && !("district".equals(s.word(i)) && s.text(s.spanStart(i - 1), i).contains(" "))) {
        // "Mosul district" is a unit; "the Hayward City Center district" a neighbourhood
        s.replace(s.spanStart(i - 1), i + 1, Types.LOCATION);
      }
    }
  }

  // ---- 5. institutions of a place

  /** Last words of an institution's name that a place or nationality may open. */
  static final Set<String> INSTITUTIONS = WordList.load("institution-words");
  private static final int MAX_INSTITUTION = 4;

  private static void institutions(TaggedSentence s) {
    for (int i = 0; i + 1 < s.size(); i++) {
      String label = s.spanLabel(i);
      if (!(Types.NORP.equals(label) || Types.LOCATION.equals(label) || Types.ORG.equals(label))
          || s.spanStart(i) != i) {
        continue;
      }
      int from = s.spanStart(i);
      int after = s.spanEnd(i);
      int end = institutionEnd(s, after);
      if (end > after) {
        s.replace(from, end, Types.ORG);
        i = end - 1;
      } else {
        i = after - 1;
      }
    }
  }

  /** End of the capitalised institution starting at word k ("Security Council", an ORG span), or k. */
  private static int institutionEnd(TaggedSentence s, int k) {
    if (k >= s.size() || !TaggedSentence.capitalised(s.word(k))) {
      return k;
    }
    if (!s.isFree(k)) {
      int end = s.spanEnd(k);
      return Types.ORG.equals(s.spanLabel(k)) && s.spanStart(k) == k && INSTITUTIONS.contains(s.word(end - 1)) ? end : k;
    }
    for (int j = k; j < Math.min(s.size(), k + MAX_INSTITUTION) && s.isFree(j) && TaggedSentence.capitalised(s.word(j)); j++) {
      if (INSTITUTIONS.contains(s.word(j)) && (j + 1 >= s.size() || !TaggedSentence.capitalised(s.word(j + 1)) || !s.isFree(j + 1))) {
        return j + 1;
      }
    }
    return k;
  }

  // ---- 6. leading articles

  private static final Set<String> NO_ARTICLE =
      Set.of(Types.PERSON, Types.ORG, Types.LOCATION, Types.LOC, Types.FAC, Types.NORP, Types.EVENT);

  private static void articles(TaggedSentence s) {
    for (TokenSpan span : s.spans()) {
      if (span.end() - span.start() > 1 && "the".equals(s.word(span.start()).toLowerCase(Locale.ROOT))
          && NO_ARTICLE.contains(span.label())
          && !PUBLICATIONS.contains(s.word(span.end() - 1))
          && !ARTICLE_PLACES.contains(s.word(span.start() + 1))
          && TaggedSentence.capitalised(s.word(span.start() + 1))) {
        s.replace(span.start() + 1, span.end(), span.label());
      }
    }
  }
}
