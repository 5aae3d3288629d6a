package io.nerbyoc.engine.rules;

import io.nerbyoc.core.TaggedSentence;
import io.nerbyoc.lists.WordLists;
import java.util.Set;

/**
 * Widens CRF spans where news-trained models habitually stop short: a capitalised article inside
 * a sentence belongs to the title or band name it precedes ("the album The Believer"), and
 * "Battle of Gettysburg" is an event, not the place inside it.
 */
final class BoundaryRules {
  static final String SOURCE = "rules:boundaries";
  private static final Set<String> ARTICLES = WordLists.set(BoundaryRules.class, "capitalised-articles");
  private static final Set<String> EVENT_HEADS = WordLists.set(BoundaryRules.class, "event-heads-before-of");

  private BoundaryRules() {}

  static void apply(TaggedSentence t) {
    quotedTitles(t);
    for (int i = 0; i < t.size(); ) {
      int j = t.runEnd(i);
      String label = t.labels[i];
      if (!TaggedSentence.OUTSIDE.equals(label)) {
        int start = eventStart(t, i, label);
        int eventEnd = eventEnd(t, j);
        if (start >= 0) {
          t.set(start, j, "EVENT", t.scores[i], SOURCE);
        } else if (eventEnd > j) {
          t.set(i, eventEnd, "EVENT", t.scores[i], SOURCE);
          j = eventEnd;
        } else if (("MISC".equals(label) || "ORGANIZATION".equals(label))
            && i > 1
            && ARTICLES.contains(t.words[i - 1])
            && t.isFree(i - 1, i)) {
          t.set(i - 1, j, label, t.scores[i], t.sources[i]);
        }
      }
      i = j;
    }
  }

  private static final Set<String> OPEN_QUOTES = Set.of("\"", "``", "“");
  private static final Set<String> CLOSE_QUOTES = Set.of("\"", "''", "”");
  private static final int MAX_TITLE_TOKENS = 8;

  /**
   * A short capitalised phrase alone in quotes is a title: a song, film, book or episode. It wins
   * over CRF labels inside it, which are usually a title word mistaken for a name.
   */
  private static void quotedTitles(TaggedSentence t) {
    for (int i = 0; i < t.size(); i++) {
      if (!OPEN_QUOTES.contains(t.words[i]) || i + 1 >= t.size()) {
        continue;
      }
      int end = -1;
      for (int j = i + 1; j < Math.min(t.size(), i + 2 + MAX_TITLE_TOKENS); j++) {
        if (CLOSE_QUOTES.contains(t.words[j])) {
          end = j;
          break;
        }
      }
      String first = t.words[i + 1];
      if (end > i + 1 && Character.isUpperCase(first.codePointAt(0)) && !quotedPerson(t, i + 1, end)) {
        t.set(i + 1, end, "WORK_OF_ART", 0.7, SOURCE);
        i = end;
      }
    }
  }

  /**
   * A person's full name the CRFs are sure of, alone in quotes, is reported or quoted speech about
   * them ("saw “Angela Merkel” at the summit"), not a title.
   */
  private static boolean quotedPerson(TaggedSentence t, int from, int to) {
    return to - from >= 2 && "PERSON".equals(t.labels[from]) && t.runEnd(from) == to && t.scores[from] >= 0.9;
  }

  private static final Set<String> EVENT_TAILS = WordLists.set(BoundaryRules.class, "event-tails");

  /** End of "NAME [Capitalised]* Award|Cup|Festival..." starting right after a name, or -1. */
  private static int eventEnd(TaggedSentence t, int j) {
    for (int k = j; k < Math.min(t.size(), j + 3) && t.isFree(k, k + 1); k++) {
      String w = t.words[k];
      if (!Character.isUpperCase(w.codePointAt(0))) {
        return -1;
      }
      if (EVENT_TAILS.contains(w)) {
        return k + 1;
      }
    }
    return -1;
  }

  /** Start of "[ordinal] Battle of [the] X" ending at this LOCATION, or -1. */
  private static int eventStart(TaggedSentence t, int i, String label) {
    if (!"LOCATION".equals(label)) {
      return -1;
    }
    int k = i - 1;
    if (k >= 0 && "the".equals(t.words[k]) && t.isFree(k, k + 1)) {
      k--;
    }
    if (k < 1 || !"of".equals(t.words[k]) || !EVENT_HEADS.contains(t.words[k - 1]) || !t.isFree(k - 1, k)) {
      return -1;
    }
    int start = k - 1;
    if (start > 0 && "ORDINAL".equals(t.labels[start - 1])) {
      start--;
    }
    return start;
  }
}
