package io.nerbyoc.codec;

import io.nerbyoc.core.ApiException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8: a malformed body is the caller's error, never silently replaced. */
final class Utf8 {
  private Utf8() {}

  static String decode(byte[] body) {
    int offset = body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB
        && (body[2] & 0xFF) == 0xBF ? 3 : 0; // a leading BOM is not part of the text
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body, offset, body.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      throw ApiException.badRequest(
          "invalid_utf8",
          "The request body is not valid UTF-8.",
          "Encode the text as UTF-8 before sending it.");
    }
  }

  /** Rejects unpaired surrogates (possible through JSON \\u escapes): they have no UTF-8 form. */
  static void checkSurrogates(String text, String where) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw ApiException.badRequest(
            "invalid_text",
            where + " contains an unpaired surrogate (\\u" + Integer.toHexString(c) + ") at UTF-16 offset " + i + ".",
            "Send well-formed Unicode: escape astral characters as a surrogate pair or send them as UTF-8.");
      }
    }
  }
}
