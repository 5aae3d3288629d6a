package io.nerbyoc.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nerbyoc.config.Settings;
import io.nerbyoc.core.ApiException;
import io.nerbyoc.core.Checkpoint;
import io.nerbyoc.core.Entity;
import io.nerbyoc.core.Recognizer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InvocationsTest {
  private final WorkerPool pool = new WorkerPool(2, 4);

  @AfterEach
  void close() {
    pool.close();
  }

  private Invocations invocations(Map<String, String> env) {
    Map<String, String> all = new HashMap<>(env);
    all.putIfAbsent("NER_ML_ROOT", "/nonexistent");
    return new Invocations(Settings.fromEnv(all), new FakeRecognizer(), pool);
  }

  private static String call(Invocations inv, String body, String type, String accept, String attrs) {
    Response r = inv.handle(body.getBytes(StandardCharsets.UTF_8), type, accept, attrs);
    assertEquals(200, r.status());
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  @Test
  void single_text_gives_spacy_shape_with_code_point_offsets() {
    String out = call(invocations(Map.of()), "{\"text\": \"😀 Apple in Paris\"}", "application/json", null, null);
    assertEquals(
        "{\"text\":\"😀 Apple in Paris\",\"ents\":["
            + "{\"start\":2,\"end\":7,\"label\":\"ORG\",\"text\":\"Apple\",\"score\":0.5},"
            + "{\"start\":11,\"end\":16,\"label\":\"GPE\",\"text\":\"Paris\",\"score\":0.5}]}",
        out);
  }

  @Test
  void texts_give_docs_in_order() {
    String out = call(invocations(Map.of()), "{\"texts\": [\"Ada\", \"Paris\"]}", null, null, null);
    assertTrue(out.startsWith("{\"docs\":[{\"text\":\"Ada\""));
    assertTrue(out.indexOf("\"Ada\"") < out.indexOf("\"Paris\""));
  }

  @Test
  void legacy_input_gives_output_pairs() {
    String out = call(invocations(Map.of()), "{\"input\": \"Apple and Ada\"}", "application/json", "*/*", null);
    assertEquals("{\"output\":[[\"Apple\",\"ORG\"],[\"Ada\",\"PERSON\"]]}", out);
  }

  @Test
  void json_lines_answer_every_line_in_order_with_errors_in_place() {
    String body = "{\"text\": \"Ada\"}\n{bad\n\"Paris\"\n{\"text\": \"BOOM\"}\n";
    String out = call(invocations(Map.of()), body, "application/jsonlines", null, null);
    String[] lines = out.split("\n", -1);
    assertEquals(4, lines.length);
    assertTrue(lines[0].contains("PERSON"));
    assertTrue(lines[1].startsWith("{\"error\":{\"status\":400,\"code\":\"invalid_json\""));
    assertTrue(lines[2].contains("GPE"));
    assertTrue(lines[3].contains("\"internal_error\""));
  }

  @Test
  void label_scheme_from_header_and_body_option() {
    Invocations inv = invocations(Map.of());
    assertTrue(call(inv, "{\"text\": \"Ada\"}", null, null, "label_scheme=conll").contains("\"PER\""));
    String filtered = call(inv, "{\"text\": \"Ada in Paris on Monday\", \"options\": {\"labels\": [\"GPE\"]}}", null, null, null);
    assertTrue(filtered.contains("\"GPE\"") && !filtered.contains("PERSON") && !filtered.contains("DATE"));
    assertTrue(call(invocations(Map.of("NER_LABEL_SCHEME", "corenlp")), "{\"text\": \"Ada\"}", null, null, null)
        .contains("\"PERSON\""));
  }

  /** Issue 22: a trained MISC was dropped and LOCATION answered as GPE under the default scheme. */
  @Test
  void issue_22_a_trained_model_answers_with_its_own_labels_unless_a_scheme_is_asked_for() {
    Recognizer trained = new FakeRecognizer().withDefaultScheme(io.nerbyoc.core.LabelScheme.CORENLP);
    Map<String, String> env = Map.of("NER_ML_ROOT", "/nonexistent");
    Invocations inv = new Invocations(Settings.fromEnv(env), trained, pool);
    String own = call(inv, "{\"text\": \"Ada in Paris\"}", null, null, null);
    assertTrue(own.contains("\"PERSON\"") && own.contains("\"LOCATION\"") && !own.contains("GPE"), own);
    assertTrue(call(inv, "{\"text\": \"Ada in Paris\", \"options\": {\"label_scheme\": \"spacy\"}}", null, null, null)
        .contains("\"GPE\""));
    assertTrue(call(inv, "{\"text\": \"Ada\"}", null, null, "label_scheme=conll").contains("\"PER\""));
    // NER_LABEL_SCHEME, set, is a choice too.
    Invocations spacy = new Invocations(Settings.fromEnv(Map.of("NER_ML_ROOT", "/x", "NER_LABEL_SCHEME", "spacy")), trained, pool);
    assertTrue(call(spacy, "{\"text\": \"Paris\"}", null, null, null).contains("\"GPE\""));
  }

  @Test
  void labels_no_entity_can_carry_are_a_400_naming_them_and_the_scheme() {
    Invocations inv = invocations(Map.of());
    ApiException e = assertThrows(ApiException.class, () -> inv.handle(
        "{\"text\": \"Ada\", \"options\": {\"labels\": [\"PER\"]}}".getBytes(StandardCharsets.UTF_8), null, null, null));
    assertEquals(400, e.status());
    assertEquals("unknown_label", e.code());
    assertTrue(e.getMessage().contains("'PER'") && e.getMessage().contains("label_scheme=spacy"), e.getMessage());
    assertTrue(e.hint().contains("label_scheme=conll") && e.hint().contains("PERSON"), e.hint());
    // The same through the custom-attributes header.
    ApiException h = assertThrows(ApiException.class, () -> inv.handle(
        "{\"text\": \"Ada\"}".getBytes(StandardCharsets.UTF_8), null, null, "labels=PER|ORG"));
    assertEquals("unknown_label", h.code());
    assertTrue(h.getMessage().contains("'PER'") && !h.getMessage().contains("'ORG'"), h.getMessage());
    // Case is a hint of its own.
    ApiException c = assertThrows(ApiException.class, () -> inv.handle(
        "{\"text\": \"Ada\"}".getBytes(StandardCharsets.UTF_8), null, null, "labels=person"));
    assertTrue(c.hint().contains("did you mean 'PERSON'"), c.hint());
    // Valid once the scheme says so, by body or header.
    assertTrue(call(inv, "{\"text\": \"Ada\", \"options\": {\"label_scheme\": \"conll\", \"labels\": [\"PER\"]}}",
        null, null, null).contains("\"PER\""));
    assertTrue(call(inv, "{\"text\": \"Ada\"}", null, null, "label_scheme=conll; labels=PER").contains("\"PER\""));
    // A scheme label the model never returns is still accepted (an empty answer is then a true one).
    assertTrue(call(inv, "{\"text\": \"Ada\", \"options\": {\"labels\": [\"LAW\"]}}", null, null, null)
        .contains("\"ents\":[]"));
    // JSON Lines: the line with the bad filter fails in place.
    String lines = call(inv, "{\"text\": \"Ada\", \"options\": {\"labels\": [\"PER\"]}}\n{\"text\": \"Ada\"}\n",
        "application/jsonlines", null, null);
    assertTrue(lines.split("\n")[0].contains("unknown_label") && lines.split("\n")[1].contains("PERSON"), lines);
  }

  @Test
  void a_trained_models_own_labels_pass_in_every_scheme() {
    Recognizer trained = new Recognizer() {
      @Override
      public List<Entity> recognize(io.nerbyoc.core.Document doc, Checkpoint checkpoint) {
      String text = doc.text();
        return List.of(new Entity(0, 7, "DRUG", "Aspirin", 0.9, "crf"), new Entity(8, 11, "PER", "Ada", 0.9, "crf"));
      }

      @Override
      public Set<String> labels() {
        return Set.of("DRUG", "PER");
      }

      @Override
      public String describe() {
        return "trained";
      }
    };
    Map<String, String> env = new HashMap<>();
    env.put("NER_ML_ROOT", "/nonexistent");
    Invocations inv = new Invocations(Settings.fromEnv(env), trained, pool);
    for (String scheme : new String[] {"spacy", "conll", "corenlp"}) {
      assertTrue(call(inv, "{\"text\": \"Aspirin Ada\"}", null, null, "label_scheme=" + scheme + "; labels=DRUG")
          .contains("\"DRUG\""), scheme);
    }
    // PER is renamed PERSON under spacy: filtering on PER there would never match.
    assertTrue(call(inv, "{\"text\": \"Aspirin Ada\"}", null, null, "labels=PERSON").contains("\"PERSON\""));
    assertTrue(call(inv, "{\"text\": \"Aspirin Ada\"}", null, null, "label_scheme=corenlp; labels=PER").contains("\"PER\""));
    ApiException e = assertThrows(ApiException.class, () -> inv.handle(
        "{\"text\": \"x\"}".getBytes(StandardCharsets.UTF_8), null, null, "labels=PER"));
    assertTrue(e.hint().contains("label_scheme=conll") && e.hint().contains("DRUG"), e.hint());
  }

  @Test
  void source_is_reported_only_on_request() {
    Invocations inv = invocations(Map.of());
    assertTrue(!call(inv, "{\"text\": \"Ada\"}", null, null, null).contains("source"));
    assertTrue(call(inv, "{\"text\": \"Ada\", \"options\": {\"include_source\": true}}", null, null, null)
        .contains("\"source\":\"fake\""));
    assertTrue(call(inv, "{\"text\": \"Ada\"}", null, null, "include_source=true").contains("\"source\":\"fake\""));
  }

  @Test
  void html_page_highlights_entities_and_escapes_text() {
    String out = call(invocations(Map.of()), "<b>Ada</b>", "text/plain", "text/html", null);
    assertTrue(out.startsWith("<!DOCTYPE html>"));
    assertTrue(out.contains("&lt;b&gt;<mark"));
    assertTrue(out.contains("Ada<span>PERSON</span></mark>"));
  }

  @Test
  void payload_at_limit_passes_and_one_byte_over_is_413() {
    Invocations inv = invocations(Map.of("NER_MAX_PAYLOAD_BYTES", "100"));
    String atLimit = "a".repeat(100);
    call(inv, atLimit, "text/plain", null, null);
    ApiException e = assertThrows(ApiException.class,
        () -> inv.handle((atLimit + "a").getBytes(StandardCharsets.UTF_8), "text/plain", null, null));
    assertEquals(413, e.status());
    assertEquals("payload_too_large", e.code());
    assertTrue(e.hint().contains("NER_MAX_PAYLOAD_BYTES"));
  }

  @Test
  void document_and_count_limits() {
    Invocations inv = invocations(Map.of("NER_MAX_TEXT_CHARS", "5", "NER_MAX_DOCUMENTS", "2"));
    assertEquals("document_too_long", assertThrows(ApiException.class,
        () -> inv.handle("123456".getBytes(StandardCharsets.UTF_8), "text/plain", null, null)).code());
    assertEquals("too_many_documents", assertThrows(ApiException.class,
        () -> inv.handle("{\"texts\":[\"a\",\"b\",\"c\"]}".getBytes(StandardCharsets.UTF_8), null, null, null)).code());
    String lines = call(inv, "\"123456\"\n\"Ada\"", "application/jsonlines", null, null);
    assertTrue(lines.split("\n")[0].contains("document_too_long"));
    assertTrue(lines.split("\n")[1].contains("PERSON"));
  }

  @Test
  void one_failing_document_never_takes_its_batch_with_it_in_any_format() {
    Invocations inv = invocations(Map.of());
    String texts = call(inv, "{\"texts\": [\"Ada\", \"BOOM\", \"Paris\"]}", "application/json", null, null);
    assertTrue(texts.startsWith("{\"docs\":[{\"text\":\"Ada\""), texts);
    assertTrue(texts.contains("{\"error\":{\"status\":500,\"code\":\"internal_error\""), texts);
    assertTrue(texts.contains("\"text\":\"Paris\""), texts);
    String lines = call(inv, "\"Ada\"\n\"BOOM\"\n\"Paris\"", "application/jsonlines", null, null);
    assertEquals(3, lines.split("\n").length);
    assertTrue(lines.split("\n")[1].contains("internal_error") && lines.split("\n")[2].contains("GPE"), lines);
    String v2 = call(inv, "{\"inputs\": [{\"name\": \"TEXT\", \"shape\": [3], \"datatype\": \"BYTES\", "
        + "\"data\": [\"Ada\", \"BOOM\", \"Paris\"]}]}", "application/json", null, null);
    assertTrue(v2.contains("internal_error") && v2.contains("GPE") && v2.contains("PERSON"), v2);
    // a request of one document fails with it: there is nothing else to answer
    for (String one : List.of("{\"text\": \"BOOM\"}", "{\"input\": \"BOOM\"}")) {
      assertEquals(500, assertThrows(ApiException.class,
          () -> inv.handle(one.getBytes(StandardCharsets.UTF_8), "application/json", null, null)).status());
    }
  }

  @Test
  void empty_request_and_bugs_on_single_documents() {
    Invocations inv = invocations(Map.of());
    assertEquals("empty_request", assertThrows(ApiException.class,
        () -> inv.handle(new byte[0], "application/jsonlines", null, null)).code());
    ApiException bug = assertThrows(ApiException.class,
        () -> inv.handle("BOOM".getBytes(StandardCharsets.UTF_8), "text/plain", null, null));
    assertEquals(500, bug.status());
  }

  @Test
  void negotiation_errors_come_before_work() {
    Invocations inv = invocations(Map.of());
    assertEquals(415, assertThrows(ApiException.class,
        () -> inv.handle(new byte[0], "text/csv", null, null)).status());
    assertEquals(406, assertThrows(ApiException.class,
        () -> inv.handle(new byte[0], "text/plain", "image/png", null)).status());
  }

  @Test
  void values_resolve_against_the_reference_date_option_or_custom_attribute() {
    Invocations inv = invocations(Map.of());
    String body = "{\"text\": \"Apple pays $5m next Friday\", \"options\": {\"reference_date\": \"2016-11-07\"}}";
    String out = call(inv, body, "application/json", null, null);
    assertTrue(out.contains("\"text\":\"$5m\",\"score\":0.5,\"value\":5000000,\"unit\":\"USD\""), out);
    assertTrue(out.contains("\"text\":\"next Friday\",\"score\":0.5,\"timex\":\"2016-11-18\",\"value\":\"2016-11-18\""), out);
    String header = call(inv, "{\"text\": \"next Friday\"}", "application/json", null, "reference_date=2019-01-31");
    assertTrue(header.contains("\"timex\":\"2019-02-08\""), header);
    String lines = call(inv, "{\"text\": \"next Friday\"}\n\"$5m\"", "application/jsonlines", null, "reference_date=2019-01-31T10:00:00");
    assertTrue(lines.contains("\"timex\":\"2019-02-08\"") && lines.contains("\"unit\":\"USD\""), lines);
  }

  @Test
  void without_a_reference_date_relative_dates_count_from_arrival_in_utc() {
    String out = call(invocations(Map.of()), "{\"text\": \"next Friday\"}", "application/json", null, null);
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
    String expected = today.plusWeeks(1).with(java.time.DayOfWeek.FRIDAY).toString();
    String alsoOk = today.minusDays(1).plusWeeks(1).with(java.time.DayOfWeek.FRIDAY).toString(); // the test ran over midnight
    assertTrue(out.contains("\"timex\":\"" + expected + "\"") || out.contains("\"timex\":\"" + alsoOk + "\""), out);
  }

  @Test
  void values_false_leaves_the_same_spans_without_values() {
    Invocations inv = invocations(Map.of());
    String text = "Ada pays $5m to Apple next Friday, hundreds of times";
    String with = call(inv, "{\"text\": \"" + text + "\"}", "application/json", null, null);
    String without = call(inv, "{\"text\": \"" + text + "\", \"options\": {\"values\": false}}", "application/json", null, null);
    assertTrue(with.contains("\"value\"") && !without.contains("\"value\"") && !without.contains("\"timex\""), without);
    assertEquals(without, with.replaceAll(",\"timex\":\"[^\"]*\"|,\"value\":(\"[^\"]*\"|[0-9.]+)|,\"unit\":\"[^\"]*\"", ""));
    assertTrue(with.contains("\"text\":\"hundreds\",\"score\":0.5}"), "a vague count has no value: " + with);
    assertEquals(without, call(inv, "{\"text\": \"" + text + "\"}", "application/json", null, "values=false"));
  }

  @Test
  void a_bad_reference_date_is_a_400_naming_the_value_and_the_form() {
    Invocations inv = invocations(Map.of());
    ApiException e = assertThrows(ApiException.class, () -> inv.handle(
        "{\"text\": \"Ada\", \"options\": {\"reference_date\": \"07/11/2016\"}}".getBytes(StandardCharsets.UTF_8),
        "application/json", null, null));
    assertEquals(400, e.status());
    assertTrue(e.getMessage().contains("07/11/2016") && e.hint().contains("2016-11-07"), e.getMessage() + " " + e.hint());
    ApiException header = assertThrows(ApiException.class, () -> inv.handle(
        "Ada".getBytes(StandardCharsets.UTF_8), "text/plain", null, "reference_date=yesterday"));
    assertEquals(400, header.status());
    assertEquals("invalid_custom_attributes", header.code());
    ApiException values = assertThrows(ApiException.class, () -> inv.handle(
        "{\"text\": \"Ada\", \"options\": {\"values\": \"no\"}}".getBytes(StandardCharsets.UTF_8), "application/json", null, null));
    assertTrue(values.getMessage().contains("options.values"), values.getMessage());
  }

  @Test
  void kserve_parameters_take_the_value_options_too() {
    String body = "{\"parameters\": {\"reference_date\": \"2016-11-07\"}, \"inputs\": [{\"name\": \"TEXT\", \"shape\": [2],"
        + " \"datatype\": \"BYTES\", \"data\": [\"next Friday\", \"$5m\"]}]}";
    String out = call(invocations(Map.of()), body, "application/json", null, null);
    assertTrue(out.contains("\\\"timex\\\":\\\"2016-11-18\\\"") && out.contains("\\\"unit\\\":\\\"USD\\\""), out);
    String off = call(invocations(Map.of()), body.replace("\"reference_date\": \"2016-11-07\"", "\"values\": false"),
        "application/json", null, null);
    assertTrue(!off.contains("timex") && !off.contains("unit"), off);
  }
}
