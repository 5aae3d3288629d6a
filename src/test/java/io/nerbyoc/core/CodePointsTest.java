package io.nerbyoc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CodePointsTest {

  @Test
  void ascii_offsets_are_unchanged() {
    CodePoints cp = CodePoints.of("Apple Inc.");
    assertEquals(5, cp.toCodePoint(5));
    assertEquals(10, cp.toCodePoint(10));
  }

  @Test
  void emoji_count_as_one_code_point() {
    String text = "😀😀 Apple";
    CodePoints cp = CodePoints.of(text);
    int utf16Start = text.indexOf("Apple");
    assertEquals(5, utf16Start);
    assertEquals(3, cp.toCodePoint(utf16Start));
    assertEquals(8, cp.toCodePoint(text.length()));
  }

  @Test
  void combining_marks_and_crlf_are_code_points_of_their_own() {
    // "e" + COMBINING ACUTE is two code points in Python too; CRLF is two.
    String text = "Cafe\u0301\r\nParis";
    CodePoints cp = CodePoints.of(text);
    assertEquals(text.indexOf("Paris"), cp.toCodePoint(text.indexOf("Paris")));
    assertEquals(7, cp.toCodePoint(7));
  }

  @Test
  void code_point_offsets_go_back_to_utf16_ones_and_outside_the_text_is_minus_one() {
    String text = "\uD83D\uDE00 Apple \uD835\uDC00x";
    CodePoints cp = CodePoints.of(text);
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || !Character.isLowSurrogate(text.charAt(i))) {
        assertEquals(i, cp.toUtf16(cp.toCodePoint(i)), "offset " + i);
      }
    }
    assertEquals(text.indexOf("Apple"), cp.toUtf16(2));
    assertEquals(-1, cp.toUtf16(text.codePointCount(0, text.length()) + 1));
    assertEquals(-1, cp.toUtf16(-1));
    CodePoints plain = CodePoints.of("plain");
    assertEquals(5, plain.toUtf16(5));
    assertEquals(-1, plain.toUtf16(6));
  }
}
