package io.nerbyoc.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nerbyoc.codec.Invocation.Shape;
import io.nerbyoc.core.ApiException;
import io.nerbyoc.core.LabelScheme;
import io.nerbyoc.core.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestDecoderTest {
  private static final RequestOptions DEFAULTS = RequestOptions.of(LabelScheme.SPACY);

  private static Invocation json(String body) {
    return RequestDecoder.decode(body.getBytes(StandardCharsets.UTF_8), InputFormat.JSON, null, DEFAULTS);
  }

  private static ApiException jsonError(String body) {
    return assertThrows(ApiException.class, () -> json(body));
  }

  @Test
  void text_field_is_a_single_document() {
    Invocation inv = json("{\"text\": \"Apple\"}");
    assertEquals(Shape.SINGLE, inv.shape());
    assertEquals("Apple", inv.items().get(0).text());
  }

  /** Issue 22: {@code curl -d '{"text": ...}'} (form type) once tagged the JSON itself as text. */
  @Test
  void issue_22_a_form_body_that_is_a_json_object_is_json_and_anything_else_text() {
    Invocation json = form(" {\"text\": \"Apple\", \"options\": {\"label_scheme\": \"conll\"}}\n");
    assertEquals("Apple", json.items().get(0).text());
    assertEquals(LabelScheme.CONLL, json.items().get(0).options().scheme());
    assertEquals("hello world", form("hello world").items().get(0).text());
    assertEquals("{not json}", form("{not json}").items().get(0).text());
    assertEquals("[\"a\"]", form("[\"a\"]").items().get(0).text(), "only an object is taken for JSON");
  }

  private static Invocation form(String body) {
    return RequestDecoder.decode(body.getBytes(StandardCharsets.UTF_8), InputFormat.FORM,
        "application/x-www-form-urlencoded", DEFAULTS);
  }

  @Test
  void texts_keep_their_order() {
    Invocation inv = json("{\"texts\": [\"a\", \"b\", \"c\"]}");
    assertEquals(Shape.TEXTS, inv.shape());
    assertEquals("c", inv.items().get(2).text());
  }

  @Test
  void legacy_input_field_is_recognised() {
    assertEquals(Shape.LEGACY, json("{\"input\": \"x\"}").shape());
  }

  @Test
  void bare_json_string_is_a_document() {
    assertEquals("hi", json("\"hi\"").items().get(0).text());
  }

  @Test
  void options_set_scheme_and_labels() {
    Invocation inv = json("{\"text\": \"x\", \"options\": {\"label_scheme\": \"conll\", \"labels\": [\"PER\"]}}");
    RequestOptions o = inv.items().get(0).options();
    assertEquals(LabelScheme.CONLL, o.scheme());
    assertEquals(Set.of("PER"), o.keepLabels());
  }

  @Test
  void unknown_option_lists_valid_ones() {
    ApiException e = jsonError("{\"text\": \"x\", \"options\": {\"scheme\": \"conll\"}}");
    assertEquals("unknown_option", e.code());
    assertTrue(e.hint().contains("label_scheme"));
  }

  @Test
  void malformed_json_is_400_invalid_json() {
    ApiException e = jsonError("{\"text\": ");
    assertEquals(400, e.status());
    assertEquals("invalid_json", e.code());
  }

  @Test
  void trailing_garbage_is_rejected() {
    assertEquals("invalid_json", jsonError("{\"text\": \"a\"} x").code());
  }

  @Test
  void wrong_field_type_is_400_invalid_field() {
    ApiException e = jsonError("{\"text\": 42}");
    assertEquals("invalid_field", e.code());
    assertTrue(e.getMessage().contains("\"text\""));
    assertEquals("invalid_field", jsonError("{\"texts\": \"a\"}").code());
    assertEquals("invalid_field", jsonError("{\"texts\": [1]}").code());
    assertEquals("invalid_field", jsonError("[1, 2]").code());
  }

  @Test
  void missing_field_names_the_accepted_ones() {
    ApiException e = jsonError("{\"txt\": \"a\"}");
    assertEquals("missing_field", e.code());
    assertTrue(e.hint().contains("\"texts\""));
  }

  @Test
  void deep_nesting_is_a_clean_400() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    assertEquals("invalid_json", jsonError(deep).code());
  }

  @Test
  void lone_surrogate_escape_is_rejected() {
    ApiException e = jsonError("{\"text\": \"a\\ud800b\"}");
    assertEquals("invalid_text", e.code());
    // one backslash: in the JSON body it is escaped once, and reads back as the escape the client sent
    assertTrue(e.getMessage().contains("(\\ud800)") && !e.getMessage().contains("\\\\"), e.getMessage());
  }

  @Test
  void escaped_surrogate_pair_is_fine() {
    assertEquals("😀", json("{\"text\": \"\\ud83d\\ude00\"}").items().get(0).text());
  }

  @Test
  void invalid_utf8_is_400() {
    byte[] body = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    ApiException e = assertThrows(ApiException.class, () -> RequestDecoder.decode(body, InputFormat.JSON, null, DEFAULTS));
    assertEquals("invalid_utf8", e.code());
  }

  @Test
  void leading_bom_is_ignored() {
    byte[] text = "\uFEFF{\"text\": \"a\"}".getBytes(StandardCharsets.UTF_8);
    assertEquals("a", RequestDecoder.decode(text, InputFormat.JSON, null, DEFAULTS).items().get(0).text());
  }

  @Test
  void plain_text_is_taken_verbatim() {
    Invocation inv = RequestDecoder.decode("a\u0000b {\"x\"".getBytes(StandardCharsets.UTF_8), InputFormat.TEXT, null, DEFAULTS);
    assertEquals("a\u0000b {\"x\"", inv.items().get(0).text());
  }

  @Test
  void json_lines_answer_bad_lines_with_errors_in_place() {
    String body = "{\"text\": \"a\"}\n\"b\"\nnot json\n{\"id\": 1}\n\n{\"text\": \"f\", \"id\": 7}\n";
    Invocation inv = RequestDecoder.decode(body.getBytes(StandardCharsets.UTF_8), InputFormat.JSON_LINES, null, DEFAULTS);
    assertEquals(Shape.LINES, inv.shape());
    assertEquals(6, inv.items().size());
    assertEquals("a", inv.items().get(0).text());
    assertEquals("b", inv.items().get(1).text());
    assertEquals("invalid_json", inv.items().get(2).error().code());
    assertEquals("missing_field", inv.items().get(3).error().code());
    assertEquals("empty_line", inv.items().get(4).error().code());
    assertEquals("f", inv.items().get(5).text());
    assertNull(inv.items().get(5).error());
    assertNotNull(inv.items().get(2).error().getMessage());
    assertTrue(inv.items().get(2).error().getMessage().startsWith("Line 3"));
  }
}
