package io.nerbyoc.learned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SegmentsTest {
  @Test
  void a_short_text_is_one_segment() {
    assertEquals(11, StackedRecognizer.segmentEnd("Hello world", 0));
  }

  @Test
  void a_long_text_is_cut_after_a_sentence_end_or_line_break_in_the_second_half_of_the_window() {
    String sentence = "The committee met again today. ";
    String text = sentence.repeat(200);
    int end = StackedRecognizer.segmentEnd(text, 0);
    assertTrue(end > StackedRecognizer.SEGMENT / 2 && end <= StackedRecognizer.SEGMENT, "end " + end);
    assertEquals("today. ", text.substring(end - 7, end));
  }

  @Test
  void a_run_without_spaces_is_cut_at_the_window_and_never_inside_a_surrogate_pair() {
    String text = "x".repeat(StackedRecognizer.SEGMENT - 1) + "\uD835\uDC00" + "y".repeat(100);
    int end = StackedRecognizer.segmentEnd(text, 0);
    assertEquals(StackedRecognizer.SEGMENT - 1, end);
    String words = ("word ").repeat(1_000);
    int cut = StackedRecognizer.segmentEnd(words, 0);
    assertEquals(' ', words.charAt(cut - 1));
  }
}
