package io.nerbyoc.numbers;

import io.nerbyoc.core.TaggedSentence;

/**
 * A number written in any of the forms news uses, as a token range: "1,000", "2.5", "3m",
 * "twenty - five", "one - third", "1.5 million", "a dozen", "a quarter million", "hundreds", "tens of thousands",
 * "two and a half", and simple ranges "10 to 15", "two or three".
 *
 * @param end end (exclusive) of the number
 * @param digits written with digits
 * @param article "a"/"an"/"half a": only counts before a unit ("a year", "half an hour")
 * @param vague a headless plural or indefinite count ("hundreds", "several", "a few")
 */
record NumberPhrase(int end, boolean digits, boolean article, boolean vague) {

  /** The number starting at {@code i}, or null. */
  static NumberPhrase at(TaggedSentence w, int i) {
    NumberPhrase one = single(w, i);
    if (one == null || one.article || one.vague) {
      return one;
    }
    // A range of two plain numbers of the same form: "10 to 15", "two or three", "20 - 25".
    int j = one.end;
    if (j + 1 < w.size() && Lexicon.RANGE_WORDS.contains(w.lower(j))) {
      NumberPhrase other = single(w, j + 1);
      // Years are ranged by the date rules ("from 1992 to 2002" takes its "from").
      boolean years = Lexicon.isYear(w.at(i)) && Lexicon.isYear(w.at(j + 1));
      if (other != null && !years && !other.article && !other.vague && other.digits == one.digits) {
        return new NumberPhrase(other.end, one.digits, false, false);
      }
    }
    return one;
  }

  /** One number, without ranges. */
  static NumberPhrase single(TaggedSentence w, int i) {
    int n = w.size();
    if (i >= n) {
      return null;
    }
    String lw = w.lower(i);
    int quarter = lw.equals("a") ? i + 1 : i;
    if ((w.lower(quarter).equals("quarter") || quarter == i && lw.equals("half")) && quarter + 1 < n
        && Lexicon.SCALES.contains(w.lower(quarter + 1))) {
      return scaled(w, quarter + 1, false); // "a quarter million", "quarter billion", "half million"
    }
    if (lw.equals("a") || lw.equals("an") || lw.equals("one")) {
      if (i + 1 < n && Lexicon.SCALES.contains(w.lower(i + 1))) {
        return scaled(w, i + 1, false);
      }
      if (lw.equals("a") && i + 2 < n && w.lower(i + 1).equals("few")) {
        return new NumberPhrase(i + 2, false, false, true);
      }
      if (lw.equals("a") && i + 2 < n && w.lower(i + 1).equals("couple")
          && w.lower(i + 2).equals("of")) {
        return new NumberPhrase(i + 3, false, false, true);
      }
      String next = w.lower(i + 1);
      if (Lexicon.FRACTIONS.contains(next) && !next.equals("half") && w.lower(i + 2).equals("of")) {
        return new NumberPhrase(i + 2, false, false, false); // "a third of", "a quarter of"
      }
      if (!lw.equals("one")) {
        return new NumberPhrase(i + 1, false, true, false);
      }
    }
    if (lw.equals("half") && i + 1 < n && (w.lower(i + 1).equals("a") || w.lower(i + 1).equals("an"))) {
      if (i + 2 < n && Lexicon.SCALES.contains(w.lower(i + 2))) {
        return scaled(w, i + 2, false);
      }
      return new NumberPhrase(i + 2, false, true, false);
    }
    if (lw.equals("several") || lw.equals("few") || lw.equals("many")) {
      return new NumberPhrase(i + 1, false, false, true);
    }
    if (Lexicon.VAGUE_COUNTS.contains(lw)) {
      int j = i + 1;
      // "tens of thousands", "hundreds of millions"
      if (j + 1 < n && w.lower(j).equals("of") && Lexicon.VAGUE_COUNTS.contains(w.lower(j + 1))) {
        j += 2;
      }
      if (lw.equals("tens") && j == i + 1) {
        return null; // "tens" alone is not a count
      }
      return new NumberPhrase(j, false, false, true);
    }
    if (Lexicon.isDigitWithScale(w.at(i))) {
      return new NumberPhrase(i + 1, true, false, false);
    }
    if (Lexicon.isDigitNumber(w.at(i))) {
      return scaled(w, i + 1, true);
    }
    if (Lexicon.NUMBER_WORDS.contains(lw)) {
      int j = spelled(w, i);
      return scaled(w, j, false);
    }
    return null;
  }

