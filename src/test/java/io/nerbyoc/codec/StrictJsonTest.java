package io.nerbyoc.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nerbyoc.core.ApiException;
import io.nerbyoc.core.LabelScheme;
import io.nerbyoc.core.RequestOptions;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictJsonTest {
  private static final RequestOptions DEFAULTS = RequestOptions.of(LabelScheme.SPACY);

  private static ApiException invalid(String json) {
    ApiException e = assertThrows(ApiException.class, () -> StrictJson.parse(json, "The request body"), json);
    assertEquals(400, e.status());
    assertEquals("invalid_json", e.code(), e.getMessage());
    return e;
  }

  @Test
  void duplicate_keys_are_refused_naming_the_key() {
    assertTrue(invalid("{\"text\":\"a\",\"text\":\"b\"}").getMessage().contains("duplicate key 'text'"));
    assertTrue(invalid("{\"options\": {\"labels\": [], \"labels\": [\"ORG\"]}, \"text\": \"x\"}").getMessage()
        .contains("'labels'"));
    assertTrue(invalid("[{\"a\": 1, \"b\": {\"a\": 2}, \"a\": 3}]").getMessage().contains("$[0].a"));
    // Equal keys in different objects are fine.
    assertEquals(2, StrictJson.parse("[{\"a\": 1}, {\"a\": 2}]", "x").getAsJsonArray().size());
  }

  @Test
  void lenient_json_is_refused() {
    for (String json : new String[] {"{'text': 'x'}", "{\"text\": \"x\", /*c*/ \"ents\": []}", "{text: \"x\"}",
        "{\"text\": \"x\"} // c", "{\"text\": \"x\",}", "[1,]", "NaN", "{\"a\": 01}", "\"a\" \"b\"", "{\"a\" = 1}",
        "[1;2]", "", "{\"a\": 1e" + "9".repeat(2000) + "}"}) {
      invalid(json);
    }
  }

  @Test
  void numbers_are_exact() {
    assertEquals("18446744073709551617", StrictJson.parse("[18446744073709551617]", "x").getAsJsonArray().get(0)
        .getAsBigDecimal().toPlainString());
  }

  @Test
  void every_request_parser_uses_it() {
    String dup = "{\"text\": \"Paris\", \"texts\": [\"Rome\"], \"text\": \"Rome\"}";
    for (InputFormat f : new InputFormat[] {InputFormat.JSON}) {
      assertEquals("invalid_json", assertThrows(ApiException.class,
          () -> RequestDecoder.decode(dup.getBytes(StandardCharsets.UTF_8), f, null, DEFAULTS)).code());
    }
    // JSON Lines: the bad line fails alone.
    Invocation lines = RequestDecoder.decode("{\"text\":\"a\",\"text\":\"b\"}\n{\"text\":\"c\"}\n".getBytes(StandardCharsets.UTF_8),
        InputFormat.JSON_LINES, null, DEFAULTS);
    assertEquals("invalid_json", lines.items().get(0).error().code());
    assertEquals("c", lines.items().get(1).text());
    assertEquals("invalid_json", assertThrows(ApiException.class,
        () -> ManagementCodec.loadRequest("{\"model_name\": \"a\", \"url\": \"/x\", \"url\": \"/y\"}".getBytes(StandardCharsets.UTF_8)))
        .code());
    String v2 = "{\"inputs\": [{\"name\": \"TEXT\", \"shape\": [1], \"shape\": [2], \"datatype\": \"BYTES\", \"data\": [\"a\"]}]}";
    assertEquals("invalid_json", assertThrows(ApiException.class,
        () -> RequestDecoder.decode(v2.getBytes(StandardCharsets.UTF_8), InputFormat.JSON, null, DEFAULTS)).code());
  }

  @Test
  void a_bad_json_lines_line_names_one_line_and_its_column() {
    Invocation inv = RequestDecoder.decode("{\"text\":\"a\"}\n{\"text\":\"b\"}\n{\"t\n".getBytes(StandardCharsets.UTF_8),
        InputFormat.JSON_LINES, null, DEFAULTS);
    String msg = inv.items().get(2).error().getMessage();
    assertTrue(msg.startsWith("Line 3, column "), msg);
    assertTrue(!msg.contains("line 1"), msg);
    assertEquals("Line 3, column 3: not valid JSON (malformed JSON path $).",
        StrictJson.lineMessage(3, "malformed JSON at line 1 column 3 path $"));
    assertEquals("Line 4: not valid JSON (trailing data).", StrictJson.lineMessage(4, "trailing data"));
  }
}
