package io.nerbyoc.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Lists whose entries carry a type (heads-*.txt, kind-nouns.txt), read as the rules use them. */
class TypedListsTest {
  @Test
  void a_head_word_gives_its_section_type() {
    assertEquals(Types.LAW, Heads.LAST.get("Act"));
    assertEquals(Types.FAC, Heads.LAST.get("Bridge"));
    assertEquals(Types.WORK, Heads.LAST.get("Prize"));
    assertEquals(Types.EVENT, Heads.LAST.get("Awards")); // the ceremony; the typer makes "four Academy Awards" prizes
    assertEquals(Types.ORG, Heads.BEFORE_OF.get("Government"));
    assertEquals(Types.LOCATION, Heads.BEFORE_OF.get("Kingdom"));
    assertEquals(Types.PRODUCT, Heads.BEFORE_NAME.get("USS"));
    assertEquals(Types.FAC, Heads.BEFORE_NUMBER.get("Route"));
    assertNull(Heads.LAST.get("act")); // as written: head words are capitalised
  }

  @Test
  void kind_nouns_read_singular_plural_and_by_their_last_word() {
    assertEquals(Types.WORK, Kinds.of("film"));
    assertEquals(Types.WORK, Kinds.of("documentaries"));
    assertEquals(Types.PRODUCT, Kinds.of("system")); // "operating system"
    assertEquals(Types.WORK, Kinds.of("series"));
    assertEquals(Types.PRODUCT, Kinds.of("aircraft"));
    assertNull(Kinds.of("conventions")); // treaties
  }
}
