package io.nerbyoc.config;

import java.util.Map;

/**
 * What {@code container/NER/serve} needs to render nginx's configuration, from the same
 * {@link Settings} the JVM uses, so the two never disagree on ports, body limit or timeout and
 * the precedence rules live in one place ({@code io.nerbyoc.ServeSetup} prints them).
 */
public final class ProxySettings {
  private ProxySettings() {}

  public static Map<String, Object> values(Settings s) {
    return Map.of("port", s.proxyPort(), "backend_port", s.backendPort(), "max_body_bytes", s.maxPayloadBytes(),
        "request_timeout_s", s.requestTimeoutSeconds());
  }
}
