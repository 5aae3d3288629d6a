package io.nerbyoc.numbers;

import io.nerbyoc.lists.WordLists;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cardinal numbers written as words, "zero" to "ninety" ({@code lists/number-words.txt}): the one
 * list of number words, for the grammar here and for engine.rules.NumberRules.
 */
public final class NumberWords {
  private static final Map<String, List<String>> BY_KIND = WordLists.sections(NumberWords.class, "number-words");

  /** "zero" to "ninety". */
  public static final Set<String> ALL = union("ZERO", "UNITS", "TEENS", "TENS");
  /** "one" to "ninety": every number word but "zero". */
  public static final Set<String> FROM_ONE = union("UNITS", "TEENS", "TENS");
  /** "one" to "nine": what a hyphenated number ends in ("twenty - five"). */
  public static final Set<String> UNITS = union("UNITS");
  /** "ten" to "nineteen" and "twenty" to "ninety": the halves of a year said aloud ("nineteen ninety"). */
  static final Set<String> TEENS = union("TEENS");
  static final Set<String> TENS = union("TENS");

  private NumberWords() {}

  private static Set<String> union(String... kinds) {
    Set<String> out = new HashSet<>();
    for (String kind : kinds) {
      out.addAll(BY_KIND.get(kind));
    }
    return Set.copyOf(out);
  }
}
