package io.nerbyoc.lists;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The list format, and every shipped list: it loads, says what it is for, and is clean. */
class WordListsTest {
  private static final Path RESOURCES = Path.of("src/main/resources/io/nerbyoc");
  private static final Pattern SECTION = Pattern.compile("\\[\\S+]");

  @Test
  void reads_entries_as_written_without_comments_blank_lines_or_outer_spaces() {
    assertEquals(List.of("alpha", "beta", "New Year 's Day", "#", "[x]"), WordLists.list(WordListsTest.class, "sample"));
    assertEquals(Set.of("alpha", "beta", "New Year 's Day", "#", "[x]"), WordLists.set(WordListsTest.class, "sample"));
  }

  @Test
  void reads_phrases_as_their_tokens() {
    String[][] phrases = WordLists.phrases(WordListsTest.class, "sample");
    assertArrayEquals(new String[] {"New", "Year", "'s", "Day"}, phrases[2]);
  }

  @Test
  void reads_sections_in_order_and_entries_as_their_type() {
    assertEquals(List.of("LAW", "EVENT"), List.copyOf(WordLists.sections(WordListsTest.class, "typed").keySet()));
    assertEquals(Map.of("Act", "LAW", "Treaty", "LAW", "War", "EVENT"), WordLists.typed(WordListsTest.class, "typed"));
  }

  @Test
  void an_entry_under_two_types_is_an_error_naming_it() {
    var e = assertThrows(IllegalStateException.class, () -> WordLists.typed(WordListsTest.class, "twice"));
    assertTrue(e.getMessage().contains("'Act'"), e.getMessage());
  }

  @Test
  void a_missing_list_is_an_error_naming_its_path() {
    var e = assertThrows(IllegalStateException.class, () -> WordLists.set(WordListsTest.class, "nothing-here"));
    assertTrue(e.getMessage().contains("io/nerbyoc/lists/lists/nothing-here.txt"), e.getMessage());
  }

