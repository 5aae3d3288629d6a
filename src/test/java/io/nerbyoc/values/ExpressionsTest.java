package io.nerbyoc.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.nerbyoc.core.Entity;
import io.nerbyoc.core.Value;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A DATE or TIME entity takes the value of the whole expression of time it belongs to
 * (Expressions): entities are given here as a recognizer would cut them, by spaCy's conventions.
 */
class ExpressionsTest {
  private static final LocalDateTime REF = Show.REF;

  /** The document with the entities marked [LABEL text] → each entity's timex (or its value, for numbers). */
  private static List<String> values(String marked) {
    StringBuilder text = new StringBuilder();
    List<Entity> ents = new ArrayList<>();
    int i = 0;
    while (i < marked.length()) {
      char c = marked.charAt(i);
      if (c == '[') {
        int space = marked.indexOf(' ', i);
        int close = marked.indexOf(']', i);
        String label = marked.substring(i + 1, space);
        String t = marked.substring(space + 1, close);
        ents.add(new Entity(text.length(), text.length() + t.length(), label, t, 0.9, "test"));
        text.append(t);
        i = close + 1;
      } else {
        text.append(c);
        i++;
      }
    }
    List<String> out = new ArrayList<>();
    for (Entity e : ValueResolver.attach(text.toString(), ents, REF)) {
      Value v = e.value();
      out.add(v instanceof Value.Temporal t ? t.timex() : v instanceof Value.Parts p ? "parts " + p.parts().stream()
          .map(x -> ((Value.Temporal) x.value()).timex()).toList() : v == null ? null : Show.plain(((Value.Amount) v).start()));
    }
    return out;
  }

  @Test
  void a_day_and_its_time_carry_the_moment_both_name() {
    assertEquals(List.of("2016-11-08T08", "2016-11-08T08"), values("Let's meet [DATE tomorrow] [TIME 8am]."));
    assertEquals(List.of("2016-11-08T08", "2016-11-08T08"), values("Let's meet [TIME 8am] [DATE tomorrow]."));
    assertEquals(List.of("XXXX-WXX-1T15", "XXXX-WXX-1T15"), values("See you [DATE Monday] at [TIME 3pm]."));
    assertEquals(List.of("2016-11-07T08", "2016-11-07T08"), values("He left at [TIME 8am] [TIME this morning]."));
  }

  @Test
  void p_m_written_letter_by_letter_after_the_entity_is_part_of_its_time() {
    assertEquals(Arrays.asList("XXXX-01-24T13:30", null), values("I left there [DATE january twenty fourth] [CARDINAL one thirty] p m."),
        "was XXXX-01-24T01:30: the reach stopped before \"p m\"");
    assertEquals(List.of("2016-11-08T07"), values("We leave [DATE tomorrow] at seven a m."));
  }

  @Test
  void two_digits_after_a_day_and_its_month_are_its_year_only_where_the_date_ends() {
    assertEquals(List.of("2016-11-07"), values("The invoice is dated 7 [DATE Nov 16]."));
    assertEquals(List.of("2016-11-07"), values("The invoice is dated [DATE 7 Nov] 16."));
    assertEquals(Arrays.asList("XXXX-03-12", "15"), values("On [DATE 12 March] [CARDINAL 15] soldiers were killed."), "a count, not 2015");
  }

  @Test
  void an_expression_reaches_into_brackets_only_when_it_reads_whole() {
    assertEquals(List.of("XXXX-06-15"), values("Set up a call [DATE this Friday] (Jun-15) with Jim."));
    assertEquals(List.of("2015"), values("It opened in [DATE 2015] (a year late)."), "an aside that is no date stays apart");
    assertEquals(List.of("XXXX-WXX-1"), values("The deal (signed [DATE Monday]) closes soon."));
  }

  @Test
  void a_range_from_a_day_to_a_weekday_resolves_without_failing() {
    // Was a NullPointerException (a 500 when served): "friday" has no month to place it in a year.
    List<String> got = values("I will have a long vacation from next [DATE monday] to friday");
    assertEquals(1, got.size());
  }

