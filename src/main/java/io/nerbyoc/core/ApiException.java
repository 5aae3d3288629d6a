package io.nerbyoc.core;

/**
 * A failure the caller can fix (or must wait out). Carries everything the one error shape needs:
 * HTTP status, a stable snake_case code, what went wrong, and how to fix it.
 */
public class ApiException extends RuntimeException {
  private final int status;
  private final String code;
  private final String hint;

  public ApiException(int status, String code, String message, String hint) {
    // No stack trace: these are answers to the client, thousands per batch request at times.
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.hint = hint;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String hint() {
    return hint;
  }

  public static ApiException badRequest(String code, String message, String hint) {
    return new ApiException(400, code, message, hint);
  }

  /** Quotes a user value in a message, cut short so error bodies stay small. */
  public static String quote(String value) {
    if (value == null) {
      return "null";
    }
    String v = value.length() > 80 ? value.substring(0, 77) + "..." : value;
    return "'" + v.replaceAll("\\p{Cntrl}", "?") + "'";
  }
}
