package io.nerbyoc.codec;

import io.nerbyoc.core.ApiException;
import io.nerbyoc.core.MediaTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Response formats, chosen from the Accept header. */
public enum OutputFormat {
  JSON("application/json", MediaTypes.JSON, "application"),
  JSON_LINES("application/jsonlines", MediaTypes.JSON_LINES, "application"),
  HTML("text/html; charset=utf-8", MediaTypes.HTML, "text");

  /**
   * For the HTML page: it has inline styles and nothing else (no scripts, images, fonts or
   * fetches), so everything else is refused if the page is ever opened with hostile text in it.
   */
  public static final String HTML_CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private final String contentType;
  private final Set<String> names;
  private final String family;

  OutputFormat(String contentType, Set<String> names, String family) {
    this.contentType = contentType;
    this.names = names;
    this.family = family;
  }

  public String contentType() {
    return contentType;
  }

  /** One media range of an Accept header. */
  private record Range(String type, double q, int index) {
    /** How closely this range names {@code f}: 2 exactly, 1 as "type/star", 0 as "star/star", -1 not at all. */
    int specificity(OutputFormat f) {
      if (f.names.contains(type)) {
        return 2;
      }
      if (type.equals(f.family + "/*")) {
        return 1;
      }
      return type.equals("*/*") ? 0 : -1;
    }
  }

  /** The range that applies to one format (the most specific one naming it) and how specific it is. */
  private record Match(OutputFormat format, double q, int specificity, int index) {}

  /**
   * Content negotiation with q-values (RFC 9110 12.5.1). Each format takes the q of the most
   * specific range that names it; {@code q=0} excludes it; the highest q wins, then the more
   * specific range, then the earlier range, then {@code fallback}. One exception, for HTML: a
   * client that accepts anything ("star/star") is a program, even when it lists text/html first
   * (Java's default Accept does, with the wildcard at q=.2), so HTML is chosen over an acceptable
   * JSON format only when that JSON format is named explicitly and HTML's q is strictly higher,
   * or when the configured default is HTML. A missing
   * header, or one with no media range in it, gives {@code fallback}: JSON Lines for a JSON
   * Lines request (batch transform), else the configured default.
   */
  public static OutputFormat of(String accept, OutputFormat fallback) {
    List<Range> ranges = parse(accept);
    if (ranges.isEmpty()) {
      return fallback;
    }
    Match best = null;
    Match machine = null; // the best acceptable JSON or JSON Lines
    for (OutputFormat f : values()) {
      Match m = match(f, ranges);
      if (m == null || m.q() <= 0) {
        continue;
      }
      if (better(m, best, fallback)) {
        best = m;
      }
      if (f != HTML && better(m, machine, fallback)) {
        machine = m;
      }
    }
    if (best == null) {
      throw new ApiException(
          406, "not_acceptable",
          "Accept " + ApiException.quote(accept) + " names no format this server produces (or excludes them with q=0).",
          "Use one of: application/json, application/jsonlines, text/html.");
    }
    if (best.format() == HTML && fallback != HTML && machine != null
        && (machine.specificity() == 0 || machine.q() >= best.q())) {
      return machine.format();
    }
    return best.format();
  }

  private static Match match(OutputFormat f, List<Range> ranges) {
    Match m = null;
    for (Range r : ranges) {
      int s = r.specificity(f);
      if (s >= 0 && (m == null || s > m.specificity())) {
        m = new Match(f, r.q(), s, r.index());
      }
    }
    return m;
  }

  private static boolean better(Match a, Match b, OutputFormat fallback) {
    if (b == null) {
      return true;
    }
    if (a.q() != b.q()) {
      return a.q() > b.q();
    }
    if (a.specificity() != b.specificity()) {
      return a.specificity() > b.specificity();
    }
    if (a.index() != b.index()) {
      return a.index() < b.index();
    }
    return a.format() == fallback; // same range (a wildcard): the default format
  }

  /** Media ranges in header order; empty elements are skipped, a bare "star" means "star/star". */
  private static List<Range> parse(String accept) {
    List<Range> ranges = new ArrayList<>();
    if (accept == null) {
      return ranges;
    }
    for (String element : accept.split(",")) {
      String[] parts = element.split(";");
      String type = parts.length == 0 ? "" : parts[0].trim().toLowerCase(Locale.ROOT);
      if (type.isEmpty()) {
        continue;
      }
      if (type.equals("*")) {
        type = "*/*";
      }
      ranges.add(new Range(type, quality(parts), ranges.size()));
    }
    return ranges;
  }

  /** The q parameter; a missing or unreadable one counts as 1, as lenient servers do. */
  private static double quality(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].trim().toLowerCase(Locale.ROOT);
      if (p.startsWith("q=")) {
        try {
          double q = Double.parseDouble(p.substring(2).trim());
          return Double.isNaN(q) ? 1 : Math.max(0, Math.min(1, q));
        } catch (NumberFormatException e) {
          return 1;
        }
      }
    }
    return 1;
  }

  /**
   * The format one media type names (SAGEMAKER_DEFAULT_INVOCATIONS_ACCEPT, which Settings has
   * already checked against {@link MediaTypes#all()}).
   */
  public static OutputFormat named(String mediaType) {
    String type = MediaTypes.essence(mediaType);
    for (OutputFormat f : values()) {
      if (f.names.contains(type)) {
        return f;
      }
    }
    throw new IllegalArgumentException("No response format is named " + ApiException.quote(mediaType));
  }
}
