package io.nerbyoc.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nerbyoc.core.LabelScheme;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

  @Test
  void ports_follow_sagemakers_safe_range_and_serve_reads_them_from_here() {
    Settings plain = Settings.fromEnv(Map.of());
    assertEquals(8080, plain.proxyPort());
    assertEquals(8081, plain.backendPort());
    Settings range = Settings.fromEnv(Map.of("SAGEMAKER_SAFE_PORT_RANGE", "9000-9010", "SAGEMAKER_BIND_TO_PORT", "9000"));
    assertEquals(9001, range.backendPort(), "the next port when the first is nginx's");
    assertEquals(9000, Settings.fromEnv(Map.of("SAGEMAKER_SAFE_PORT_RANGE", "9000-9010")).backendPort());
    ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class,
        () -> Settings.fromEnv(Map.of("SAGEMAKER_SAFE_PORT_RANGE", "ninety")));
    assertTrue(e.problems().get(0).contains("SAGEMAKER_SAFE_PORT_RANGE=ninety"), e.problems().toString());
    Map<String, Object> proxy = ProxySettings.values(Settings.fromEnv(Map.of("SAGEMAKER_MAX_PAYLOAD_IN_MB", "2",
        "SAGEMAKER_MODEL_SERVER_TIMEOUT", "30")));
    assertEquals(2L * 1024 * 1024, proxy.get("max_body_bytes"));
    assertEquals(30, proxy.get("request_timeout_s"));
  }

  @Test
  void defaults_follow_sagemaker() {
    Settings s = Settings.fromEnv(Map.of());
    assertEquals(Path.of("/opt/ml/model"), s.modelDir());
    assertEquals(Profile.ACCURATE, s.profile());
    assertEquals(null, s.labelScheme(), "unset: each model's own default (spacy embedded, trained names as trained)");
    assertEquals(6_291_456L, s.maxPayloadBytes());
    assertEquals(60, s.requestTimeoutSeconds());
    assertEquals(Runtime.getRuntime().availableProcessors(), s.workers());
  }

  @Test
  void platform_and_our_variables_are_read() {
    Settings s = Settings.fromEnv(Map.of(
        "NER_ML_ROOT", "/tmp/ml", "NER_PROFILE", "FAST", "NER_LABEL_SCHEME", "conll",
        "MODEL_SERVER_WORKERS", "3", "SAGEMAKER_MAX_PAYLOAD_IN_MB", "20", "SAGEMAKER_MODEL_SERVER_TIMEOUT", "90"));
    assertEquals(Path.of("/tmp/ml/model"), s.modelDir());
    assertEquals(Profile.FAST, s.profile());
    assertEquals(LabelScheme.CONLL, s.labelScheme());
    assertEquals(3, s.workers());
    assertEquals(20L * 1024 * 1024, s.maxPayloadBytes());
    assertEquals(90, s.requestTimeoutSeconds());
  }

  @Test
  void our_payload_variable_wins_over_the_platform_one() {
    Settings s = Settings.fromEnv(Map.of("NER_MAX_PAYLOAD_BYTES", "1000", "SAGEMAKER_MAX_PAYLOAD_IN_MB", "20"));
    assertEquals(1000L, s.maxPayloadBytes());
  }

  @Test
  void every_problem_is_reported_at_once() {
    ConfigException e = assertThrows(ConfigException.class, () -> Settings.fromEnv(Map.of(
        "NER_PROFILE", "turbo", "MODEL_SERVER_WORKERS", "zero", "NER_MAX_PAYLOAD_BYTES", "-1")));
    assertEquals(3, e.problems().size());
    assertTrue(e.problems().get(0).contains("NER_PROFILE=turbo"));
    assertTrue(e.problems().get(0).contains("accurate, fast"));
  }

  @Test
  void an_unknown_default_accept_is_a_problem_like_any_other() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> Settings.fromEnv(Map.of("SAGEMAKER_DEFAULT_INVOCATIONS_ACCEPT", "text/csv")));
    assertEquals(1, e.problems().size());
    String p = e.problems().get(0);
    assertTrue(p.contains("SAGEMAKER_DEFAULT_INVOCATIONS_ACCEPT=text/csv") && p.contains("application/json")
        && p.contains("application/jsonlines") && p.contains("text/html"), p);
  }

  @Test
  void a_known_default_accept_is_kept_as_its_media_type() {
    assertEquals("application/json", Settings.fromEnv(Map.of()).defaultAccept());
    assertEquals("application/jsonlines",
        Settings.fromEnv(Map.of("SAGEMAKER_DEFAULT_INVOCATIONS_ACCEPT", "Application/JSONLines; charset=utf-8")).defaultAccept());
    assertEquals("text/html", Settings.fromEnv(Map.of("SAGEMAKER_DEFAULT_INVOCATIONS_ACCEPT", "text/html")).defaultAccept());
  }
}
