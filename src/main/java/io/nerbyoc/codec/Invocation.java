package io.nerbyoc.codec;

import io.nerbyoc.core.ApiException;
import io.nerbyoc.core.RequestOptions;
import java.util.List;

/** A decoded /invocations request: its documents (or per-line errors) and the response shape. */
public record Invocation(Shape shape, List<Item> items, String id) {

  public Invocation(Shape shape, List<Item> items) {
    this(shape, items, null);
  }

  /** Whether a failed document is answered in its place (batch shapes) rather than failing the request. */
  public boolean answersErrorsInPlace() {
    return shape == Shape.LINES || shape == Shape.V2 || shape == Shape.V2_BINARY;
  }

  /** Which request form arrived, so the response can mirror it. */
  public enum Shape {
    /** {"text": ...}, text/plain, or a bare JSON string. */
    SINGLE,
    /** {"texts": [...]}. */
    TEXTS,
    /** {"input": ...}, the spaCy BYOC sample's format. */
    LEGACY,
    /** JSON Lines: one result line per input line. */
    LINES,
    /** KServe v2 / Triton inference protocol, JSON. */
    V2,
    /** KServe v2 with the binary tensor extension. */
    V2_BINARY
  }

  /** One document to recognize, or the error that replaces it (a bad JSON Lines line). */
  public record Item(String text, RequestOptions options, ApiException error) {
    public static Item ok(String text, RequestOptions options) {
      return new Item(text, options, null);
    }

    public static Item failed(ApiException error) {
      return new Item(null, null, error);
    }
  }

  public Invocation {
    items = List.copyOf(items);
  }
}
