package io.nerbyoc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class CleanTextTest {

  /** The original text under clean characters [b, e). */
  private static String original(String text, CleanText c, int b, int e) {
    return text.substring(c.begin(b), c.end(e - 1));
  }

  @Test
  void clean_text_is_returned_as_is() {
    String text = "Ada Lovelace met Babbage in London - twice.\n\nThen: AT&T.";
    CleanText c = CleanText.of(text);
    assertSame(text, c.text());
    assertEquals(4, c.begin(4));
    assertEquals(5, c.end(4));
  }

  @Test
  void character_references_are_decoded_and_map_back_to_the_whole_reference() {
    String text = "AT&amp;T paid &#8364;5 to O&#x2019;Neil &bogus; &amp";
    CleanText c = CleanText.of(text);
    assertEquals("AT&T paid €5 to O'Neil &bogus; &amp", c.text());
    int at = c.text().indexOf("AT&T");
    assertEquals("AT&amp;T", original(text, c, at, at + 4));
    int euro = c.text().indexOf("€5");
    assertEquals("&#8364;5", original(text, c, euro, euro + 2));
    int neil = c.text().indexOf("O'Neil");
    assertEquals("O&#x2019;Neil", original(text, c, neil, neil + 6));
  }

  @Test
  void invisible_joiners_go_and_words_stay_whole() {
    String text = "Mi\u2060cro\u00ADsoft and \uFEFFApple";
    CleanText c = CleanText.of(text);
    assertEquals("Microsoft and Apple", c.text());
    assertEquals("Mi\u2060cro\u00ADsoft", original(text, c, 0, 9));
    int apple = c.text().indexOf("Apple");
    assertEquals("Apple", original(text, c, apple, apple + 5)); // the BOM before it stays outside
  }

  @Test
  void a_zero_width_space_separates_words() {
    String text = "Angela\u200BMerkel and Angela&#8203;Merkel";
    CleanText c = CleanText.of(text);
    assertEquals("Angela Merkel and Angela Merkel", c.text());
    assertEquals(text.length() - 6, c.text().length()); // only the reference shrinks
  }

  @Test
  void compatibility_letters_read_as_plain_letters_with_offsets_on_the_original() {
    String text = "𝐀𝐧𝐠𝐞𝐥𝐚 met ＩＢＭ in İstanbul, a ﬁne city™ of 5 km²";
    CleanText c = CleanText.of(text);
    assertEquals("Angela met IBM in Istanbul, a fine city™ of 5 km²", c.text());
    assertEquals("𝐀𝐧𝐠𝐞𝐥𝐚", original(text, c, 0, 6));
    int ibm = c.text().indexOf("IBM");
    assertEquals("ＩＢＭ", original(text, c, ibm, ibm + 3));
    int fine = c.text().indexOf("fine");
    assertEquals("ﬁne", original(text, c, fine, fine + 4));
  }

  @Test
  void crlf_becomes_one_line_break() {
    String text = "one\r\ntwo\rthree";
    CleanText c = CleanText.of(text);
    assertEquals("one\ntwo\nthree", c.text());
    assertEquals("three", original(text, c, 8, 13));
  }

  @Test
  void curly_quotes_become_ascii() {
    CleanText c = CleanText.of("Macy\u2019s said \u201CHello\u201D");
    assertEquals("Macy's said \"Hello\"", c.text());
  }

  @Test
  void line_end_hyphenation_is_joined_and_a_hyphen_before_a_capital_stays() {
    String text = "in Massa-\nchusetts and the Franco- \r\n  Prussian war; well - \nnot";
    CleanText c = CleanText.of(text);
    assertEquals("in Massachusetts and the Franco-Prussian war; well - \nnot", c.text());
    int m = c.text().indexOf("Massachusetts");
    assertEquals("Massa-\nchusetts", original(text, c, m, m + 13));
    int f = c.text().indexOf("Franco-Prussian");
    assertEquals("Franco- \r\n  Prussian", original(text, c, f, f + 15));
  }

  @Test
  void a_reference_to_a_control_character_or_surrogate_is_left_alone() {
    String text = "a&#0;b&#xD800;c&#1114112;";
    assertEquals(text, CleanText.of(text).text());
  }

  @Test
  void many_ampersands_without_a_semicolon_stay_linear() {
    String text = "&".repeat(1_000_000);
    long t0 = System.nanoTime();
    assertSame(text, CleanText.of(text).text());
    assertEquals("&amp".repeat(200_000), CleanText.of("&amp".repeat(200_000)).text());
    // quadratic scanning to the end for each '&' took minutes here
    org.junit.jupiter.api.Assertions.assertTrue((System.nanoTime() - t0) / 1e9 < 2, "took " + (System.nanoTime() - t0) / 1e9 + " s");
  }
}
