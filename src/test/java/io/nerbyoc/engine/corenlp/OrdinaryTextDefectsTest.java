package io.nerbyoc.engine.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nerbyoc.config.NewlineMode;
import io.nerbyoc.config.Profile;
import io.nerbyoc.core.Entity;
import io.nerbyoc.core.LabelScheme;
import io.nerbyoc.core.Recognizer;
import io.nerbyoc.core.WrittenWords;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 20's reproducers on the accurate profile as served (spaCy's labels), and the property that
 * no entity boundary falls inside a written word, over generated text.
 */
class OrdinaryTextDefectsTest {
  private static final Recognizer ACCURATE = EmbeddedModels.load(Profile.ACCURATE, Path.of("target/models"), NewlineMode.ALWAYS);

  /** "text/LABEL" of each entity, spaCy's labels, in order. */
  private static String found(String text) {
    return ACCURATE.recognize(text).stream()
        .map(e -> e.text() + "/" + LabelScheme.SPACY.map(e.label(), e.text()))
        .collect(Collectors.joining(" | "));
  }

  @Test
  void a_capitalised_the_at_the_end_of_a_line_sentence_or_text_is_no_failure() {
    assertEquals("", found("I like The"));
    assertEquals("", found("The"));
    String got = found("According to a report in The\nGuardian, Angela Merkel visited Paris.");
    assertTrue(got.contains("Angela Merkel/PERSON") && got.contains("Paris/GPE"), got);
    got = found("Angela Merkel met The.\nThe Paris talks went on.");
    assertTrue(got.contains("Angela Merkel/PERSON"), got);
  }

  @Test
  void a_company_suffix_does_not_swallow_the_person_before_it() {
    assertEquals("Tim Cook/PERSON | Apple Inc./ORG | Satya Nadella/PERSON | Microsoft Corp./ORG | Paris/GPE",
        found("Tim Cook of Apple Inc. met Satya Nadella of Microsoft Corp. in Paris."));
    String got = found("Analyst Jane Doe of Goldman Sachs Group Inc. said so.");
    assertTrue(got.contains("Jane Doe/PERSON") && got.contains("Goldman Sachs Group Inc./ORG"), got);
    got = found("Shares of Bank of America Corp. rose.");
    assertTrue(got.contains("Bank of America Corp./ORG"), got);
  }

  @Test
  void a_date_the_grammar_read_is_not_lost() {
    // The README's example: the decider alone may drop a relative date whose words it saw rarely.
    assertEquals("Apple/ORG | $2 billion/MONEY | last Friday/DATE | about 12.5 %/PERCENT",
        found("Apple paid $2 billion last Friday, about 12.5 % of its cash."));
  }

  @Test
  void a_currency_symbol_opens_the_amount_after_it() {
    assertEquals("2004/DATE | $5 million/MONEY", found("In 2004 $5 million was raised."));
    assertEquals("2020/DATE | €40bn/MONEY", found("By 2020 €40bn had gone."));
    assertTrue(found("It cost 10 € in all.").contains("10 €/MONEY"));
  }

  @Test
  void glued_units_stay_whole_and_names_never_take_half_a_word() {
    String got = found("The Super Bowl 10km fun run was fun.");
    for (String entity : got.isEmpty() ? new String[0] : got.split(" \\| ")) { // none ends or starts inside "10km" ("Super Bowl 10km fun run" is whole)
      String text = entity.substring(0, entity.lastIndexOf('/'));
      assertFalse(text.endsWith("10") || text.startsWith("km"), got);
    }
    got = found("He won 3kg WSOP chips.");
    assertFalse(got.contains("kg WSOP"), got);
    for (String text : List.of("The Super Bowl 10km fun run was fun.", "He won 3kg WSOP chips.", "It cost 2.5bn at 2018pm.",
        "\u200bof \u00ad2.5The May \u00adCorp.\u200b Apple", "Angela \u00adthe theBowl Inc.,$ 5IBM")) { // found by the fuzzer
      assertWholeWords(text);
    }
  }

