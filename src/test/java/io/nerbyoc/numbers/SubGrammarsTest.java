package io.nerbyoc.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nerbyoc.core.TaggedSentence;
import io.nerbyoc.core.TokenSpan;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Each sub-grammar of {@link NumericGrammar} alone, at one token, as the whole grammar calls it
 * (NumericGrammarTest covers them together). Tokens are written as our tokenizer splits them.
 */
class SubGrammarsTest {
  private static TaggedSentence words(String tokens) {
    return new TaggedSentence(tokens.split(" "));
  }

  /** "text/LABEL" of what {@code rule} finds at token {@code i}, or null. */
  private static String at(BiFunction<TaggedSentence, Integer, TokenSpan> rule, String tokens, int i) {
    TaggedSentence w = words(tokens);
    return show(w, rule.apply(w, i));
  }

  private static String show(TaggedSentence w, TokenSpan s) {
    if (s == null) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (int k = s.start(); k < s.end(); k++) {
      b.append(k > s.start() ? " " : "").append(w.at(k));
    }
    return b + "/" + s.label();
  }

  @Test
  void holidays_take_the_longest_listed_name_and_any_named_day() {
    assertEquals(5, Holidays.end(words("on New Year 's Day ."), 1));
    assertEquals(2, Holidays.end(words("Christmas Eve dinner"), 0));
    assertEquals(1, Holidays.end(words("Christmas"), 0));
    assertEquals(3, Holidays.end(words("on Armistice Day"), 1)); // not listed: a capitalised word before "Day"
    assertEquals(1, Holidays.end(words("on Monday"), 1)); // none
  }

  @Test
  void modifiers_take_the_longest_and_know_the_weak_ones() {
    assertEquals(3, Modifiers.end(words("not more than 5"), 0));
    assertEquals(2, Modifiers.end(words("more than 5"), 0));
    assertEquals(2, Modifiers.end(words("up to 10"), 0));
    assertEquals(0, Modifiers.end(words("the 5"), 0));
    TaggedSentence some = words("some 5");
    assertTrue(Modifiers.weak(some, 0, Modifiers.end(some, 0)));
    TaggedSentence about = words("about 5");
    assertFalse(Modifiers.weak(about, 0, Modifiers.end(about, 0)));
  }

  @Test
  void number_phrases_join_spelled_numbers_scales_and_ranges() {
    assertEquals(new NumberPhrase(3, false, false, false), NumberPhrase.at(words("twenty - five people"), 0));
    assertEquals(new NumberPhrase(2, true, false, false), NumberPhrase.at(words("1.5 million"), 0));
    assertEquals(new NumberPhrase(3, false, false, true), NumberPhrase.at(words("tens of thousands"), 0));
    assertEquals(new NumberPhrase(1, false, false, true), NumberPhrase.at(words("hundreds"), 0));
    assertEquals(new NumberPhrase(3, true, false, false), NumberPhrase.at(words("5 to 10 people"), 0));
    assertEquals(new NumberPhrase(3, false, false, false), NumberPhrase.at(words("three quarters billion"), 0));
    assertEquals(new NumberPhrase(1, false, false, false), NumberPhrase.at(words("three quarters of a year"), 0), "a period's");
  }

  @Test
  void times_take_their_meridiem_zone_and_named_times() {
    assertEquals("5 p.m./TIME", at(Times::at, "5 p.m. today", 0));
    assertEquals("9 a.m. EST/TIME", at(Times::at, "9 a.m. EST", 0));
    assertEquals("noon/TIME", at(Times::at, "at noon", 1));
    assertEquals("10:30/TIME", at(Times::at, "10:30", 0));
  }

  @Test
  void dates_read_months_days_years_decades_and_eras() {
    assertEquals("March 3 , 1998/DATE", at(Dates::at, "March 3 , 1998 .", 0));
    assertEquals("3 March 1998/DATE", at(Dates::at, "3 March 1998", 0));
    assertEquals("1998/DATE", at(Dates::at, "in 1998", 1));
    assertEquals("1990s/DATE", at(Dates::at, "the 1990s", 1));
    TaggedSentence bc = words("44 BC");
    assertEquals("44 BC/DATE", show(bc, Dates.withEra(bc, Spans.of(0, 1, Spans.DATE))));
  }

  @Test
  void measures_give_money_percent_and_quantity_with_their_unit() {
    assertEquals("$ 40 million/MONEY", at(Measures::at, "$ 40 million", 0));
    assertEquals("300 yen/MONEY", at(Measures::at, "300 yen", 0));
    assertEquals("12 %/PERCENT", at(Measures::at, "12 %", 0));
    assertEquals("10 km/QUANTITY", at(Measures::at, "10 km away", 0));
    assertEquals("30 degrees Celsius/QUANTITY", at(Measures::at, "30 degrees Celsius", 0));
  }

