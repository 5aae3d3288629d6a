package io.nerbyoc.spacy.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON values spaCy's own files hold (the moves table, config.cfg values, meta.json):
 * objects as ordered maps, arrays as lists, numbers as Long or Double. Here rather than through
 * the project's JSON codec because the engine reads spaCy's formats on their own terms (config
 * values are Python-flavoured: {@code true}/{@code True}, {@code null}/{@code None}).
 */
public final class MiniJson {
  private final String s;
  private int i;

  private MiniJson(String s) {
    this.s = s;
  }

  public static Object parse(String text) throws IOException {
    MiniJson p = new MiniJson(text);
    p.ws();
    Object v = p.value();
    p.ws();
    if (p.i != text.length()) {
      throw p.error("unexpected text after the value");
    }
    return v;
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> parseObject(String text) throws IOException {
    Object v = parse(text);
    if (!(v instanceof Map)) {
      throw new IOException("expected a JSON object");
    }
    return (Map<String, Object>) v;
  }

  private Object value() throws IOException {
    if (i >= s.length()) {
      throw error("unexpected end");
    }
    char c = s.charAt(i);
    if (c == '{') {
      return object();
    }
    if (c == '[') {
      return array();
    }
    if (c == '"' || c == '\'') {
      return string(c);
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      return number();
    }
    for (String word : new String[] {"true", "True", "false", "False", "null", "None"}) {
      if (s.startsWith(word, i)) {
        i += word.length();
        return word.equalsIgnoreCase("true") ? Boolean.TRUE : word.equalsIgnoreCase("false") ? Boolean.FALSE : null;
      }
    }
    throw error("unexpected character '" + c + "'");
  }

  private Map<String, Object> object() throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    i++;
    ws();
    if (peek('}')) {
      i++;
      return m;
    }
    while (true) {
      ws();
      if (i >= s.length() || (s.charAt(i) != '"' && s.charAt(i) != '\'')) {
        throw error("expected a quoted key");
      }
      String k = string(s.charAt(i));
      ws();
      expect(':');
      ws();
      m.put(k, value());
      ws();
      if (peek(',')) {
        i++;
        continue;
      }
      expect('}');
      return m;
    }
  }

  private List<Object> array() throws IOException {
    List<Object> l = new ArrayList<>();
    i++;
    ws();
    if (peek(']')) {
      i++;
      return l;
    }
    while (true) {
      ws();
      l.add(value());
      ws();
      if (peek(',')) {
        i++;
        ws();
        if (peek(']')) { // Python lists may end with a comma
          i++;
          return l;
        }
        continue;
      }
      expect(']');
      return l;
    }
  }

  private String string(char quote) throws IOException {
    StringBuilder b = new StringBuilder();
    i++;
    while (i < s.length()) {
      char c = s.charAt(i++);
      if (c == quote) {
        return b.toString();
      }
      if (c != '\\') {
        b.append(c);
        continue;
      }
      if (i >= s.length()) {
        break;
      }
      char e = s.charAt(i++);
      switch (e) {
        case 'n' -> b.append('\n');
        case 't' -> b.append('\t');
        case 'r' -> b.append('\r');
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'u' -> {
          if (i + 4 > s.length()) {
            throw error("cut-off \\u escape");
          }
          b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
          i += 4;
        }
        default -> b.append(e);
      }
    }
    throw error("unterminated string");
  }

  private Object number() {
    int start = i;
    if (s.charAt(i) == '-') {
      i++;
    }
    boolean real = false;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        i++;
      } else if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
        real = true;
        i++;
      } else {
        break;
      }
    }
    String t = s.substring(start, i);
    return real ? (Object) Double.parseDouble(t) : (Object) Long.parseLong(t);
  }

  private void ws() {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
  }

  private boolean peek(char c) {
    return i < s.length() && s.charAt(i) == c;
  }

  private void expect(char c) throws IOException {
    if (!peek(c)) {
      throw error("expected '" + c + "'");
    }
    i++;
  }

  private IOException error(String what) {
    return new IOException(what + " at character " + i + " of " + (s.length() > 80 ? s.substring(0, 80) + "..." : s));
  }
}
