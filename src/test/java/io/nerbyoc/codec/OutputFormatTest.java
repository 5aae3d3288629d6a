package io.nerbyoc.codec;

import static io.nerbyoc.codec.OutputFormat.HTML;
import static io.nerbyoc.codec.OutputFormat.JSON;
import static io.nerbyoc.codec.OutputFormat.JSON_LINES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.nerbyoc.core.ApiException;
import org.junit.jupiter.api.Test;

/** Accept negotiation with q-values (OutputFormat.of). */
class OutputFormatTest {

  private static void notAcceptable(String accept) {
    ApiException e = assertThrows(ApiException.class, () -> OutputFormat.of(accept, JSON), accept);
    assertEquals(406, e.status());
    assertEquals("not_acceptable", e.code());
  }

  @Test
  void missing_or_empty_headers_give_the_default() {
    assertEquals(JSON, OutputFormat.of(null, JSON));
    assertEquals(JSON_LINES, OutputFormat.of("", JSON_LINES));
    assertEquals(JSON, OutputFormat.of(";", JSON));
    assertEquals(JSON, OutputFormat.of(",,,", JSON));
    assertEquals(HTML, OutputFormat.of(" ; , ", HTML));
  }

  @Test
  void q_zero_excludes_a_type() {
    notAcceptable("application/json;q=0");
    notAcceptable("application/json; q=0.000, text/html;q=0");
    // The most specific range applies: */* allows the rest.
    assertEquals(JSON_LINES, OutputFormat.of("*/*, application/json;q=0", JSON));
    assertEquals(JSON, OutputFormat.of("application/*, application/jsonlines;q=0", JSON_LINES));
    notAcceptable("*/*;q=0");
  }

  @Test
  void highest_q_wins() {
    assertEquals(JSON_LINES, OutputFormat.of("application/json;q=0.5, application/jsonlines", JSON));
    assertEquals(JSON, OutputFormat.of("application/jsonlines;q=0.4, application/json;q=0.8", JSON_LINES));
    assertEquals(HTML, OutputFormat.of("application/json;q=0.5, text/html", JSON));
    assertEquals(HTML, OutputFormat.of("text/html;q=0.9, application/*;q=0.3", JSON));
  }

  @Test
  void ties_go_to_the_more_specific_then_the_earlier_range() {
    assertEquals(JSON_LINES, OutputFormat.of("application/*, application/jsonlines", JSON));
    assertEquals(JSON, OutputFormat.of("application/json, application/jsonlines", JSON_LINES));
    assertEquals(JSON_LINES, OutputFormat.of("application/x-ndjson, application/json", JSON));
  }

  @Test
  void wildcards_give_the_default_format() {
    assertEquals(JSON, OutputFormat.of("*/*", JSON));
    assertEquals(JSON_LINES, OutputFormat.of("*/*", JSON_LINES));
    assertEquals(HTML, OutputFormat.of("*/*", HTML));
    assertEquals(JSON, OutputFormat.of("*", JSON));
    assertEquals(JSON, OutputFormat.of("application/*", HTML));
    assertEquals(JSON_LINES, OutputFormat.of("application/*", JSON_LINES));
    assertEquals(HTML, OutputFormat.of("text/*", JSON));
  }

  @Test
  void json_beats_html_unless_html_is_strictly_preferred_over_a_named_json_type() {
    // Java's default Accept (HttpURLConnection): a program, not a browser.
    assertEquals(JSON, OutputFormat.of("text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2", JSON));
    // A browser's Accept lists */* as well: JSON.
    assertEquals(JSON, OutputFormat.of("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", JSON));
    // Same q, HTML first: still JSON.
    assertEquals(JSON, OutputFormat.of("text/html, application/json", JSON));
    assertEquals(JSON, OutputFormat.of("text/html;q=0.9, application/json", JSON));
    // HTML asked for alone, or strictly preferred over the JSON type named.
    assertEquals(HTML, OutputFormat.of("text/html", JSON));
    assertEquals(HTML, OutputFormat.of("text/html,application/xhtml+xml", JSON));
    assertEquals(HTML, OutputFormat.of("text/html, application/json;q=0.9, */*;q=0.1", JSON));
    // JSON excluded, JSON Lines acceptable through the wildcard: JSON Lines.
    assertEquals(JSON_LINES, OutputFormat.of("text/html, */*;q=0.1, application/json;q=0", JSON));
    // The configured default HTML keeps its place for wildcards.
    assertEquals(HTML, OutputFormat.of("text/html, */*;q=0.2", HTML));
  }

  @Test
  void parameters_and_case_are_ignored_and_bad_q_values_count_as_one() {
    assertEquals(JSON, OutputFormat.of("APPLICATION/JSON; charset=utf-8", HTML));
    assertEquals(JSON_LINES, OutputFormat.of("application/json;q=0.5, application/jsonlines;q=abc", JSON));
    assertEquals(JSON, OutputFormat.of("application/json;q=7", JSON_LINES));
  }

  @Test
  void nothing_we_produce_is_406() {
    notAcceptable("text/csv");
    notAcceptable("image/png, application/xml");
    notAcceptable("json");
  }
}
