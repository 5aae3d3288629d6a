package io.nerbyoc.spacy.text;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles a Python {@code re} pattern (as spaCy's tokenizer file stores it) to a Java pattern
 * with the same meaning for the constructs spaCy's punctuation rules use: {@code \UXXXXXXXX}
 * escapes, {@code \Z}, named groups, a literal {@code [} or {@code &} inside a character class
 * (Java would read a nested class or an intersection), Unicode {@code \w \d \s \b}, and {@code $}
 * matching only before a final {@code \n}.
 */
public final class PyRegex {
  private PyRegex() {}

  public static Pattern compile(String python) {
    String java = translate(python);
    try {
      return Pattern.compile(java, Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNIX_LINES);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("the Python pattern cannot be translated to Java: " + e.getDescription()
          + " near index " + e.getIndex(), e);
    }
  }

  /**
   * Whether every top-level alternative of the Python pattern starts with {@code ^}: then a
   * search is a match at the start, which Java does without trying every later position.
   */
  /** The index of the ']' closing the class opened at {@code open}, Python's rules; -1 if none. */
  private static int classEnd(String p, int open) {
    int i = open + 1;
    if (i < p.length() && p.charAt(i) == '^') {
      i++;
    }
    if (i < p.length() && p.charAt(i) == ']') {
      i++;
    }
    while (i < p.length()) {
      char c = p.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == ']') {
        return i;
      } else {
        i++;
      }
    }
    return -1;
  }

  public static boolean anchoredAtStart(String p) {
    int depth = 0;
    boolean inClass = false;
    boolean atAlternativeStart = true;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (atAlternativeStart) {
        if (c != '^') {
          return false;
        }
        atAlternativeStart = false;
      }
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
        if (i + 1 < p.length() && p.charAt(i + 1) == ']') {
          i++;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        atAlternativeStart = true;
      }
    }
    return !atAlternativeStart;
  }

  static String translate(String p) {
    // Case-insensitive matching folds case per range; the class tree's bounds would not.
    boolean caseInsensitive = p.contains("(?i") || p.matches("(?s).*\\(\\?[a-zA-Z]*i[a-zA-Z]*[:)].*");
    StringBuilder out = new StringBuilder(p.length() + 16);
    boolean inClass = false;
    int i = 0;
    while (i < p.length()) {
      char c = p.charAt(i);
      if (c == '\\' && i + 1 < p.length()) {
        char n = p.charAt(i + 1);
        if (n == 'U' && i + 10 <= p.length()) {
          out.append("\\x{").append(p, i + 2, i + 10).append('}');
          i += 10;
        } else if (n == 'Z') {
          out.append("\\z");
          i += 2;
        } else {
          out.append(c).append(n);
          i += 2;
        }
        continue;
      }
      if (inClass) {
        if (c == ']') {
          inClass = false;
          out.append(c);
        } else if (c == '[' || c == '&') {
          out.append('\\').append(c);
        } else {
          out.append(c);
        }
        i++;
        continue;
      }
      if (c == '[' && !caseInsensitive) {
        int end = classEnd(p, i);
        String tree = end < 0 ? null : CharClassTree.rewrite(p.substring(i + 1, end));
        if (tree != null) {
          out.append(tree);
          i = end + 1;
          continue;
        }
      }
      if (c == '[') {
        inClass = true;
        out.append(c);
        i++;
        if (i < p.length() && p.charAt(i) == '^') {
          out.append('^');
          i++;
        }
        if (i < p.length() && p.charAt(i) == ']') { // a leading ']' is literal in Python
          out.append("\\]");
          i++;
        }
        continue;
      }
      if (c == '(' && p.startsWith("(?P<", i)) {
        out.append("(?<");
        i += 4;
        continue;
      }
      if (c == '(' && p.startsWith("(?P=", i)) {
        int close = p.indexOf(')', i);
        out.append("\\k<").append(p, i + 4, close).append('>');
        i = close + 1;
        continue;
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }
}
