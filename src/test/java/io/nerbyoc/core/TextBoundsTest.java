package io.nerbyoc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextBoundsTest {

  @Test
  void ordinary_text_is_untouched() {
    String t = "Angela Merkel visited Paris. https://example.com/a/b?c=d 😀👍🏽 Ünïcödé";
    assertSame(t, TextBounds.mask(t));
  }

  @Test
  void a_long_run_keeps_its_first_code_points_and_the_same_utf16_length() {
    String run = "😀".repeat(1000);
    String t = "Paris " + run + " Rome";
    String m = TextBounds.mask(t);
    assertEquals(t.length(), m.length());
    assertTrue(m.startsWith("Paris " + "😀".repeat(TextBounds.MAX_RUN) + " "));
    assertTrue(m.endsWith(" Rome"));
    assertEquals(t.indexOf(" Rome"), m.indexOf(" Rome"));
    // no lone surrogate left behind: every high surrogate is followed by a low one
    for (int i = 0; i < m.length(); i++) {
      if (Character.isHighSurrogate(m.charAt(i))) {
        assertTrue(Character.isLowSurrogate(m.charAt(i + 1)));
      }
    }
  }

  @Test
  void no_break_spaces_separate_runs_but_zero_width_ones_do_not() {
    String words = ("word" + '\u00a0').repeat(100);
    assertEquals("word ".repeat(100), TextBounds.mask(words));
    String zw = ("word" + '\u200b').repeat(100);
    assertEquals(zw.substring(0, TextBounds.MAX_RUN), TextBounds.mask(zw).substring(0, TextBounds.MAX_RUN));
    assertTrue(TextBounds.mask(zw).substring(TextBounds.MAX_RUN).isBlank());
  }

  @Test
  void every_non_ascii_space_reaches_the_tokenizer_as_a_plain_space_or_newline() {
    for (int c = 0; c <= 0xFFFF; c++) {
      if (!(Character.isWhitespace(c) || Character.isSpaceChar(c))) {
        continue;
      }
      String t = "a" + (char) c + "b";
      String m = TextBounds.mask(t);
      assertEquals(3, m.length());
      char expected = " \t\n\r\f".indexOf(c) >= 0 ? (char) c : c == 0x0b || c == 0x2028 || c == 0x2029 ? '\n' : ' ';
      assertEquals(expected, m.charAt(1), "U+" + Integer.toHexString(c));
    }
    String plain = "Angela Merkel\tvisited\r\nParis.\f";
    assertSame(plain, TextBounds.mask(plain));
  }

  @Test
  void segments_cover_the_text_and_prefer_line_breaks() {
    String para = "Angela Merkel visited Paris on Monday. ".repeat(200) + "\n";
    String text = para.repeat(20);
    List<int[]> segs = TextBounds.segments(text);
    assertTrue(segs.size() > 1);
    int at = 0;
    for (int[] s : segs) {
      assertEquals(at, s[0]);
      assertTrue(s[1] - s[0] <= TextBounds.SEGMENT_CHARS);
      assertEquals('\n', text.charAt(s[1] - 1));
      at = s[1];
    }
    assertEquals(text.length(), at);
    assertEquals(1, TextBounds.segments("short").size());
  }

  @Test
  void segments_without_line_breaks_end_after_a_space() {
    String text = "Paris and Rome ".repeat(10_000);
    int at = 0;
    for (int[] s : TextBounds.segments(text)) {
      assertEquals(at, s[0]);
      assertEquals(' ', text.charAt(s[1] - 1));
      at = s[1];
    }
    assertEquals(text.length(), at);
  }

  private static List<Token> tokens(String text) {
    List<Token> out = new java.util.ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+").matcher(text);
    while (m.find()) {
      out.add(new Token(m.group(), m.start(), m.end()));
    }
    return out;
  }

  private static String joined(List<Token> window) {
    return String.join(" ", window.stream().map(Token::word).toList());
  }

  @Test
  void long_sentences_are_tagged_in_windows() {
    String text = "x ".repeat(600);
    List<List<Token>> w = TextBounds.windows(tokens(text), text);
    assertEquals(3, w.size());
    assertEquals(TextBounds.MAX_SENTENCE_TOKENS, w.get(0).size()); // nowhere safe: cut at the limit
    assertEquals(600, w.stream().mapToInt(List::size).sum());
  }

  @Test
  void windows_end_where_no_entity_crosses() {
    String text = "we met ".repeat(127) + "a Angela Merkel in Paris";
    List<List<Token>> w = TextBounds.windows(tokens(text), text);
    assertEquals(2, w.size());
    assertTrue(joined(w.get(1)).startsWith("we met a Angela Merkel"), joined(w.get(1)));
    // after sentence punctuation the splitter left inside the sentence
    text = "x ".repeat(250) + "; May 5 , 2004 " + "x ".repeat(20);
    w = TextBounds.windows(tokens(text), text);
    assertEquals("May 5 , 2004", joined(w.get(1)).substring(0, 12));
    // at a line break
    text = "x ".repeat(240) + "\nMay 5 , 2004 x x x x x x x x x x x x x x";
    w = TextBounds.windows(tokens(text), text);
    assertEquals(240, w.get(0).size());
  }
}
