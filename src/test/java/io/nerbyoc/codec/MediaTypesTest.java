package io.nerbyoc.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.nerbyoc.core.ApiException;
import org.junit.jupiter.api.Test;

class MediaTypesTest {

  @Test
  void content_types_map_to_formats() {
    assertEquals(InputFormat.JSON, InputFormat.of(null));
    assertEquals(InputFormat.JSON, InputFormat.of("application/json; charset=UTF-8"));
    assertEquals(InputFormat.JSON_LINES, InputFormat.of("application/jsonlines"));
    assertEquals(InputFormat.JSON_LINES, InputFormat.of("application/x-ndjson"));
    assertEquals(InputFormat.TEXT, InputFormat.of("text/plain;charset=utf-8"));
  }

  @Test
  void curl_default_form_type_is_its_own_format() {
    // AWS Marketplace's smoke test: curl --data "hello world" http://127.0.0.1:8080/invocations
    assertEquals(InputFormat.FORM, InputFormat.of("application/x-www-form-urlencoded"));
    assertEquals(InputFormat.FORM, InputFormat.of("Application/X-WWW-Form-Urlencoded; charset=utf-8"));
    assertThrows(ApiException.class, () -> InputFormat.of("application/x-www-form-urlencoded; charset=latin1"));
  }

  @Test
  void unsupported_content_type_is_415_with_the_list() {
    ApiException e = assertThrows(ApiException.class, () -> InputFormat.of("text/csv"));
    assertEquals(415, e.status());
    assertEquals("unsupported_media_type", e.code());
    assertEquals("Use one of: " + InputFormat.SUPPORTED + ".", e.hint());
  }

  @Test
  void non_utf8_charset_is_415() {
    ApiException e = assertThrows(ApiException.class, () -> InputFormat.of("text/plain; charset=latin1"));
    assertEquals("unsupported_charset", e.code());
  }

  @Test
  void accept_picks_first_supported_in_client_order() {
    assertEquals(OutputFormat.JSON, OutputFormat.of(null, OutputFormat.JSON));
    assertEquals(OutputFormat.JSON, OutputFormat.of("*/*", OutputFormat.JSON));
    assertEquals(OutputFormat.JSON_LINES, OutputFormat.of("*/*", OutputFormat.JSON_LINES));
    assertEquals(OutputFormat.HTML, OutputFormat.of("text/html,application/xhtml+xml", OutputFormat.JSON));
    assertEquals(OutputFormat.JSON_LINES, OutputFormat.of("image/png, application/jsonlines", OutputFormat.JSON));
  }

  @Test
  void unsupported_accept_is_406() {
    ApiException e = assertThrows(ApiException.class, () -> OutputFormat.of("text/csv", OutputFormat.JSON));
    assertEquals(406, e.status());
    assertEquals("not_acceptable", e.code());
  }
}
