package io.nerbyoc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nerbyoc.config.Settings;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExecutionParametersTest {
  private static final double KB = 1024;

  private static Map<String, Object> params(Map<String, String> env, double bytesPerSecond) {
    Map<String, String> all = new HashMap<>(Map.of("MODEL_SERVER_WORKERS", "2"));
    all.putAll(env);
    return ServeMain.executionParameters(Settings.fromEnv(all), bytesPerSecond);
  }

  @Test
  void payload_is_what_one_worker_finishes_in_half_the_timeout() {
    // 100 KB/s x 60 s x 0.5 = 3,000 KB = 2.9 MiB -> 2
    assertEquals(2L, params(Map.of(), 100 * KB).get("MaxPayloadInMB"));
    // 300 KB/s x 60 s x 0.5 = 8.8 MiB -> capped at the 6 MiB body limit
    assertEquals(6L, params(Map.of(), 300 * KB).get("MaxPayloadInMB"));
    // a longer timeout allows more
    assertEquals(4L, params(Map.of("NER_REQUEST_TIMEOUT_S", "90"), 100 * KB).get("MaxPayloadInMB"));
  }

  @Test
  void payload_is_at_least_one_and_the_product_at_most_100() {
    assertEquals(1L, params(Map.of(), 1 * KB).get("MaxPayloadInMB"));
    Map<String, Object> many = params(Map.of("MODEL_SERVER_WORKERS", "40", "NER_MAX_PAYLOAD_BYTES", "100000000"), 10_000 * KB);
    assertEquals(40, many.get("MaxConcurrentTransforms"));
    assertEquals(2L, many.get("MaxPayloadInMB"));
  }

  @Test
  void without_a_measurement_the_body_limit_is_advertised() {
    assertEquals(6L, params(Map.of(), 0).get("MaxPayloadInMB"));
    assertEquals("MULTI_RECORD", params(Map.of(), 0).get("BatchStrategy"));
  }
}