  @Test
  void words_left_out_of_the_span_still_count() {
    assertEquals(List.of("2016-11-21"), values("The trial opens in [DATE two weeks]."));
    assertEquals(List.of("(2016-11-07,2017-08-07,P9M)"), values("It will be done within [DATE 9 months]."));
    assertEquals(List.of("2016-11-29", "2016-11-29"), values("Come back [DATE three weeks] from [DATE tomorrow]."));
    assertEquals(List.of("2015-11-07"), values("This time [DATE last year] we were poorer."));
    assertEquals(List.of("2016-11-07T19", "7"), values("Call me [TIME tonight] around [CARDINAL 7]."));
    assertEquals(List.of("2020-09-23"), values("I'll go back [DATE 2020]/Sep/23."), "the parts of a written date");
    assertEquals(List.of("1994-12-31"), values("Eli Lilly sold IVAC on Dec31 , [DATE 1994]"));
    assertEquals(List.of("2016-10-16"), values("On [DATE 2016] 10 16, the conference started."), "ISO order, spaced");
    assertEquals(List.of("2016"), values("In [DATE 2016] 10 16 year olds won."), "'16 year olds' counts");
  }

  @Test
  void an_entity_alone_keeps_its_own_value() {
    assertEquals(List.of("P2W"), values("He worked for [DATE two weeks] and left."));
    assertEquals(List.of("XXXX-WXX-1"), values("He said on [DATE Monday] that sales fell."));
  }

  @Test
  void a_number_that_counts_something_is_not_an_hour_or_a_day() {
    assertEquals(List.of("XXXX-WXX-1", "5"), values("On [DATE Monday] [CARDINAL 5] people died."));
    assertEquals(List.of("XXXX-WXX-6T05", "5"), values("On [DATE Saturday] at [CARDINAL 5] we met."));
  }

  @Test
  void an_expression_stops_at_a_sentence_end_and_never_cuts_an_entity() {
    assertEquals(List.of("2016-11-08", "T08"), values("It ends [DATE tomorrow]. [TIME 8am] is too early."));
    List<String> v = values("The [EVENT Summit of Monday] opened [DATE Monday] [TIME 3pm].");
    assertNull(v.get(0));
    assertEquals("XXXX-WXX-1T15", v.get(1));
  }

  @Test
  void a_document_without_temporal_entities_is_returned_as_is() {
    List<Entity> none = List.of(new Entity(0, 5, "ORG", "Apple", 0.9, "test"));
    assertSame(none, Expressions.widen("Apple fell.", none, REF));
  }

  @Test
  void an_amount_takes_the_value_of_the_whole_amount_it_belongs_to() {
    assertEquals(List.of("116"), values("one hundred and [CARDINAL sixteen]"));
    assertEquals(List.of("0.333333"), values("It is one [CARDINAL over 3]."));
    assertEquals(List.of("16400000"), values("It costs C [MONEY $ 16.4 million] now."));
    assertEquals(List.of("1234567"), values("There are 1 234 [CARDINAL 567] of them."));
    assertEquals(List.of("0.00826446"), values("It is 1 over one hundred and [CARDINAL twenty one]."), "1/121, across 'over'");
    assertEquals(List.of("0.142857"), values("It is [CARDINAL three twenty]-firsts."), "a plural ordinal is a denominator");
    assertEquals(List.of("0.0000001"), values("It is [CARDINAL a hundred thousand] trillionths."));
    assertEquals(List.of("0.004"), values("[CARDINAL two] out of five hundred tvs"));
    assertEquals(List.of("12", "10"), values("there are [CARDINAL 12] out of [CARDINAL 10]"), "no part of a whole");
    assertEquals(List.of("2"), values("[CARDINAL two] out of five hundreds tvs"), "'five' goes with 'hundreds': was 0.4");
    assertEquals(List.of("0.047619"), values("1 in [CARDINAL twenty-one]"), "odds of one");
    assertEquals(List.of("0.1"), values("The odds are [CARDINAL 1] in 10."));
    assertEquals(List.of("3", "10"), values("[CARDINAL 3] in [CARDINAL 10]"), "only one's odds: three may count");
    assertEquals(java.util.Arrays.asList("1", "2016"), values("He scored [CARDINAL 1] in [DATE 2016]."), "a year is no whole");
    assertEquals(List.of("21"), values("in [CARDINAL twenty-one]"), "never an amount's first word");
  }

