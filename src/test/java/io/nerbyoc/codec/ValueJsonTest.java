package io.nerbyoc.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nerbyoc.core.Value;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The wire form of values: plain numbers, ranges and bounds as objects, open ends left out. */
class ValueJsonTest {

  private static String json(Value v) {
    return new String(ResponseEncoder.write(w -> {
      w.beginObject();
      ValueJson.fields(w, v);
      w.endObject();
    }), StandardCharsets.UTF_8);
  }

  @Test
  void numbers_are_plain_decimals_without_exponent_or_trailing_zeros() {
    assertEquals("{\"value\":1000000000000,\"unit\":\"USD\"}", json(Value.Amount.of(new BigDecimal("1E+12"), "USD")));
    assertEquals("{\"value\":12.5}", json(Value.Amount.of(new BigDecimal("12.50"), null)));
    assertEquals("{\"value\":0.333333}", json(Value.Amount.of(new BigDecimal("0.3333333333333333"), null)));
  }

  @Test
  void ranges_and_bounds_are_objects() {
    assertEquals("{\"value\":{\"start\":10,\"end\":15}}", json(new Value.Amount(BigDecimal.TEN, BigDecimal.valueOf(15), null)));
    assertEquals("{\"value\":{\"start\":300}}", json(new Value.Amount(BigDecimal.valueOf(300), null, null)));
    assertEquals("{\"value\":{\"end\":300},\"unit\":\"km\"}", json(new Value.Amount(null, BigDecimal.valueOf(300), "km")));
  }

  @Test
  void temporal_values_give_timex_then_a_point_or_a_period() {
    assertEquals("{\"timex\":\"2016-11-18\",\"value\":\"2016-11-18\"}", json(new Value.Temporal("2016-11-18", "2016-11-18", null, null)));
    assertEquals("{\"timex\":\"2016-W44\",\"value\":{\"start\":\"2016-10-31\",\"end\":\"2016-11-07\"}}",
        json(new Value.Temporal("2016-W44", null, "2016-10-31", "2016-11-07")));
    assertEquals("{\"timex\":\"P3W\"}", json(new Value.Temporal("P3W", null, null, null)));
  }

  @Test
  void an_entity_of_several_expressions_gives_each_part_with_its_span() {
    Value v = new Value.Parts(java.util.List.of(
        new Value.Part(12, 19, "Tuesday", new Value.Temporal("XXXX-WXX-2", "2016-11-08", null, null)),
        new Value.Part(23, 32, "Wednesday", new Value.Temporal("XXXX-WXX-3", "2016-11-09", null, null))));
    assertEquals("{\"parts\":[{\"start\":12,\"end\":19,\"text\":\"Tuesday\",\"timex\":\"XXXX-WXX-2\",\"value\":\"2016-11-08\"},"
        + "{\"start\":23,\"end\":32,\"text\":\"Wednesday\",\"timex\":\"XXXX-WXX-3\",\"value\":\"2016-11-09\"}]}", json(v));
  }
}