  @Test
  void bitcoin_scaled_codes_lakhs_and_glued_currencies_are_money() {
    assertEquals("10000 bitcoins/MONEY", at(Measures::at, "10000 bitcoins", 0));
    assertEquals("6.25 BTC/MONEY", at(Measures::at, "6.25 BTC", 0));
    assertEquals("2 satoshis/MONEY", at(Measures::at, "2 satoshis", 0));
    assertEquals("₿ 21,000,000/MONEY", at(Measures::at, "₿ 21,000,000", 0));
    assertEquals("MAUD 60/MONEY", at(Measures::at, "MAUD 60", 0), "millions of Australian dollars");
    assertEquals("12,34,567.89 rupees/MONEY", at(Measures::at, "12,34,567.89 rupees", 0), "grouped in lakhs");
    assertEquals("USD50/MONEY", at(Measures::at, "USD50", 0));
    assertEquals("100元/MONEY", at(Measures::at, "100元", 0));
    assertEquals("US$ 1MM/MONEY", at(Measures::at, "US$ 1MM", 0), "a million after a sign, not a millimetre");
    assertEquals("10 rmb/MONEY", at(Measures::at, "10 rmb 20 usd", 0));
    assertNull(at(Measures::at, "5th", 0), "a glued suffix that names no currency");
    assertEquals("RMB100 , 000/MONEY", at(Measures::at, "RMB100 , 000 shall", 0), "thousands split off by a typed space");
    assertEquals("three quarters billion us dollars/MONEY", at(Measures::at, "three quarters billion us dollars", 0));
  }

  @Test
  void a_sign_written_after_amounts_ends_the_first_even_before_a_number() {
    assertEquals("10 $/MONEY", at(Measures::at, "10 $ 30 $", 0), "the next amount has its sign after it too");
    assertNull(at(Measures::at, "In 2004 $ 5 million", 1), "the $ opens the next amount");
    assertNull(at(Measures::at, "1 $ 10 dollars bill", 0), "a name after the next amount: the $ is its sign");
  }

  @Test
  void a_currency_name_before_a_scaled_amount_in_lower_case() {
    assertEquals("dollar 22.5 million/MONEY", at(Measures::at, "at dollar 22.5 million", 1));
    assertNull(at(Measures::at, "Euro 2008", 0), "a tournament");
    assertNull(at(Measures::at, "the dollar 5", 1), "no scale: the name of a currency, then a count");
  }

  @Test
  void units_in_brackets_glued_powers_and_bits_are_quantities() {
    assertEquals("20 ( kg )/QUANTITY", at(Measures::at, "20 ( kg )", 0));
    assertEquals("20 [ kg ]/QUANTITY", at(Measures::at, "20 [ kg ]", 0));
    assertEquals("20 { kg }/QUANTITY", at(Measures::at, "20 { kg }", 0));
    assertEquals("20 <kg>/QUANTITY", at(Measures::at, "20 <kg>", 0), "the tokenizer keeps it whole, as a tag");
    assertNull(at(Measures::at, "20 ( kg ]", 0), "brackets that do not pair");
    assertNull(at(Measures::at, "20 ( see )", 0));
    assertEquals("24703m2/QUANTITY", at(Measures::at, "24703m2", 0));
    assertEquals("10kmph/QUANTITY", at(Measures::at, "10kmph", 0));
    assertEquals("16 - bit/QUANTITY", at(Measures::at, "16 - bit", 0));
    assertEquals("100 Mbps/QUANTITY", at(Measures::at, "100 Mbps", 0));
    assertEquals("10 \"/QUANTITY", at(Measures::at, "10 \" long", 0), "inches: the mark, then a dimension");
    assertEquals("10/NUMBER", at(NumericGrammar::core, "10 \" and", 0), "a quotation's end");
  }

  @Test
  void relative_dates_take_their_whole_phrase() {
    assertEquals("last year/DATE", at(RelativeDates::at, "last year", 0));
    assertEquals("two years ago/DATE", at(RelativeDates::at, "two years ago", 0));
    assertEquals("the end of the year/DATE", at(RelativeDates::at, "the end of the year", 0));
    assertEquals("yesterday/DATE", at(RelativeDates::at, "yesterday", 0));
    assertEquals("this morning/TIME", at(RelativeDates::at, "this morning", 0));
  }

  @Test
  void periods_read_quarters_halves_centuries_and_fiscal_years() {
    assertEquals("the first quarter/DATE", at(Periods::at, "the first quarter", 0));
    assertEquals("the first half/DATE", at(Periods::at, "the first half", 0));
    assertEquals("the 19th century/DATE", at(Periods::at, "the 19th century", 0));
    assertEquals("fiscal 2004/DATE", at(Periods::at, "fiscal 2004", 0));
  }

  @Test
  void ranges_join_two_ends_but_not_a_change_from_one_amount_to_another() {
    TaggedSentence between = words("between 5 and 10 km");
    assertEquals("between 5 and 10 km/QUANTITY", show(between, Ranges.extend(between, Spans.of(1, 2, Spans.NUMBER))));
    TaggedSentence change = words("from 5 % to 7 %");
    assertEquals("5 %/PERCENT", show(change, Ranges.extend(change, Spans.of(1, 3, Spans.PERCENT))));
  }

  @Test
  void context_makes_ages_dates_drops_rates_and_excludes_identifiers() {
    TaggedSentence age = words("aged 42 ,");
    assertEquals("42/DATE", show(age, Context.relabel(age, Spans.of(1, 2, Spans.NUMBER))));
    TaggedSentence rate = words("twice a day");
    assertNull(Context.relabel(rate, Spans.of(1, 3, Spans.DATE)));
    assertTrue(Context.excluded(words("section 5 says"), Spans.of(1, 2, Spans.NUMBER)));
    assertTrue(Context.excluded(words("the red one"), Spans.of(2, 3, Spans.NUMBER)));
  }
}
