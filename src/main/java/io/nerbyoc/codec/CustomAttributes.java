package io.nerbyoc.codec;

import io.nerbyoc.config.Booleans;
import io.nerbyoc.core.ApiException;
import io.nerbyoc.core.LabelScheme;
import io.nerbyoc.core.RequestOptions;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Options from the {@code X-Amzn-SageMaker-Custom-Attributes} header, e.g. {@code
 * label_scheme=conll; labels=PER,ORG; values=false; reference_date=2016-11-07}. Pairs are separated by ';' (or ','); label lists by ',' or
 * '|'. Keys this server does not use are ignored: the header is shared with other tools.
 */
public final class CustomAttributes {
  static final int MAX_LENGTH = 1024; // InvokeEndpoint's own limit

  private CustomAttributes() {}

  public static RequestOptions apply(String header, RequestOptions defaults) {
    if (header == null || header.isBlank()) {
      return defaults;
    }
    if (header.length() > MAX_LENGTH) {
      throw ApiException.badRequest(
          "invalid_custom_attributes",
          "X-Amzn-SageMaker-Custom-Attributes is " + header.length() + " characters long.",
          "Keep it to " + MAX_LENGTH + " characters, as InvokeEndpoint requires.");
    }
    RequestOptions options = defaults;
    String key = null;
    Set<String> labels = null;
    for (String part : header.split("[;,]")) {
      String p = part.trim();
      int eq = p.indexOf('=');
      if (eq >= 0) {
        key = p.substring(0, eq).trim().toLowerCase(Locale.ROOT);
        p = p.substring(eq + 1).trim();
      }
      if (key == null) {
        continue;
      }
      if (key.equals("label_scheme")) {
        options = options.withScheme(LabelScheme.parse(p));
      } else if (key.equals("include_source")) {
        options = options.withIncludeSource(bool(key, p));
      } else if (key.equals("values")) {
        options = options.withValues(bool(key, p));
      } else if (key.equals("reference_date")) {
        options = options.withReferenceDate(ReferenceDates.parse(p, "X-Amzn-SageMaker-Custom-Attributes reference_date", "invalid_custom_attributes"));
      } else if (key.equals("labels")) {
        labels = labels == null ? new LinkedHashSet<>() : labels;
        Arrays.stream(p.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).forEach(labels::add);
      }
    }
    return labels == null ? options : options.withKeepLabels(labels);
  }

  private static boolean bool(String key, String value) {
    try {
      return Booleans.parse(value);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("invalid_custom_attributes",
          "X-Amzn-SageMaker-Custom-Attributes " + key + ": " + e.getMessage() + ".",
          "Write " + key + "=true or " + key + "=false.");
    }
  }
}