  /** Every list shipped in src/main/resources/io/nerbyoc/PACKAGE/lists. */
  @TestFactory
  Stream<DynamicTest> every_shipped_list_loads_says_what_it_is_for_and_is_clean() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> all = Files.walk(RESOURCES)) {
      all.filter(p -> p.getParent().getFileName().toString().equals("lists") && p.toString().endsWith(".txt"))
          .sorted()
          .forEach(files::add);
    }
    assertTrue(files.size() > 100, "found only " + files.size() + " lists under " + RESOURCES);
    return files.stream().map(f -> dynamicTest(RESOURCES.relativize(f).toString(), () -> check(f)));
  }

  private static void check(Path file) throws Exception {
    String pkg = file.getParent().getParent().getFileName().toString();
    String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
    Class<?> owner = owner(pkg);
    List<String> lines = WordLists.rawLines(owner, name);
    assertTrue(lines.get(0).startsWith("# "), name + ": the first line says what the list is for");
    boolean sectioned = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String where = name + " line " + (i + 1) + ": '" + line + "'";
      assertEquals(line.strip(), line, where + " has spaces around it");
      assertFalse(line.contains("\t") || line.contains("  "), where + " has a tab or a double space");
      sectioned |= SECTION.matcher(line).matches();
    }
    List<String> entries = new ArrayList<>();
    if (sectioned) {
      for (var section : WordLists.sections(owner, name).entrySet()) {
        assertFalse(section.getValue().isEmpty(), name + ": section [" + section.getKey() + "] is empty");
        entries.addAll(section.getValue());
      }
    } else {
      entries.addAll(WordLists.list(owner, name));
    }
    assertFalse(entries.isEmpty(), name + " has no entries");
    Set<String> seen = new HashSet<>();
    for (String e : entries) {
      assertTrue(seen.add(e), name + ": '" + e + "' is there twice");
    }
  }

  /** Each list's entries that matter (entries-that-matter.tsv); every shipped list has a row. */
  @TestFactory
  Stream<DynamicTest> every_list_holds_the_entries_that_matter() throws IOException {
    Map<String, List<String>> rows = new java.util.TreeMap<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/io/nerbyoc/lists/entries-that-matter.tsv"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        List<String> cells = List.of(line.split("\t"));
        rows.put(cells.get(0), cells.subList(1, cells.size()));
      }
    }
    Set<String> shipped = new java.util.TreeSet<>();
    try (Stream<Path> all = Files.walk(RESOURCES)) {
      all.filter(p -> p.getParent().getFileName().toString().equals("lists") && p.toString().endsWith(".txt"))
          .forEach(p -> shipped.add(p.getParent().getParent().getFileName() + "/" + p.getFileName().toString().replaceFirst("\\.txt$", "")));
    }
    assertEquals(shipped, rows.keySet(), "entries-that-matter.tsv has one row per shipped list");
    return rows.entrySet().stream().map(row -> dynamicTest(row.getKey(), () -> {
      String[] at = row.getKey().split("/");
      Set<String> entries = entries(owner(at[0]), at[1]);
      for (String e : row.getValue()) {
        if (e.startsWith("!")) {
          assertFalse(entries.contains(e.substring(1)), row.getKey() + " must not hold '" + e.substring(1) + "'");
        } else {
          assertTrue(entries.contains(e), row.getKey() + " must hold '" + e + "'");
        }
      }
    }));
  }

  /**
   * The frozen lists feed the tags that models trained with pretrained_tags took as features: their
   * entries must not change (size and a digest of the sorted entries).
   */
  @Test
  void frozen_lists_stay_as_trained_models_saw_them() throws Exception {
    Map<String, String> pinned = new java.util.TreeMap<>(Map.of(
        "rules/frozen-count-words", "11 3ea75937762e0a95",
        "rules/frozen-currency-symbols", "10 7969fa231464b978",
        "rules/frozen-currency-words", "17 8ea6341aceb73a37",
        "rules/frozen-non-name-acronyms", "89 21b2ce78058b19a3",
        "rules/frozen-ordinal-words", "26 7ee8336c1d4445cc",
        "rules/frozen-percent-words", "4 bd654b2d8b6a5627",
        "rules/frozen-scale-words", "9 af1c79fbb0798e0f",
        "names/frozen-nationalities", "181 36eb89069aa53757"));
    for (var e : pinned.entrySet()) {
      String[] at = e.getKey().split("/");
      List<String> sorted = new ArrayList<>(entries(owner(at[0]), at[1]));
      java.util.Collections.sort(sorted);
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
          .digest(String.join("\n", sorted).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      String hex = java.util.HexFormat.of().formatHex(digest).substring(0, 16);
      assertEquals(e.getValue(), sorted.size() + " " + hex, e.getKey() + " changed: it is frozen");
    }
  }

  private static Set<String> entries(Class<?> owner, String name) {
    boolean sectioned = WordLists.rawLines(owner, name).stream().anyMatch(l -> SECTION.matcher(l).matches());
    if (!sectioned) {
      return WordLists.set(owner, name);
    }
    Set<String> out = new HashSet<>();
    WordLists.sections(owner, name).values().forEach(out::addAll);
    return out;
  }

  /** A class of the package whose lists these are: lists resolve beside it. */
  private static Class<?> owner(String pkg) throws ClassNotFoundException {
    return Class.forName(switch (pkg) {
      case "names" -> "io.nerbyoc.names.WordList";
      case "numbers" -> "io.nerbyoc.numbers.NumberWords";
      case "rules" -> "io.nerbyoc.engine.rules.NumberRules";
      case "casing" -> "io.nerbyoc.engine.casing.TrueCaser";
      case "values" -> "io.nerbyoc.values.Units";
      case "core" -> "io.nerbyoc.core.TextBounds";
      default -> throw new AssertionError("lists in a package this test does not know: " + pkg);
    });
  }
}
