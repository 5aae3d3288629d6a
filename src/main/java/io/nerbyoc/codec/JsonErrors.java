package io.nerbyoc.codec;

/** Gson's parse errors, reduced to what a user needs: the problem and its position. */
final class JsonErrors {
  private JsonErrors() {}

  /** First line, without Java class names, troubleshooting links or Gson's leniency advice. */
  static String describe(Throwable e) {
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    detail = detail.lines().findFirst().orElse("");
    int cut = detail.indexOf("See https://");
    detail = cut > 0 ? detail.substring(0, cut).trim() : detail;
    detail = detail.replaceAll("([a-z]+\\.)+[A-Za-z]*(Exception|Error): ", "")
        .replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON", "malformed JSON");
    return detail.length() > 160 ? detail.substring(0, 160) : detail;
  }
}
