package io.nerbyoc.core;

import java.util.List;

/**
 * Whether the capitals of a sentence carry information. The cased CRFs and the capital-driven
 * rules read a capital as "name"; in text written all in capitals, all in lower case or as a
 * title-cased headline that reading is wrong, so such sentences go to case-free models instead.
 */
public enum Casing {
  /** Ordinary prose: capitals mark names and sentence starts. */
  NORMAL,
  /** No lower-case letter (contracts, notices, headlines, table headers). */
  UPPER,
  /** No capital at all (chat, transcripts). */
  LOWER,
  /**
   * Nearly every content word capitalised: a headline in title case, or a list of names (which
   * is prose); {@link #confirmsTitle} tells them apart.
   */
  TITLE;

  /** Content words (this long or longer) decide a title-cased headline: short function words vary by style. */
  private static final int CONTENT_WORD = 4;
  /** Fewer capitalised content words than this can be one long name ("University of California"). */
  private static final int MIN_TITLE_WORDS = 4;
  private static final double TITLE_SHARE = 0.85;
  /**
   * A headline in title case has (almost) no small content words; prose with a long list of
   * titles or names has some around it ("roles in films including Beer League, The Usual
   * Suspects, ...") and stays prose, whatever the share of capitals.
   */
  private static final int MAX_SMALL_CONTENT_WORDS = 3;
  /** A title-case candidate is one when the truecaser would write this many of its capitalised words small. */
  private static final int MIN_RECASED_TITLE_WORDS = 2;

  /**
   * Whether a {@link #TITLE} candidate is a headline: the truecaser writes some of its capitalised
   * words (after the first) small ("Visits", "Ahead"); in a list of names it keeps them.
   */
  public static boolean confirmsTitle(String[] words, String[] recased) {
    int small = 0;
    for (int i = 1; i < words.length; i++) {
      if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0)) && !recased[i].isEmpty()
          && Character.isLowerCase(recased[i].charAt(0))) {
        small++;
      }
    }
    return small >= MIN_RECASED_TITLE_WORDS;
  }

  public boolean informative() {
    return this == NORMAL;
  }

  public static Casing of(String[] words) {
    return of(List.of(words));
  }

  public static Casing of(List<String> words) {
    int wordTokens = 0;
    int withLower = 0;
    int withUpper = 0;
    int upperLong = 0;
    int contentWords = 0;
    int contentCapitalised = 0;
    for (String w : words) {
      boolean upper = false;
      boolean lower = false;
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        upper |= Character.isUpperCase(c);
        lower |= Character.isLowerCase(c);
      }
      if (!upper && !lower) {
        continue; // numbers, punctuation
      }
      boolean capitalised = Character.isUpperCase(w.charAt(0));
      if (lower) {
        withLower++;
      }
      if (upper) {
        withUpper++;
      }
      if (upper && !lower && w.length() > 1) {
        upperLong++;
      }
      if (wordTokens > 0) {
        if (w.length() >= CONTENT_WORD && Character.isLetter(w.charAt(0))) {
          contentWords++;
          if (capitalised) {
            contentCapitalised++;
          }
        }
      }
      wordTokens++;
    }
    if (wordTokens == 0) {
      return NORMAL;
    }
    if (withLower == 0) {
      return upperLong > 0 ? UPPER : NORMAL; // "I", "A": too little to tell
    }
    if (withUpper == 0) {
      return LOWER;
    }
    if (contentCapitalised >= MIN_TITLE_WORDS && contentCapitalised >= TITLE_SHARE * contentWords
        && contentWords - contentCapitalised < MAX_SMALL_CONTENT_WORDS) {
      return TITLE;
    }
    return NORMAL;
  }
}
