package io.nerbyoc.patterns;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One element of a token pattern: attribute tests that must all hold, and how often the element
 * may repeat ({@code OP}).
 */
public record TokenSpec(List<Test> tests, Op op) {

  /** spaCy's quantifiers; ONE when OP is absent. */
  public enum Op {
    ONE, OPTIONAL, STAR, PLUS, NOT;

    public static Op parse(String op) {
      return switch (op) {
        case "?" -> OPTIONAL;
        case "*" -> STAR;
        case "+" -> PLUS;
        case "!" -> NOT;
        case "1" -> ONE;
        default -> throw new IllegalArgumentException("OP must be one of ? * + ! 1, not '" + op + "'");
      };
    }
  }

  /** One attribute test. */
  public sealed interface Test permits Equals, Flag, Regex {
    boolean test(TokenView t);
  }

  /** ORTH/TEXT, LOWER or SHAPE equal to a string. */
  public record Equals(Attr attr, String value) implements Test {
    @Override
    public boolean test(TokenView t) {
      return switch (attr) {
        case ORTH, TEXT -> t.text().equals(value);
        case LOWER -> t.lower().equals(value);
        case SHAPE -> t.shape().equals(value);
        default -> false;
      };
    }
  }

  /** IS_DIGIT, IS_TITLE, IS_UPPER true or false. */
  public record Flag(Attr attr, boolean value) implements Test {
    @Override
    public boolean test(TokenView t) {
      boolean v = switch (attr) {
        case IS_DIGIT -> t.digit();
        case IS_TITLE -> t.title();
        case IS_UPPER -> t.upper();
        default -> false;
      };
      return v == value;
    }
  }

  /** REGEX: a Java regex searched in the token text (spaCy uses re.search). */
  public record Regex(Pattern pattern) implements Test {
    @Override
    public boolean test(TokenView t) {
      return pattern.matcher(t.text()).find();
    }
  }

  /** The attributes a token pattern may use. */
  public enum Attr {
    ORTH, TEXT, LOWER, SHAPE, IS_DIGIT, IS_TITLE, IS_UPPER, REGEX
  }

  public TokenSpec {
    tests = List.copyOf(tests);
  }

  /** Whether the tests hold; for NOT, whether they do not. */
  public boolean matches(TokenView t) {
    boolean all = true;
    for (Test x : tests) {
      if (!x.test(t)) {
        all = false;
        break;
      }
    }
    return op == Op.NOT ? !all : all;
  }

  /** The literal lower-cased first-token text when the spec pins one, for indexing; else null. */
  String literalLower() {
    if (op != Op.ONE && op != Op.PLUS) {
      return null;
    }
    for (Test x : tests) {
      if (x instanceof Equals e && (e.attr() == Attr.ORTH || e.attr() == Attr.TEXT || e.attr() == Attr.LOWER)) {
        return e.value().toLowerCase(java.util.Locale.ROOT);
      }
    }
    return null;
  }
}
