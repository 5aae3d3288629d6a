package io.nerbyoc.serve;

import io.nerbyoc.codec.CustomAttributes;
import io.nerbyoc.codec.InputFormat;
import io.nerbyoc.codec.JsonLines;
import io.nerbyoc.codec.KServeCodec;
import io.nerbyoc.codec.Invocation;
import io.nerbyoc.codec.Invocation.Item;
import io.nerbyoc.codec.Invocation.Shape;
import io.nerbyoc.codec.OutputFormat;
import io.nerbyoc.codec.RequestDecoder;
import io.nerbyoc.codec.ResponseEncoder;
import io.nerbyoc.codec.Result;
import io.nerbyoc.config.Settings;
import io.nerbyoc.core.ApiException;
import io.nerbyoc.core.Doc;
import io.nerbyoc.core.Entity;
import io.nerbyoc.core.Recognizer;
import io.nerbyoc.core.RequestOptions;
import io.nerbyoc.values.ValueResolver;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The /invocations pipeline: negotiate → decode → check limits → recognize → encode. */
public final class Invocations {
  private static final Logger LOG = LoggerFactory.getLogger(Invocations.class);
  /** One per process: a bug that every document of a batch trips logs its stack once a minute. */
  public static final FailureLog FAILURES = new FailureLog(LOG);
  /** The model name in KServe v2 responses. */
  static final String MODEL_NAME = "ner";

  private final Settings settings;
  private final Recognizer recognizer;
  private final WorkerPool pool;
  private final OutputFormat defaultOutput;
  /** The model's native labels, against which a request's "labels" filter is checked. */
  private final java.util.Set<String> modelLabels;
  /** NER_LABEL_SCHEME when set, else the model's own default (a trained model: its own label names). */
  private final io.nerbyoc.core.LabelScheme defaultScheme;

  public Invocations(Settings settings, Recognizer recognizer, WorkerPool pool) {
    this.settings = settings;
    this.recognizer = recognizer;
    this.pool = pool;
    this.defaultOutput = OutputFormat.named(settings.defaultAccept());
    this.modelLabels = java.util.Set.copyOf(recognizer.labels());
    this.defaultScheme = settings.labelScheme() != null ? settings.labelScheme() : recognizer.defaultScheme();
  }

  public Response handle(byte[] body, String contentType, String accept, String customAttributes) {
    long budget = TimeUnit.SECONDS.toNanos(settings.requestTimeoutSeconds());
    // Recognition stops a little before the timeout so that decoding and writing the answer (tens
    // of thousands of lines at times) also fit in it: 10 % of the timeout, at most 3 s.
    long deadline = System.nanoTime() + budget - Math.min(TimeUnit.SECONDS.toNanos(3), budget / 10);
    InputFormat in = InputFormat.of(contentType);
    OutputFormat out = OutputFormat.of(accept, in == InputFormat.JSON_LINES ? OutputFormat.JSON_LINES : defaultOutput);
    checkPayload(body.length);
    if (in == InputFormat.JSON_LINES) {
      checkDocumentCount(JsonLines.count(body));
    }
    RequestOptions options = CustomAttributes.apply(customAttributes, RequestOptions.of(defaultScheme));
    Invocation inv = checkLabels(RequestDecoder.decode(body, in, contentType, options));
    checkCounts(inv);
    List<Result> results = recognize(inv, deadline, LocalDateTime.now(ZoneOffset.UTC));
    if (inv.shape() == Shape.V2 || inv.shape() == Shape.V2_BINARY) {
      KServeCodec.Encoded e = KServeCodec.encode(inv, results, MODEL_NAME);
      return new Response(200, e.contentType(), e.body());
    }
    return new Response(200, out.contentType(), ResponseEncoder.encode(inv.shape(), results, out));
  }

  /** A "labels" filter that can never match is a 400 {@code unknown_label} (in place for batch shapes). */
  private Invocation checkLabels(Invocation inv) {
    List<Item> out = null;
    RequestOptions checked = null; // the lines of a batch usually share one options object
    for (int i = 0; i < inv.items().size(); i++) {
      Item it = inv.items().get(i);
      if (it.error() != null || it.options() == checked) {
        continue;
      }
      try {
        it.options().checkLabels(modelLabels);
        checked = it.options();
      } catch (ApiException e) {
        if (!inv.answersErrorsInPlace()) {
          throw e;
        }
        out = out == null ? new ArrayList<>(inv.items()) : out;
        out.set(i, Item.failed(e));
      }
    }
    return out == null ? inv : new Invocation(inv.shape(), out, inv.id());
  }

