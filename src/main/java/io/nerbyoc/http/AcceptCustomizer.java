package io.nerbyoc.http;

import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * Moves the Accept header out of Spark's sight into a request attribute, before routing.
 *
 * <p>Spark matches routes by Accept too: a route registered without an accept type stands for
 * "*&#47;*", and {@code Routes.find} keeps it only if {@code MimeParse.bestMatch} finds it
 * acceptable. So {@code Accept: application/json;q=0} dropped every route (a 404 for POST
 * /invocations) and an unparsable Accept such as {@code ;} threw inside Spark before any of our
 * handlers ran (an empty 500). Negotiation is ours ({@code OutputFormat.of}); Spark never sees it.
 */
final class AcceptCustomizer implements HttpConfiguration.Customizer {
  /** The client's Accept header (all of them joined, as RFC 9110 allows), or absent. */
  static final String ATTRIBUTE = "io.nerbyoc.accept";

  @Override
  public void customize(Connector connector, HttpConfiguration config, Request request) {
    HttpFields fields = request.getHttpFields();
    List<String> values = fields.getValuesList(HttpHeader.ACCEPT);
    if (!values.isEmpty()) {
      request.setAttribute(ATTRIBUTE, String.join(", ", values));
      fields.remove(HttpHeader.ACCEPT);
    }
  }
}