  /** End of a spelled-out number: "twenty - five", "one hundred and ten", "one - third". */
  private static int spelled(TaggedSentence w, int i) {
    int n = w.size();
    int j = i + 1;
    while (j < n) {
      String lw = w.lower(j);
      if (Lexicon.NUMBER_WORDS.contains(lw) || lw.equals("hundred") || lw.equals("thousand")) {
        j++;
      } else if (Lexicon.DASHES.contains(lw) && j + 1 < n
          && (Lexicon.UNITS_WORDS.contains(w.lower(j + 1)) || Lexicon.FRACTIONS.contains(w.lower(j + 1)))) {
        j += 2; // twenty - five, one - third
      } else if (lw.equals("and") && j + 1 < n && Lexicon.NUMBER_WORDS.contains(w.lower(j + 1))
          && (w.lower(j - 1).equals("hundred") || w.lower(j - 1).equals("thousand"))) {
        j += 2;
      } else if (Lexicon.FRACTIONS.contains(lw) && j == i + 1 && (lw.endsWith("s") || w.lower(i).equals("one"))
          && (!lw.equals("quarter") && !lw.equals("quarters") || Lexicon.SCALES.contains(w.lower(j + 1)))) {
        j++; // "two thirds", "one third", "three quarters billion"; not "five third - generation", "three quarters" (of a year)
      } else {
        break;
      }
    }
    return j;
  }

  /** End of "half" or "a quarter" at {@code k} when a unit of time follows, or -1: elsewhere they may count apart. */
  private static int partBeforeUnit(TaggedSentence w, int k) {
    int unit = w.lower(k).equals("half") ? k + 1 : w.lower(k).equals("a") && w.lower(k + 1).equals("quarter") ? k + 2 : -1;
    return unit > 0 && (Lexicon.isDateUnit(w.lower(unit)) || Lexicon.isTimeUnit(w.lower(unit))) ? unit : -1;
  }

  /** Scale words and "and a half" after the number ending at {@code j}. */
  private static NumberPhrase scaled(TaggedSentence w, int j, boolean digits) {
    int n = w.size();
    while (j < n && Lexicon.SCALES.contains(w.lower(j))) {
      j++;
    }
    if (j + 2 < n && w.lower(j).equals("and") && w.lower(j + 1).equals("a")
        && w.lower(j + 2).equals("half")) {
      j += 3;
    } else if (w.lower(j).equals("and") && partBeforeUnit(w, j + 1) > 0) {
      j = partBeforeUnit(w, j + 1); // "one and half hour", "one and a quarter year"
    } else if (Lexicon.DASHES.contains(w.lower(j)) && w.lower(j + 1).equals("and") && w.lower(j + 3).equals("a-half")) {
      j += 4; // "two - and - a-half"
    } else if (Lexicon.DASHES.contains(w.lower(j)) && w.lower(j + 1).equals("and") && w.lower(j + 3).equals("a")
        && w.lower(j + 5).equals("half")) {
      j += 6; // "two - and - a - half"
    }
    // "60 - plus", "20-plus": the approximator written after the number belongs to it
    if (Lexicon.DASHES.contains(w.lower(j)) && w.lower(j + 1).equals("plus")) {
      j += 2;
    } else if (w.lower(j).equals("-plus")) {
      j++;
    }
    // Legal doubling: "ten ( 10 )", "5 ( five )"
    if (w.lower(j).equals("(") && w.lower(j + 2).equals(")") && (Lexicon.isDigitNumber(w.at(j + 1))
        || Lexicon.NUMBER_WORDS.contains(w.lower(j + 1)))) {
      j += 3;
    }
    return new NumberPhrase(j, digits, false, false);
  }
}