  @Test
  void a_code_glued_before_its_amount_takes_no_count_before_it() {
    assertEquals(List.of("50"), values("we are giving away 3 [MONEY USD50] Cards."), "was 3.50: '3 USD 50' as hundredths");
    assertEquals(List.of("15.5"), values("just [MONEY 15 USD] 50 more"), "spaced, the number after is still its hundredths");
  }

  @Test
  void over_is_never_the_first_word_of_an_amount() {
    assertEquals(List.of("3"), values("The cart fell over [CARDINAL 3] times."));
  }

  @Test
  void an_amount_is_not_read_across_a_code_or_a_score() {
    assertEquals(List.of("2222"), values("Call +1-222-2222/[CARDINAL 2222] now."));
    assertEquals(List.of("4"), values("They were playing three-nought-[CARDINAL four]."));
    assertEquals(List.of("7"), values("losing to Tulsa 63-[CARDINAL 7]."), "a hyphen glued to a word is no minus sign");
    assertEquals(List.of("10"), values("He gained a top-[CARDINAL 10] ranking."));
    assertEquals(List.of("120", "120"), values("[CARDINAL One hundred] [CARDINAL twenty] organizations filed."));
  }

  @Test
  void a_spaced_currency_prefix_is_its_sign_but_an_article_is_not() {
    assertEquals("16400000 CAD", Show.value("MONEY", "C $ 16.4 million"));
    assertEquals("48200000 USD", Show.value("MONEY", "$48.2 million"));
    assertEquals(List.of("48200000"), values("won a [MONEY $48.2 million] contract"));
  }

  @Test
  void an_hour_and_a_part_of_no_day_are_one_time() {
    assertEquals(List.of("10", "9", "T21:10"), values("I paid at [CARDINAL ten] past [CARDINAL 9] in [TIME the evening]."));
    assertEquals(List.of("5", "(T05,T07,PT2H)"), values("I will be out [CARDINAL 5 to seven] in [TIME the morning]."));
  }

  @Test
  void a_count_before_its_unit_counts_it() {
    assertEquals(List.of("5", "(2016-11-08,2021-11-08,P5Y)"), values("What happens in the [CARDINAL 5] [DATE upcoming years]?"));
    assertEquals(List.of("(T09,T11:30:00,PT2H30M)"), values("The meeting runs from 9 for [TIME 2.5 hrs]."));
  }

  @Test
  void words_of_an_entity_outside_its_expression_are_dropped_only_at_its_edges() {
    assertEquals(List.of("2016-11-14T09"), values("Let's do the [DATE meeting next week Mon 9 am] then."));
    assertEquals(List.of("(2016-11-08,2016-11-13,P5D)"), values("Any time in the [DATE next five days or] so."));
    assertEquals(List.of("2016-12"), values("Meet [DATE next month between] 2:20 to 3pm."), "a range's word left alone");
    assertEquals(List.of("2016-12"), values("Meet [DATE next month after] 3pm."), "a bound on the hours after it");
    assertEquals(Collections.singletonList(null), values("It happened [DATE the year before] 2015."), "before a year it shifts");
    assertEquals(Collections.singletonList(null), values("It happened [DATE next month after] the vote."));
    assertEquals(List.of("parts [2016-11-14, XXXX-WXX-2]"), values("Come [DATE next Monday or Tuesday]."), "two expressions: a value each, none for the whole");
    assertEquals(Collections.singletonList(null), values("We went on [DATE casual friday 2010]."), "a dropped word may be a name's");
    assertEquals(List.of("2010-11-26"), values("We went on [DATE black friday 2010]."), "the holiday, by its rule");
  }

  @Test
  void an_amount_in_two_units_is_one_value_unless_its_number_goes_with_the_next_word() {
    assertEquals(List.of("3.5", "3.5"), values("It cost [MONEY 3 dollars] [MONEY 50 cents]."));
    assertEquals(List.of("15.5", "50"), values("It costs [MONEY 15 dollars] and [CARDINAL 50]."));
    assertEquals(List.of("15", "50"), values("It costs [MONEY 15 dollars] and [CARDINAL 50] people came."));
    assertEquals(List.of("15.5"), values("If they had just [MONEY 15 USD] 50 more."), "'more' counts nothing");
    assertEquals(List.of("1.01"), values("It costs [MONEY one dollar] and one and one point."));
    assertEquals(List.of("50", "40"), values("[MONEY 50 dollar] [MONEY 40 euros]"));
    assertEquals(List.of("5.166667"), values("He is [QUANTITY 5 ft] 2 in"));
  }

