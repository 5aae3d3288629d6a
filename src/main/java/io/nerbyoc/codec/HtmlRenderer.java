package io.nerbyoc.codec;

import io.nerbyoc.core.Doc;
import io.nerbyoc.core.Entity;
import java.util.List;

/** A self-contained page in the style of spaCy's displaCy "ent" view: no scripts, no fetches. */
final class HtmlRenderer {
  private static final String STYLE =
      "body{font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;line-height:2.5;"
          + "max-width:60em;margin:2em auto;padding:0 1em;color:#222}"
          + ".doc{border-bottom:1px solid #ddd;padding:1em 0;white-space:pre-wrap}"
          + "mark{padding:0.25em 0.4em;margin:0 0.15em;border-radius:0.35em;line-height:1}"
          + "mark span{font-size:0.65em;font-weight:bold;text-transform:uppercase;margin-left:0.5em;"
          + "vertical-align:middle}.error{color:#b00}";

  private HtmlRenderer() {}

  static String render(List<Result> results) {
    StringBuilder sb = new StringBuilder(1024);
    sb.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Named entities</title><style>").append(STYLE).append("</style></head><body>");
    for (Result r : results) {
      if (r.error() != null) {
        sb.append("<div class=\"doc error\">").append(escape(r.error().getMessage())).append("</div>");
      } else {
        doc(sb, r.doc());
      }
    }
    return sb.append("</body></html>").toString();
  }

  private static void doc(StringBuilder sb, Doc d) {
    String text = d.text();
    sb.append("<div class=\"doc\">");
    int pos = 0; // UTF-16 index into text
    int cp = 0; // code point index matching pos
    for (Entity e : d.ents()) {
      int start = text.offsetByCodePoints(pos, e.start() - cp);
      int end = text.offsetByCodePoints(start, e.end() - e.start());
      sb.append(escape(text.substring(pos, start)));
      sb.append("<mark style=\"background:").append(color(e.label())).append("\">")
          .append(escape(text.substring(start, end)))
          .append("<span>").append(escape(e.label())).append("</span></mark>");
      pos = end;
      cp = e.end();
    }
    sb.append(escape(text.substring(pos))).append("</div>");
  }

  /** displaCy's palette for the common labels, a stable pastel for the rest. */
  static String color(String label) {
    return switch (label) {
      case "PERSON", "PER" -> "#aa9cfc";
      case "ORG" -> "#7aecec";
      case "GPE", "LOC" -> "#feca74";
      case "NORP" -> "#c887fb";
      case "DATE", "TIME" -> "#bfe1d9";
      case "MONEY", "PERCENT" -> "#e4e7d2";
      case "CARDINAL", "ORDINAL" -> "#e4e7d2";
      case "EVENT", "WORK_OF_ART" -> "#ffeb80";
      default -> "hsl(" + Math.floorMod(label.hashCode(), 360) + ",70%,85%)";
    };
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
