package io.nerbyoc.names;

import io.nerbyoc.core.TaggedSentence;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names typed by a kind noun ({@link Kinds}) next to them:
 * <ul>
 *   <li>a list the noun introduces: "films including Beer League, The Usual Suspects and Jersey
 *       Boys", "three films: The Expendables (2010), ...", "venues such as Kamei Arena Sendai";
 *   <li>the subject the noun describes: "Kondor was the fifth of six Type 23 torpedo boats
 *       built ...", "María la del Barrio (...) is a Mexican telenovela produced by ...".
 * </ul>
 * The noun must end its phrase ("a film by", not "a film director"), so a person described by
 * their trade is left alone.
 */
final class KindRules {
  private static final Set<String> INTROS = WordList.load("kind-list-intros");
  /** Words before a plural noun that make the next capitalised words its members: "the plays Our Town". */
  private static final Set<String> DETERMINERS = WordList.load("kind-determiners");
  /** Words that may follow a list item: anything else ("Jaws, Spielberg said") ends the list before it. */
  private static final Set<String> ITEM_ENDS = WordList.load("kind-item-ends");
  private static final Set<String> COPULA = WordList.load("kind-copulas");
  private static final Set<String> ARTICLES = WordList.load("kind-articles");
  /** Words that end a kind noun's phrase: "a film by", "a song from", "a ship built". */
  private static final Set<String> ENDERS = WordList.load("kind-phrase-enders");
  private static final Set<String> STOPS = WordList.load("kind-search-stops");
  private static final Set<String> COUNTS_BEFORE_OF = WordList.load("kind-counts-before-of");
  private static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d\\d");
  private static final int MAX_ITEMS = 16;

  private KindRules() {}

  /** The list a plural kind noun introduces. Returns where to go on. */
  static int list(TaggedSentence s, int i) {
    String word = s.word(i);
    String type = Kinds.of(word);
    if (type == null || !s.isFree(i) || !word.endsWith("s") || i + 1 >= s.size()) {
      return i;
    }
    int k = i + 1;
    String next = s.lower(k);
    if (INTROS.contains(next)) {
      k++;
    } else if ("such".equals(next) && "as".equals(s.lower(k + 1))) {
      k += 2;
    } else if (",".equals(next) && DETERMINERS.contains(s.lower(i - 1))) {
      k++; // "She wrote seven novels, Adam Bede (1859), ..."
    } else if (!DETERMINERS.contains(s.lower(i - 1)) && !isNumber(s.word(Math.max(0, i - 1)))) {
      return i; // "the team plays Arsenal": a verb, not a noun
    }
    int items = 0;
    while (k < s.size() && items < MAX_ITEMS) {
      if ("the".equals(s.word(k))) {
        k++; // "the Iliad and the Odyssey": lower-case "the" stays outside
      } else if (k + 1 < s.size() && YEAR.matcher(s.word(k)).matches() && "'s".equals(s.word(k + 1))) {
        k += 2; // "1981 's Stop the Dominoes"
      }
      if (k >= s.size() || !itemStart(s, k, type)) {
        break;
      }
      int end = Types.WORK.equals(type) ? workEnd(s, k) : nameEnd(s, k);
      if (end == k || end < s.size() && !ITEM_ENDS.contains(s.lower(end))) {
        break;
      }
      s.replace(k, end, type);
      items++;
      k = end;
      if (k < s.size() && "(".equals(s.word(k))) {
        int close = k + 1;
        while (close < s.size() && close - k < 12 && !")".equals(s.word(close))) {
          close++;
        }
        if (close >= s.size() || !")".equals(s.word(close))) {
          break;
        }
        k = close + 1; // "(1997)", "(Harrison, 1987)"
      }
      if (k < s.size() && (",".equals(s.word(k)) || ";".equals(s.word(k)))) {
        k++;
        if ("and".equals(s.word(k < s.size() ? k : k - 1))) {
          k++;
        }
      } else if (k < s.size() && "and".equals(s.word(k))) {
        k++;
      } else {
        break;
      }
    }
    return Math.max(i, k - 1);
  }

