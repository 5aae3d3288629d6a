package io.nerbyoc.http;

import io.nerbyoc.codec.ErrorCodec;
import io.nerbyoc.core.ApiException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.UUID;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty's own errors (a request it cannot parse, or one that fails before Spark's handlers) in
 * the service's JSON error shape instead of Jetty's HTML page. nginx rejects malformed HTTP
 * first, so this is the second line.
 */
final class JsonErrorHandler extends ErrorHandler {
  private static final Logger LOG = LoggerFactory.getLogger(JsonErrorHandler.class);
  private static final String JSON = "application/json";

  JsonErrorHandler() {
    setShowStacks(false);
    setShowServlet(false);
  }

  /** Requests Jetty rejects while parsing: no request object exists yet. */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
    String requestId = UUID.randomUUID().toString();
    LOG.info("HTTP parser rejected a request: {} {} (requestId {})", status, reason, requestId);
    fields.put(HttpHeader.CONTENT_TYPE, JSON);
    return ByteBuffer.wrap(ErrorCodec.encode(error(status), requestId));
  }

  @Override
  public boolean errorPageForMethod(String method) {
    return true; // every method gets a body, not only GET/POST/HEAD
  }

  @Override
  protected void generateAcceptableResponse(
      Request baseRequest, HttpServletRequest request, HttpServletResponse response, int code, String message)
      throws IOException {
    baseRequest.setHandled(true);
    String id = request.getHeader("X-Request-Id");
    byte[] body = ErrorCodec.encode(error(code), id != null ? id : UUID.randomUUID().toString());
    response.setContentType(JSON);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** What each status Jetty may produce tells the client; never Jetty's reason text. */
  static ApiException error(int status) {
    return switch (status) {
      case 404 -> new ApiException(404, "not_found", "No resource at this path.",
          "Use GET /ping, POST /invocations or GET /execution-parameters.");
      case 405 -> new ApiException(405, "method_not_allowed", "This method is not allowed here.",
          "Use GET /ping, POST /invocations or GET /execution-parameters.");
      case 413 -> new ApiException(413, "payload_too_large", "The request body is too large.",
          "Split the input into smaller requests, or raise NER_MAX_PAYLOAD_BYTES.");
      case 414 -> new ApiException(414, "uri_too_long", "The request URI is too long.",
          "Use the plain paths (/ping, /invocations) and send the input in the body.");
      case 431 -> new ApiException(431, "headers_too_large", "The request headers are too large.",
          "Keep each header and the request line under 16 KB.");
      case 505 -> new ApiException(505, "http_version_not_supported", "This HTTP version is not supported.",
          "Use HTTP/1.1 (or 1.0).");
      default -> status >= 500
          ? new ApiException(status, "internal_error", "The HTTP server failed on this request; this is a bug, not the request.",
              "Retry once; if it persists, report it with the requestId and the container log.")
          : new ApiException(status, "bad_request", "The HTTP request is malformed.",
              "Send a well-formed HTTP/1.1 request (RFC 9112): plain path, valid header names and values.");
    };
  }
}
