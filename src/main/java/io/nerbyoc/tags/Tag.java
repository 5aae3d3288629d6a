package io.nerbyoc.tags;

/**
 * One token's tag, parsed: the token's place in its entity and the entity's label. Written as
 * {@code O}, as a prefix and a label ({@code B-PER}), or as a bare label ({@code PER}, the IO
 * scheme, read as {@code I-PER}). BILOU's {@code L-} and {@code U-} are IOBES's {@code E-} and
 * {@code S-} under other letters and read the same. The label is everything after the prefix, so
 * labels may contain '-' ({@code B-creative-work}).
 *
 * @param label null for {@link Place#OUTSIDE}
 */
public record Tag(Place place, String label) {

  /** Where a token sits in its entity. */
  public enum Place {
    OUTSIDE, BEGIN, INSIDE, END, SINGLE;

    /** Starts an entity, even right after one of the same label. */
    boolean begins() {
      return this == BEGIN || this == SINGLE;
    }

    /** Is the entity's last token. */
    boolean ends() {
      return this == END || this == SINGLE;
    }
  }

  public static final String OUTSIDE_TAG = "O";
  public static final Tag OUTSIDE = new Tag(Place.OUTSIDE, null);

  public Tag {
    if ((place == Place.OUTSIDE) != (label == null)) {
      throw new IllegalArgumentException("an outside tag has no label, any other has one: " + place + " " + label);
    }
  }

  /**
   * Never fails, for the output of models: anything that is not {@code O} or a known prefix with
   * a non-empty label ({@code X-PER}, {@code B-}) is a bare label.
   */
  public static Tag parse(String tag) {
    if (tag.equals(OUTSIDE_TAG)) {
      return OUTSIDE;
    }
    Place place = tag.length() > 2 && tag.charAt(1) == '-' ? place(tag.charAt(0)) : null;
    return place == null ? new Tag(Place.INSIDE, tag) : new Tag(place, tag.substring(2));
  }

  /**
   * As {@link #parse}, for training data, where {@code X-PER} or {@code B-} is a typo rather than
   * a label: those throw an IllegalArgumentException saying what to write instead.
   */
  public static Tag parseStrict(String tag) {
    if (tag.length() >= 2 && tag.charAt(1) == '-') {
      char prefix = tag.charAt(0);
      if (place(prefix) == null) {
        throw new IllegalArgumentException("tag '" + abbreviate(tag) + "' has an unknown prefix; use O or B-, I-, E-, S- "
            + "(or L-, U-) followed by the type, e.g. B-ORG.");
      }
      if (tag.length() == 2) {
        throw new IllegalArgumentException(
            "tag '" + tag + "' has no entity type; write it as " + prefix + "-TYPE, e.g. " + prefix + "-PER.");
      }
    }
    return parse(tag);
  }

  private static Place place(char prefix) {
    return switch (prefix) {
      case 'B' -> Place.BEGIN;
      case 'I' -> Place.INSIDE;
      case 'E', 'L' -> Place.END;
      case 'S', 'U' -> Place.SINGLE;
      default -> null;
    };
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }

  public boolean isOutside() {
    return place == Place.OUTSIDE;
  }

  /** {@code O}, or the prefix in IOBES letters (B-, I-, E-, S-) and the label. */
  @Override
  public String toString() {
    return switch (place) {
      case OUTSIDE -> OUTSIDE_TAG;
      case BEGIN -> "B-" + label;
      case INSIDE -> "I-" + label;
      case END -> "E-" + label;
      case SINGLE -> "S-" + label;
    };
  }
}
