package io.nerbyoc.config;

import java.util.Map;

/**
 * What {@code container/NER/serve} needs to render nginx's configuration, from the same
 * {@link Settings} the JVM uses, so the two never disagree on ports, body limit or timeout and
 * the precedence rules live in one place. Prints {@code name=value} lines; exits 2 listing every
 * problem when a setting is invalid.
 */
public final class ProxySettings {
  private ProxySettings() {}

  public static void main(String[] args) {
    Settings s;
    try {
      s = Settings.fromEnv(System.getenv());
    } catch (ConfigException e) {
      e.problems().forEach(p -> System.err.println("Configuration: " + p));
      System.exit(2);
      return;
    }
    for (Map.Entry<String, Object> e : values(s).entrySet()) {
      System.out.println(e.getKey() + "=" + e.getValue());
    }
  }

  static Map<String, Object> values(Settings s) {
    return Map.of("port", s.proxyPort(), "backend_port", s.backendPort(), "max_body_bytes", s.maxPayloadBytes(),
        "request_timeout_s", s.requestTimeoutSeconds());
  }
}
