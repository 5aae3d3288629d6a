package io.nerbyoc.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesTest {

  @Test
  void splits_on_newline_only_and_drops_one_trailing_empty_line() {
    assertEquals(List.of("a", "b"), JsonLines.split("a\nb\n"));
    assertEquals(List.of("a", "b"), JsonLines.split("a\r\nb"));
    assertEquals(List.of("a", "", "b"), JsonLines.split("a\n\nb"));
    assertEquals(List.of("\"x\u2028y\"", "c\rd"), JsonLines.split("\"x\u2028y\"\nc\rd\n"));
    assertEquals(List.of("a", ""), JsonLines.split("a\n\n"));
    assertEquals(List.of(), JsonLines.split(""));
  }
}
