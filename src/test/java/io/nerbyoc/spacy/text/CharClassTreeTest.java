package io.nerbyoc.spacy.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CharClassTreeTest {
  @Test
  void the_tree_matches_exactly_the_characters_of_the_flat_class() {
    Random r = new Random(3);
    StringBuilder body = new StringBuilder();
    for (int k = 0; k < 300; k++) {
      int lo = r.nextInt(0x2FFFF);
      if (lo >= 0xD800 && lo <= 0xDFFF) {
        continue;
      }
      body.append(String.format("\\U%08X", lo));
      if (r.nextBoolean()) {
        body.append(String.format("-\\U%08X", lo + r.nextInt(40)));
      }
    }
    body.append("\\-\\]\\\\a-c");
    String tree = CharClassTree.rewrite(body.toString());
    assertNotNull(tree);
    Pattern flat = Pattern.compile("[" + body.toString().replaceAll("\\\\U([0-9A-F]{8})", "\\\\x{$1}") + "]");
    Pattern fast = Pattern.compile(tree);
    for (int cp = 0; cp < 0x30100; cp++) {
      if (cp >= 0xD800 && cp <= 0xDFFF) {
        continue;
      }
      String s = new String(Character.toChars(cp));
      assertEquals(flat.matcher(s).matches(), fast.matcher(s).matches(), "U+" + Integer.toHexString(cp));
    }
  }

  @Test
  void small_negated_or_shorthand_classes_stay_as_they_are() {
    assertNull(CharClassTree.rewrite("a-z"));
    assertNull(CharClassTree.rewrite("^" + "abcdefghijklmnopqrstuvwxyz0123456789"));
    assertNull(CharClassTree.rewrite("\\w" + "\\u00A6\\u00A9".repeat(20)));
  }
}
