package io.nerbyoc.core;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The media types of the response formats. Here, below both users, so that Accept negotiation
 * (codec) and the check of SAGEMAKER_DEFAULT_INVOCATIONS_ACCEPT (config) share one list without
 * config importing codec, which imports config.
 */
public final class MediaTypes {
  public static final Set<String> JSON = Set.of("application/json", "text/json");
  public static final Set<String> JSON_LINES = Set.of("application/jsonlines", "application/x-jsonlines",
      "application/jsonl", "application/json-lines", "application/x-ndjson", "application/ndjson");
  public static final Set<String> HTML = Set.of("text/html");

  private MediaTypes() {}

  /** Every name a response format answers to, for messages. */
  public static Set<String> all() {
    Set<String> all = new LinkedHashSet<>();
    all.add("application/json");
    all.add("application/jsonlines");
    all.add("text/html");
    all.addAll(JSON);
    all.addAll(JSON_LINES);
    all.addAll(HTML);
    return all;
  }

  /** The bare type of one media type, lower case: "Application/JSON; charset=utf-8" gives "application/json". */
  public static String essence(String mediaType) {
    int semi = mediaType.indexOf(';');
    return (semi < 0 ? mediaType : mediaType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
  }
}