  @Test
  void a_power_is_read_across_its_caret() {
    assertEquals(List.of("8.954302432552374"), values("It is 1.1^[CARDINAL 23] or so"));
    assertEquals(List.of("1300000"), values("It is 1.3x10^[CARDINAL 6] or so"));
  }

  @Test
  void a_no_break_space_between_digit_groups_joins_them() {
    assertEquals(List.of("40000", "40000"), values("It is [CARDINAL 40]\u202f[CARDINAL 000] in all."));
    assertEquals(List.of("40000", "40000"), values("It is [CARDINAL 40]\u00a0[CARDINAL 000] in all."));
  }

  @Test
  void a_measure_takes_its_per_time_glued_after_it() {
    assertEquals(List.of("10"), values("Written as [QUANTITY 10km]/hr too"));
    assertEquals(List.of("50"), values("At [QUANTITY 50 meters] per millisecond, fast."));
  }

  @Test
  void a_number_before_past_or_after_circa_is_a_time_s_part() {
    assertEquals(java.util.Arrays.asList("15", "T07:15"), values("It's [CARDINAL 15] past [TIME seven o'clock]"));
    assertEquals(java.util.Arrays.asList("5", "T05"), values("[CARDINAL circa 5] in [TIME the morning]"));
    assertEquals(java.util.Arrays.asList("5", "XXXX-WXX-1"), values("We lost [CARDINAL 5] past presidents on [DATE Monday]."));
  }

  @Test
  void bare_hours_after_their_day_are_its_hours() {
    assertEquals(java.util.Arrays.asList("(XXXX-WXX-1T12,XXXX-WXX-1T16,PT4H)", null),
        values("Cortana can find a time [DATE Monday] [CARDINAL 12-4]."));
  }

  @Test
  void a_year_in_words_with_its_hundreds_and_an_age_after_age() {
    assertEquals(List.of("1733-04-06", "1733"), values("It sailed on [DATE 6 April] [CARDINAL seventeen hundred thirty three]."));
    assertEquals(List.of("P87Y"), values("The patient is a man of age [DATE 87] with history of hypertension."));
  }

  @Test
  void a_day_number_after_a_weekday_and_before_its_time() {
    assertEquals(List.of("XXXX-WXX-5T04"), values("i'll go back [DATE friday] 23 at 4"));
    assertEquals(List.of("XXXX-WXX-1"), values("On [DATE Monday] 5 at the factory died."), "the time must be read too");
  }

  @Test
  void or_joins_two_expressions_unless_a_bound_follows() {
    assertEquals(List.of("XXXX-WXX-1", "XXXX-WXX-2"), values("Let's meet [DATE Monday] or [DATE Tuesday]."));
    assertEquals(List.of("XXXX-WXX-1T15", "XXXX-WXX-1T15"), values("Meet me at [TIME 3 pm] or later on [DATE Monday]."));
  }

  @Test
  void a_written_date_is_never_cut_and_the_reach_finishes_it() {
    assertEquals(List.of("(2020-02-02,2020-03-03,P30D)"), values("It was very serious at [DATE 02-02-2020] - 03-03-2020"),
        "was (2020-02-02,2020-02-03,P1D): five words reached only '- 03-03'");
  }

  @Test
  void a_stretch_never_starts_after_a_month_or_between_a_day_and_its_month() {
    assertEquals(List.of("2020-06-28"), values("It ran 26 june in 2019 to 28 june in [DATE 2020]."),
        "not (2019-01-01,2020-06-28,P544D): '26 june in' left out, '2019 to 28 june in 2020' read");
    assertEquals(List.of("2020-06-28"), values("It ran 26 june to 28 june in [DATE 2020]."),
        "was (2020-06-01,2020-06-28,P27D): 'june to 28 june in 2020' without its 26");
    assertEquals(List.of("2019-06"), values("It ran in June, [DATE 2019]."));
  }
}
