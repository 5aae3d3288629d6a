package io.nerbyoc.codec;

import io.nerbyoc.core.ApiException;
import io.nerbyoc.core.Doc;

/** The answer for one document: its entities, or the error that stands in its place. */
public record Result(Doc doc, ApiException error) {
  public static Result of(Doc doc) {
    return new Result(doc, null);
  }

  public static Result failed(ApiException error) {
    return new Result(null, error);
  }
}
