package io.nerbyoc.codec;

import com.google.gson.stream.JsonWriter;
import io.nerbyoc.core.ApiException;
import java.io.IOException;

/**
 * The one error shape: {@code {"status", "code", "message", "hint", "requestId"}}, kept under 2 KB
 * because SageMaker passes at most that much back to the caller as ModelError.
 */
public final class ErrorCodec {
  static final int MAX_TEXT = 700;

  private ErrorCodec() {}

  public static byte[] encode(ApiException e, String requestId) {
    return ResponseEncoder.write(w -> fields(w, e, requestId));
  }

  static void fields(JsonWriter w, ApiException e, String requestId) throws IOException {
    w.beginObject()
        .name("status").value(e.status())
        .name("code").value(e.code())
        .name("message").value(cut(e.getMessage()))
        .name("hint").value(cut(e.hint()));
    if (requestId != null) {
      w.name("requestId").value(cut(requestId));
    }
    w.endObject();
  }

  private static String cut(String s) {
    if (s == null) {
      return "";
    }
    return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT - 3) + "..." : s;
  }
}
