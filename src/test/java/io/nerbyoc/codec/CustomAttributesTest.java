package io.nerbyoc.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nerbyoc.core.ApiException;
import io.nerbyoc.core.LabelScheme;
import io.nerbyoc.core.RequestOptions;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomAttributesTest {
  private static final RequestOptions DEFAULTS = RequestOptions.of(LabelScheme.SPACY);

  @Test
  void label_scheme_and_labels_are_read() {
    RequestOptions o = CustomAttributes.apply("label_scheme=conll; labels=PER,ORG", DEFAULTS);
    assertEquals(LabelScheme.CONLL, o.scheme());
    assertEquals(Set.of("PER", "ORG"), o.keepLabels());
  }

  @Test
  void comma_separated_pairs_and_pipe_lists_work_too() {
    RequestOptions o = CustomAttributes.apply("trace=abc,label_scheme=corenlp,labels=PERSON|DATE", DEFAULTS);
    assertEquals(LabelScheme.CORENLP, o.scheme());
    assertEquals(Set.of("PERSON", "DATE"), o.keepLabels());
  }

  @Test
  void missing_or_foreign_attributes_keep_defaults() {
    assertEquals(DEFAULTS, CustomAttributes.apply(null, DEFAULTS));
    assertEquals(DEFAULTS, CustomAttributes.apply("trace_id=1; =; junk", DEFAULTS));
  }

  @Test
  void bad_scheme_or_overlong_header_is_400() {
    assertEquals("invalid_label_scheme",
        assertThrows(ApiException.class, () -> CustomAttributes.apply("label_scheme=iob", DEFAULTS)).code());
    assertEquals("invalid_custom_attributes",
        assertThrows(ApiException.class, () -> CustomAttributes.apply("a=" + "x".repeat(1100), DEFAULTS)).code());
  }

  @Test
  void include_source_follows_the_one_boolean_rule() {
    assertEquals(true, CustomAttributes.apply("include_source=TRUE", DEFAULTS).includeSource());
    assertEquals(false, CustomAttributes.apply("include_source=false", DEFAULTS).includeSource());
    // "yes" was silently false.
    ApiException e = assertThrows(ApiException.class, () -> CustomAttributes.apply("include_source=yes", DEFAULTS));
    assertEquals("invalid_custom_attributes", e.code());
    assertTrue(e.getMessage().contains("include_source") && e.getMessage().contains("'yes'"), e.getMessage());
    assertTrue(e.hint().contains("include_source=true"), e.hint());
  }
}
