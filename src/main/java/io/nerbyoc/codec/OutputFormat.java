package io.nerbyoc.codec;

import io.nerbyoc.core.ApiException;
import java.util.Locale;

/** Response formats, chosen from the Accept header. */
public enum OutputFormat {
  JSON("application/json"),
  JSON_LINES("application/jsonlines"),
  HTML("text/html; charset=utf-8");

  private final String contentType;

  OutputFormat(String contentType) {
    this.contentType = contentType;
  }

  public String contentType() {
    return contentType;
  }

  /**
   * The first supported type of the Accept header, in the client's order. A missing header or a
   * wildcard gives {@code fallback}: JSON Lines for a JSON Lines request (batch transform), else
   * the configured default.
   */
  public static OutputFormat of(String accept, OutputFormat fallback) {
    if (accept == null || accept.isBlank()) {
      return fallback;
    }
    for (String range : accept.split(",")) {
      String type = range.split(";", -1)[0].trim().toLowerCase(Locale.ROOT);
      switch (type) {
        case "*/*", "application/*":
          return fallback == HTML && type.equals("application/*") ? JSON : fallback;
        case "application/json", "text/json":
          return JSON;
        case "application/jsonlines", "application/x-jsonlines", "application/jsonl",
            "application/json-lines", "application/x-ndjson", "application/ndjson":
          return JSON_LINES;
        case "text/html", "text/*":
          return HTML;
        default:
          break;
      }
    }
    throw new ApiException(
        406, "not_acceptable",
        "Accept " + ApiException.quote(accept) + " names no format this server produces.",
        "Use one of: application/json, application/jsonlines, text/html.");
  }

  /** Parses SAGEMAKER_DEFAULT_INVOCATIONS_ACCEPT-style values; null when unknown. */
  public static OutputFormat ofConfigured(String value) {
    try {
      return of(value, JSON);
    } catch (ApiException e) {
      return null;
    }
  }
}
