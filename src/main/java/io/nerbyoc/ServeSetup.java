package io.nerbyoc;

import io.nerbyoc.config.ConfigException;
import io.nerbyoc.config.ProxySettings;
import io.nerbyoc.config.Settings;
import java.util.Map;

/**
 * Run by {@code container/NER/serve} before it starts nginx: prints {@code name=value} lines with
 * the ports, body limit and timeout nginx must use ({@link ProxySettings}) and {@code model=}
 * which model will serve and why ({@link ModelLoader#describe}), all decided by the same code as
 * the JVM that follows, so the script repeats no rule. Exits 2 listing every invalid setting.
 */
public final class ServeSetup {
  private ServeSetup() {}

  public static void main(String[] args) {
    Settings s;
    try {
      s = Settings.fromEnv(System.getenv());
    } catch (ConfigException e) {
      e.problems().forEach(p -> System.err.println("Configuration: " + p));
      System.exit(2);
      return;
    }
    for (Map.Entry<String, Object> e : ProxySettings.values(s).entrySet()) {
      System.out.println(e.getKey() + "=" + e.getValue());
    }
    System.out.println("model=" + ModelLoader.describe(s).replace('\n', ' '));
  }
}
