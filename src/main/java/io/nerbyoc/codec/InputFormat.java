package io.nerbyoc.codec;

import io.nerbyoc.core.ApiException;
import io.nerbyoc.core.MediaTypes;
import java.util.Locale;

/** Request body formats, chosen by Content-Type. */
public enum InputFormat {
  JSON,
  JSON_LINES,
  TEXT,
  /**
   * curl --data's default type, as in AWS Marketplace's smoke test {@code curl --data "hello
   * world" .../invocations}: plain text as sent (not URL-decoded: curl sends the bytes unchanged),
   * unless the body is a JSON object ({@code curl -d '{"text": ...}'} without a Content-Type).
   */
  FORM,
  /** KServe v2 / Triton binary tensor extension as SageMaker sends it. */
  V2_BINARY;

  static final String FORM_TYPE = "application/x-www-form-urlencoded";

  static final String SUPPORTED = "application/json, application/jsonlines, text/plain (UTF-8), "
      + KServeCodec.BINARY_TYPE + ";json-header-size=N";

  /** Parses a Content-Type header; a missing one means JSON, as SageMaker's default. */
  public static InputFormat of(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return JSON;
    }
    String[] parts = contentType.split(";", -1);
    String type = parts[0].trim().toLowerCase(Locale.ROOT);
    checkCharset(parts, contentType);
    if (MediaTypes.JSON.contains(type)) {
      return JSON;
    }
    if (MediaTypes.JSON_LINES.contains(type)) {
      return JSON_LINES;
    }
    return switch (type) {
      case "text/plain" -> TEXT;
      case FORM_TYPE -> FORM;
      case KServeCodec.BINARY_TYPE -> V2_BINARY;
      default -> throw unsupported(contentType);
    };
  }

  private static void checkCharset(String[] parts, String header) {
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].trim().toLowerCase(Locale.ROOT);
      if (p.startsWith("charset=")) {
        String cs = p.substring(8).replace("\"", "").trim();
        if (!cs.equals("utf-8") && !cs.equals("utf8") && !cs.equals("us-ascii")) {
          throw new ApiException(
              415, "unsupported_charset",
              "Content-Type " + ApiException.quote(header) + " names a charset other than UTF-8.",
              "Encode the body as UTF-8 and send charset=utf-8 or no charset.");
        }
      }
    }
  }

  private static ApiException unsupported(String contentType) {
    String hint = "Use one of: " + SUPPORTED + ".";
    return new ApiException(
        415, "unsupported_media_type",
        "Content-Type " + ApiException.quote(contentType) + " is not supported.",
        hint);
  }
}
