package io.nerbyoc.names;

import io.nerbyoc.lists.WordLists;
import java.util.Map;
import java.util.Set;

/**
 * This package's word lists: {@code lists/NAME.txt} beside this class, in the format of
 * {@link WordLists} (one entry a line, {@code #} comments). One list per concept, so each can be
 * read, reviewed and tested alone.
 */
public final class WordList {
  private WordList() {}

  public static Set<String> load(String name) {
    return WordLists.set(WordList.class, name);
  }

  /** A list written in sections of types ("[LAW]"): entry to type. */
  static Map<String, String> typed(String name) {
    return WordLists.typed(WordList.class, name);
  }
}