  private static boolean isNumber(String w) {
    return !w.isEmpty() && Character.isDigit(w.charAt(0));
  }

  private static boolean itemStart(TaggedSentence s, int k, String type) {
    String w = s.word(k);
    boolean open = s.isFree(k) || s.spanStart(k) == k && (NameTyper.canRetype(s.spanLabel(k)) || type.equals(s.spanLabel(k)));
    if (!open || NameTyper.stopped(s, k) && !"The".equals(w)) {
      return false;
    }
    if (TaggedSentence.capitalised(w) || mixedCase(w)) {
      return true;
    }
    return Types.WORK.equals(type) && isNumber(w) && k + 1 < s.size() && TaggedSentence.capitalised(s.word(k + 1)); // "3000 Miles to Graceland"
  }

  /** "macOS", "iPhone": a lower-case start with capitals inside. */
  private static boolean mixedCase(String w) {
    return w.length() > 1 && Character.isLowerCase(w.charAt(0)) && !w.equals(w.toLowerCase(java.util.Locale.ROOT));
  }

  /** End of a title in a list: an "and" inside it more likely joins two items than two title words. */
  private static int workEnd(TaggedSentence s, int k) {
    int end = isNumber(s.word(k)) ? Titles.end(s, k + 1) : Titles.end(s, k);
    for (int m = k + 1; m < end; m++) {
      if ("and".equals(s.word(m)) && s.isFree(m)) {
        return m;
      }
    }
    return end;
  }

  /** End of a name from k: capitalised words and spans, numbers, hyphens and "of" between them. */
  private static int nameEnd(TaggedSentence s, int k) {
    int end = k;
    while (end < s.size() && end - k < 8) {
      String w = s.word(end);
      boolean open = s.isFree(end) || s.spanStart(end) == end;
      if (open && (TaggedSentence.capitalised(w) || mixedCase(w) || end > k && isNumber(w))) {
        end = s.isFree(end) ? end + 1 : s.spanEnd(end);
      } else if (end > k && s.isFree(end) && ("-".equals(w) || "of".equals(w)) && end + 1 < s.size()
          && TaggedSentence.capitalised(s.word(end + 1))) {
        end++;
      } else {
        break;
      }
    }
    return end;
  }

  /** "X is a 1999 film by ...", "X (...) was the fifth of six torpedo boats built ...". */
  static void subject(TaggedSentence s) {
    int i = 0;
    while (i < s.size() && Set.of("\"", "``", "\u201c").contains(s.word(i))) {
      i++;
    }
    if (i >= s.size() || !NameTyper.nameStart(s, i) || NameTyper.stopped(s, i) && !"The".equals(s.word(i))) {
      return;
    }
    if (!s.isFree(i) && !NameTyper.canRetype(s.spanLabel(i))) {
      return;
    }
    int end = Titles.end(s, i);
    int k = end;
    while (k < s.size() && Set.of("\"", "''", "\u201d").contains(s.word(k))) {
      k++;
    }
    if (k < s.size() && "(".equals(s.word(k))) {
      int close = k + 1;
      while (close < s.size() && close - k < 30 && !")".equals(s.word(close))) {
        close++;
      }
      k = close + 1;
    }
    if (k + 1 >= s.size() || !COPULA.contains(s.word(k)) || !ARTICLES.contains(s.lower(k + 1))) {
      return;
    }
    for (int m = k + 2; m < s.size() && m < k + 9; m++) {
      String w = s.word(m);
      if (STOPS.contains(w) || "of".equals(w) && !COUNTS_BEFORE_OF.contains(s.lower(m - 1))) {
        return;
      }
      String type = Kinds.of(w);
      if (type != null && (m + 1 == s.size() || ENDERS.contains(s.lower(m + 1)) || s.lower(m + 1).endsWith("ed"))) {
        s.replace(i, end, type);
        return;
      }
    }
  }
}