  private void checkPayload(long bytes) {
    if (bytes > settings.maxPayloadBytes()) {
      throw payloadTooLarge(bytes, settings.maxPayloadBytes());
    }
  }

  private static ApiException payloadTooLarge(long bytes, long limit) {
    return new ApiException(
        413, "payload_too_large",
        "The request body has " + bytes + " bytes; the limit is " + limit + ".",
        "Split the input into smaller requests (batch transform: lower MaxPayloadInMB), or raise NER_MAX_PAYLOAD_BYTES.");
  }

  private void checkCounts(Invocation inv) {
    if (inv.items().isEmpty()) {
      throw ApiException.badRequest(
          "empty_request", "The request contains no documents.", "Send at least one text.");
    }
    checkDocumentCount(inv.items().size());
  }

  /** Also run on the raw line count before parsing, so a flood of junk lines costs nothing. */
  private void checkDocumentCount(int documents) {
    if (documents > settings.maxDocuments()) {
      throw new ApiException(
          413, "too_many_documents",
          "The request has " + documents + " documents; the limit is " + settings.maxDocuments() + ".",
          "Send fewer documents per request, or raise NER_MAX_DOCUMENTS.");
    }
  }

  private ApiException tooLong(String text) {
    return new ApiException(
        413, "document_too_long",
        "A document has " + text.length() + " characters; the limit is " + settings.maxTextChars() + ".",
        "Split long documents (for example by paragraph), or raise NER_MAX_TEXT_CHARS.");
  }

  /** {@code arrival}: what relative dates resolve against when a request names no reference_date. */
  private List<Result> recognize(Invocation inv, long deadline, LocalDateTime arrival) {
    List<Item> items = new ArrayList<>(inv.items());
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      if (it.error() == null && it.text().length() > settings.maxTextChars()) {
        if (!inv.answersErrorsInPlace()) {
          throw tooLong(it.text());
        }
        items.set(i, Item.failed(tooLong(it.text())));
      }
    }
    List<String> texts = items.stream().filter(it -> it.error() == null).map(Item::text).toList();
    List<WorkerPool.Outcome> outcomes = texts.isEmpty() ? List.of() : pool.recognize(recognizer, texts, deadline);
    List<Result> results = new ArrayList<>(items.size());
    int k = 0;
    int timedOut = 0;
    for (Item it : items) {
      if (it.error() != null) {
        results.add(Result.failed(it.error()));
        continue;
      }
      WorkerPool.Outcome o = outcomes.get(k++);
      if (o.timedOut()) {
        // Batch shapes answer every finished document and a timeout in place of each other one.
        if (!inv.answersErrorsInPlace() && inv.shape() != Shape.TEXTS) {
          throw timeout();
        }
        timedOut++;
        results.add(Result.failed(timeout()));
      } else if (o.failure() != null) {
        FAILURES.failed(o.failure(), "Recognition failed on a document of {} characters", it.text().length());
        // Only a request of one document fails with it: every batch shape answers the others.
        if (!inv.answersErrorsInPlace() && inv.shape() != Shape.TEXTS) {
          throw internalError();
        }
        results.add(Result.failed(internalError()));
      } else {
        results.add(Result.of(new Doc(it.text(), it.options().apply(withValues(it.text(), o.entities(), it.options(), arrival)))));
      }
    }
    if (timedOut > 0) {
      LOG.warn("Request deadline reached: {} of {} documents answered, {} answered with a timeout error",
          texts.size() - timedOut, texts.size(), timedOut);
    }
    return results;
  }

  /**
   * Values are read from the finished entities' texts, so they can never change which spans are
   * returned; a bug in reading them costs the document its values, not its answer.
   */
  private static List<Entity> withValues(String text, List<Entity> entities, RequestOptions options, LocalDateTime arrival) {
    if (!options.values()) {
      return entities;
    }
    try {
      return ValueResolver.attach(text, entities, options.referenceDate() != null ? options.referenceDate() : arrival);
    } catch (RuntimeException e) {
      LOG.error("Values failed on a document of {} entities; answered without values", entities.size(), e);
      return entities;
    }
  }

  static ApiException timeout() {
    return new ApiException(
        503, "timeout",
        "The request did not finish within the request timeout.",
        "Send fewer or shorter documents per request, or raise NER_REQUEST_TIMEOUT_S.");
  }

  public static ApiException internalError() {
    return new ApiException(
        500, "internal_error",
        "The server failed on this input; this is a bug in the server, not in the request.",
        "Retry once; if it persists, report it with the requestId and the server log.");
  }
}
