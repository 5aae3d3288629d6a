package io.nerbyoc.values;

import io.nerbyoc.core.Entity;
import io.nerbyoc.core.Value;
import io.nerbyoc.lists.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Bare "degrees" of arc. Alone, "degrees" is of heat or of arc and gets no unit (docs/VALUES.md);
 * after a word of turning or of an angle ("rotate 90 degrees", "turn left 45 degrees", "an angle
 * of 30 degrees") it can only be of arc, UCUM's {@code deg}. Looks at most three words back, in
 * the entity's sentence, and never past a number ("turn 3 times to 90 degrees" says nothing of these).
 */
final class Angles {
  private Angles() {}

  /** Verbs and nouns of turning and of angles, lower case (lists/angle-cues.txt). */
  private static final Set<String> CUES = WordLists.set(Angles.class, "angle-cues");
  private static final int REACH = 3;

  /** {@code entities} (code point offsets into {@code text}) with "degrees" of arc given their unit. */
  static List<Entity> attach(String text, List<Entity> entities) {
    List<Entity> out = null;
    io.nerbyoc.core.CodePoints at = null;
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      if (!e.label().equals("QUANTITY") || !(e.value() instanceof Value.Amount a) || a.unit() != null) {
        continue;
      }
      List<String> own = Words.of(e.text()).list();
      String last = own.isEmpty() ? "" : own.get(own.size() - 1);
      if (!last.equals("degrees") && !last.equals("degree")) {
        continue;
      }
      at = at == null ? io.nerbyoc.core.CodePoints.of(text) : at;
      int s = at.toUtf16(e.start());
      if (s < 0 || s > text.length() || !cued(text.substring(Math.max(0, s - 60), s))) {
        continue;
      }
      out = out == null ? new ArrayList<>(entities) : out;
      out.set(i, e.withValue(new Value.Amount(a.start(), a.end(), "deg")));
    }
    return out == null ? entities : out;
  }

  /** True when one of the last {@link #REACH} words of {@code before} is a cue, with no sentence end or number between. */
  static boolean cued(String before) {
    String[] words = before.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}.!?]+");
    for (int k = words.length - 1, seen = 0; k >= 0 && seen < REACH; k--) {
      String w = words[k];
      if (w.isEmpty()) {
        continue;
      }
      if (w.endsWith(".") || w.endsWith("!") || w.endsWith("?") || Character.isDigit(w.charAt(0))) {
        return false;
      }
      if (CUES.contains(w)) {
        return true;
      }
      seen++;
    }
    return false;
  }
}
