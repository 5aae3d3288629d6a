package io.nerbyoc.values;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nerbyoc.core.Entity;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Any text under any label: the resolver answers a value or none, never an exception. */
class RobustnessTest {
  private static final String[] LABELS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "NUMBER", "CARDINAL"};
  private static final String[] WORDS = {
    "from", "to", "-", "between", "and", "the", "of", "last", "next", "this", "past", "early", "mid", "late", "end",
    "$", "€", "£", "¥", "NT$", "USD", "5", "12", "1,000", "2.5", "3/4", "½", "1990s", "'90s", "2016", "30", "31",
    "29", "Feb", "May", "June", "Monday", "Fri", "week", "weekend", "month", "year", "quarter", "Q3", "H1", "decade",
    "century", "19th", "first", "third", "twenty", "-", "five", "hundred", "million", "dozen", "a", "an", "half",
    "%", "percent", "per", "cent", "miles", "km", "square", "degrees", "Celsius", "°", "9:30", "p.m.", "am", "noon",
    "midnight", "o'clock", "morning", "night", "tonight", "ago", "old", "later", "Christmas", "Easter", "fiscal",
    "'s", ",", ".", "(", ")", "/", "more", "than", "up", "about", "minus", "-plus", "0", "00", "99999999999999999999",
    "13/13/13", "2016-02-30", "0/0", "31st", "0th", "1e5", "٣", "Ⅻ", "^", "+", "1.1^", "0^-1", "2e", "3x", "10",
    "dollars", "cents", "pence", "yen", "ft", "in", "oz", "lb", "quarter", "meeting", "or", "for", "hrs", "evening"};

  @Test
  void random_word_sequences_never_throw() {
    Random random = new Random(24);
    LocalDateTime ref = LocalDateTime.parse("2016-02-29T23:59:59");
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int n = 1 + random.nextInt(8);
      for (int k = 0; k < n; k++) {
        text.append(k > 0 && random.nextBoolean() ? " " : k > 0 ? "" : "").append(WORDS[random.nextInt(WORDS.length)]);
      }
      String label = LABELS[random.nextInt(LABELS.length)];
      try {
        ValueResolver.resolve(label, text.toString(), ref);
      } catch (RuntimeException e) {
        throw new AssertionError(label + " '" + text + "'", e);
      }
    }
  }

  @Test
  void random_documents_with_random_entities_never_throw_nor_move_a_span() {
    Random random = new Random(2024);
    LocalDateTime ref = LocalDateTime.parse("2016-02-29T23:59:59");
    for (int i = 0; i < 5_000; i++) {
      StringBuilder text = new StringBuilder();
      List<Entity> ents = new ArrayList<>();
      int n = 1 + random.nextInt(12);
      for (int k = 0; k < n; k++) {
        if (k > 0) {
          text.append(random.nextInt(5) == 0 ? ", " : random.nextInt(9) == 0 ? "\uD83D\uDE00 " : " ");
        }
        String w = WORDS[random.nextInt(WORDS.length)];
        int start = text.codePointCount(0, text.length());
        text.append(w);
        if (random.nextInt(3) == 0) {
          ents.add(new Entity(start, start + w.codePointCount(0, w.length()), LABELS[random.nextInt(LABELS.length)], w, 0.9, "t"));
        }
      }
      List<Entity> out;
      try {
        out = ValueResolver.attach(text.toString(), ents, ref);
      } catch (RuntimeException e) {
        throw new AssertionError("'" + text + "' " + ents, e);
      }
      for (int k = 0; k < ents.size(); k++) {
        assertTrue(out.get(k).start() == ents.get(k).start() && out.get(k).end() == ents.get(k).end());
      }
    }
  }

  @Test
  void attach_keeps_every_entity_and_its_span() {
    List<Entity> in = new ArrayList<>();
    in.add(new Entity(0, 5, "PERSON", "Alice", 0.9, "crf"));
    in.add(new Entity(6, 10, "MONEY", "$5m", 0.9, "rules:numbers"));
    in.add(new Entity(11, 19, "CARDINAL", "hundreds", 0.9, "rules:numbers"));
    List<Entity> out = ValueResolver.attach(in, LocalDateTime.parse("2016-11-07T00:00:00"));
    assertTrue(out.size() == 3 && out.get(0).value() == null && out.get(1).value() != null && out.get(2).value() == null);
    for (int i = 0; i < in.size(); i++) {
      Entity a = in.get(i);
      Entity b = out.get(i);
      assertTrue(a.start() == b.start() && a.end() == b.end() && a.label().equals(b.label()) && a.text().equals(b.text()));
    }
  }
}
