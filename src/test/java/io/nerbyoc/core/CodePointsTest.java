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
}