  @Test
  void long_sentences_are_cut_where_no_entity_crosses() {
    String text = "we met ".repeat(127) + "a Angela Merkel in Paris";
    assertTrue(found(text).contains("Angela Merkel/PERSON"), found(text));
    text = "we met ".repeat(126) + "on May 5, 2004 in Paris";
    assertTrue(found(text).contains("May 5, 2004/DATE"), found(text));
  }

  @Test
  void invisible_and_compatibility_characters_read_as_a_reader_sees_them() {
    assertTrue(found("Angela\u200bMerkel visited Paris.").startsWith("Angela\u200bMerkel/PERSON"), found("Angela\u200bMerkel visited Paris."));
    String got = found("Reporters saw &#8220;Angela Merkel&#8221; at the summit.");
    assertTrue(got.contains("Angela Merkel/PERSON"), got);
    got = found("𝐀𝐧𝐠𝐞𝐥𝐚 𝐌𝐞𝐫𝐤𝐞𝐥 visited Paris.");
    assertTrue(got.contains("𝐀𝐧𝐠𝐞𝐥𝐚 𝐌𝐞𝐫𝐤𝐞𝐥/PERSON"), got);
    got = found("The summit was held in İstanbul on Monday.");
    assertTrue(got.contains("İstanbul/GPE"), got);
  }

  /** Pieces that glue into words: units, scales, times, names, symbols, digits. */
  private static final String[] PIECES = {
    "10", "3", "2.5", "2018", "km", "kg", "bn", "pm", "am", "m", "Angela", "Merkel", "Paris", "The", "the",
    "WSOP", "Super", "Bowl", "Inc.", "Apple", "$", "€", "%", "May", "5", ",", ".", "-", "'s", "of", "Corp.",
    "IBM", "iPhone", "X", "\u200b", "\u00ad", "&#8220;", "&#8221;", "\n", "İ", "𝐀", "x2", "4x4", "COVID-19"};

  @Test
  void no_entity_boundary_falls_inside_a_written_word() {
    Random rng = new Random(20);
    for (int n = 0; n < 2_000; n++) {
      StringBuilder b = new StringBuilder();
      int words = 3 + rng.nextInt(25);
      for (int w = 0; w < words; w++) {
        b.append(PIECES[rng.nextInt(PIECES.length)]);
        if (rng.nextInt(3) > 0) {
          b.append(' ');
        }
      }
      assertWholeWords(b.toString());
    }
  }

  private static void assertWholeWords(String text) {
    int[] utf16 = text.codePoints().toArray();
    for (Entity e : ACCURATE.recognize(text)) {
      int lead = e.lead() == null ? 0 : e.lead().codePointCount(0, e.lead().length());
      int start = text.offsetByCodePoints(0, e.start() - lead); // spaCy's scheme starts at the lead
      int end = text.offsetByCodePoints(0, e.end());
      assertFalse(WrittenWords.inside(text, start) || WrittenWords.inside(text, end),
          () -> "entity " + e + " cuts a word in: " + text + " (" + utf16.length + " code points)");
    }
  }

  @Test
  void a_long_document_goes_through_the_decider_in_segments_with_offsets_into_the_whole_text() {
    String filler = "The committee met again and talked for a long while about nothing in particular. ";
    String text = filler.repeat(60) + "Angela Merkel visited Paris on Monday.";
    List<io.nerbyoc.core.Entity> ents = ACCURATE.recognize(text);
    io.nerbyoc.core.Entity paris = ents.stream().filter(e -> e.text().equals("Paris")).findFirst().orElseThrow();
    assertEquals(text.indexOf("Paris"), paris.start());
    assertEquals("GPE", paris.label());
    assertTrue(ents.stream().anyMatch(e -> e.text().equals("Angela Merkel") && e.label().equals("PERSON")), ents.toString());
  }
}
