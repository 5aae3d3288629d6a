package io.nerbyoc.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nerbyoc.core.TokenSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One case per convention of docs' spaCy label page (numbers and time), boundaries included.
 * Sentences are written as our tokenizer splits them ("$ 40", "12 %", "10 - year").
 */
class NumericGrammarTest {

  /** "text/LABEL" for each span found in the space-separated tokens. */
  private static List<String> spans(String tokens) {
    List<String> w = Arrays.asList(tokens.split(" "));
    List<String> out = new ArrayList<>();
    for (TokenSpan s : NumericGrammar.find(w)) {
      out.add(String.join(" ", w.subList(s.start(), s.end())) + "/" + s.label());
    }
    return out;
  }

  private static void check(String tokens, String... expected) {
    assertEquals(List.of(expected), spans(tokens), tokens);
  }

  @Test
  void absolute_dates() {
    check("signed March 3 , 1998 and 3 March 1998 in 1998", "March 3 , 1998/DATE", "3 March 1998/DATE", "1998/DATE");
    check("during the 1990s , the mid-1990s and early 2010", "the 1990s/DATE", "the mid-1990s/DATE", "early 2010/DATE");
    check("on Monday , Jan. 5 he left", "Monday , Jan. 5/DATE");
    check("in the summer of 2004", "the summer of 2004/DATE");
  }

  @Test
  void ambiguous_month_names_need_a_date_context() {
    check("You May go in May or on May 5", "May/DATE", "May 5/DATE");
  }

  @Test
  void weeks_by_number_are_dates() {
    check("week 10 8 p.m. suits me", "week 10/DATE", "8 p.m./TIME");
    check("on Thursday , Week 23", "Thursday/DATE", "Week 23/DATE"); // one expression for the values (docs/VALUES.md)
    check("week 54 and week 3 days", "54/NUMBER", "3 days/DATE");
  }

  @Test
  void the_edge_of_a_calendar_unit_without_articles() {
    check("a party at the end of year", "the end of year/DATE");
    check("paid end of month", "end of month/DATE");
    check("go to bed end of the day since , or by end of day", "end of the day/DATE", "end of day/DATE");
  }

  @Test
  void a_holiday_after_last_or_next_in_any_case() {
    check("When was the last easter ?", "the last easter/DATE");
    check("When was previous Easter ?", "previous Easter/DATE");
    check("When is the next new year day ?", "the next new year day/DATE");
    check("still have that easter egg and this New Year 's tax hike", "New Year 's/DATE");
  }

  @Test
  void a_holiday_after_a_word_that_places_it_in_any_case() {
    check("I plan to leave before independence day .", "independence day/DATE");
    check("We met on easter and after christmas .", "easter/DATE", "christmas/DATE");
    check("an independence day parade");
  }

  @Test
  void a_spelled_year_after_in_ending_its_clause() {
    check("They left in nineteen ninety six and came back in two thousand and fifteen",
        "nineteen ninety six/DATE", "two thousand and fifteen/DATE");
    check("Show sales in two thousand and twenty", "two thousand and twenty/DATE");
    check("This contract will end in 2150 , right ?", "2150/DATE");
    check("in 2150 cases", "2150/NUMBER");
    check("in two thousand cases and in nineteen twenty people", "two thousand/NUMBER", "nineteen twenty/NUMBER");
  }

  @Test
  void a_half_or_a_quarter_before_a_unit() {
    check("one and half hour is enough", "one and half hour/TIME");
    check("a one and a quarter year gap", "one and a quarter year/DATE");
  }

  @Test
  void working_weeks() {
    check("It will happen this working week", "this working week/DATE");
    check("It will happen on next workweek", "next workweek/DATE");
    check("gains in this school year", "this school year/DATE");
    check("set something up for the next 4 business days", "the next 4 business days/DATE");
    check("grown for 3Y , lasted 2W , a 3D film", "3Y/DATE", "2W/DATE"); // "3D" no date
  }

  @Test
  void times_written_loosely() {
    check("create appointment at 3 p . m . today", "3 p . m . today/TIME"); // a time with its day, as "3pm today"
    check("I 'll be back 11ish or noonish", "11ish/TIME", "noonish/TIME");
    check("plan p . m . 3 p people", "3/NUMBER");
  }

  @Test
  void a_month_glued_to_its_day() {
    check("mar3 this week", "mar3/DATE", "this week/DATE");
    check("I 'll go back Sep-23-2020 .", "Sep-23-2020/DATE");
    check("the abc3 and ken12 items");
  }

  @Test
  void lower_case_names_in_a_cased_sentence_need_their_day_or_year() {
    check("What is the april 2017 bonus", "april 2017/DATE");
    check("This task should be done friday 5/12", "friday 5/12/DATE");
    check("It may be in may , or friday");
    check("We march 2 miles", "2 miles/QUANTITY"); // "may" and "march" are verbs too: not read in lower case
  }

  @Test
  void relative_dates_keep_the_and_possessive() {
    check("last year and this week and next month", "last year/DATE", "this week/DATE", "next month/DATE");
    check("yesterday and today , three weeks ago", "yesterday/DATE", "today/DATE", "three weeks ago/DATE");
    check("over the past decade and the last three years", "the past decade/DATE", "the last three years/DATE");
    check("in recent years this year 's results", "recent years/DATE", "this year/DATE"); // possessive outside
    check("earlier this year and by the end of the year", "earlier this year/DATE", "the end of the year/DATE");
    check("last spring", "last spring/DATE");
  }

  @Test
  void durations_of_a_day_or_more_are_dates_without_for() {
    check("for three weeks and 10 years and a decade", "three weeks/DATE", "10 years/DATE", "a decade/DATE");
    check("a 10 - year note", "10 - year/DATE");
  }

  @Test
  void rates_are_not_dates() {
    check("twice a month , paid $ 40,000 a year", "$ 40,000/MONEY");
  }

  @Test
  void periods() {
    check("in the third quarter of 2019 and the first half", "the third quarter of 2019/DATE", "the first half/DATE");
    check("fiscal 2023 and the 19th century and Q3", "fiscal 2023/DATE", "the 19th century/DATE", "Q3/DATE");
  }

  @Test
  void ranges_are_one_span() {
    check("from May to July 2004", "from May to July 2004/DATE");
    check("in 1990 - 1995 and between 2001 and 2003", "1990 - 1995/DATE", "between 2001 and 2003/DATE");
    check("rates of 10 % to 15 %", "10 % to 15 %/PERCENT");
  }

  @Test
  void values_after_a_verb_of_change_are_two_spans() {
    check("it rose 5 % to 10 %", "5 %/PERCENT", "10 %/PERCENT");
  }

  @Test
  void ages_are_dates() {
    check("Smith , 62 years old , and Jones , aged 62", "62 years old/DATE", "62/DATE");
    check("a 62 - year - old man", "62 - year - old/DATE");
  }

  @Test
  void times() {
    check("at 9:30 p.m. EST", "9:30 p.m. EST/TIME");
    check("around noon or midnight , this morning and tonight", "around noon/TIME", "midnight/TIME", "this morning/TIME", "tonight/TIME");
    check("for 45 minutes and two hours", "45 minutes/TIME", "two hours/TIME");
    check("on the evening of June 1", "the evening of June 1/TIME");
    check("at 9 a.m. Monday", "9 a.m. Monday/TIME");
  }

  @Test
  void money() {
    check("$ 40 and $ 2.5 billion and 2.5 billion euros", "$ 40/MONEY", "$ 2.5 billion/MONEY", "2.5 billion euros/MONEY");
    check("50 cents , HK$ 1.2 million , US$ 20 , € 5 , £ 3m", "50 cents/MONEY", "HK$ 1.2 million/MONEY",
        "US$ 20/MONEY", "€ 5/MONEY", "£ 3m/MONEY");
    check("more than $ 2 billion and about $ 40 million", "more than $ 2 billion/MONEY", "about $ 40 million/MONEY");
    check("10 Hong Kong dollars and 20 million pounds", "10 Hong Kong dollars/MONEY", "20 million pounds/MONEY");
  }

  @Test
  void per_share_stays_outside_money() {
    check("earned $ 3 a share or 20 cents per share", "$ 3/MONEY", "20 cents/MONEY");
  }

  @Test
  void percent() {
    check("12 % , nearly six percent , 0.5 % and 5 per cent", "12 %/PERCENT", "nearly six percent/PERCENT", "0.5 %/PERCENT", "5 per cent/PERCENT");
    check("up 5 percentage points", "5 percentage points/PERCENT");
  }

  @Test
  void quantities_need_standard_units() {
    check("300 miles , 12 kilograms , minus 5 degrees , 4,000 tonnes", "300 miles/QUANTITY", "12 kilograms/QUANTITY",
        "minus 5 degrees/QUANTITY", "4,000 tonnes/QUANTITY");
    check("100 square feet and a 3.5 - inch disk", "100 square feet/QUANTITY", "3.5 - inch/QUANTITY");
    check("three spoonfuls and 10 points", "three/NUMBER", "10/NUMBER");
    check("20 pounds of flour", "20 pounds/QUANTITY");
  }

  @Test
  void ordinals() {
    check("first , 21st , secondly and twenty - first", "first/ORDINAL", "21st/ORDINAL", "secondly/ORDINAL", "twenty - first/ORDINAL");
    check("the one hundred twenty - fifth and a hundred and first", "one hundred twenty - fifth/ORDINAL", "a hundred and first/ORDINAL");
    check("two first prizes", "two/NUMBER", "first/ORDINAL"); // only hundreds or more run into a rank
  }

  @Test
  void ordinals_inside_dates_belong_to_them() {
    check("the third quarter", "the third quarter/DATE");
  }

  @Test
  void cardinals_with_approximators_fractions_and_heads() {
    check("five , about 300 , one - third , hundreds , 1.2 million", "five/NUMBER", "about 300/NUMBER", "one - third/NUMBER",
        "hundreds/NUMBER", "1.2 million/NUMBER");
    check("tens of thousands and two dozen", "tens of thousands/NUMBER", "two dozen/NUMBER");
  }

  @Test
  void no_cardinal_inside_another_type() {
    check("$ 1.5 million in 1998", "$ 1.5 million/MONEY", "1998/DATE");
  }

  @Test
  void not_counts() {
    check("I want the red one", new String[0]);
    check("this one and no one", new String[0]);
    check("one of the largest", "one/NUMBER");
    check("See Section 5 and the Boeing 747", new String[0]);
    check("1 . First item", "First/ORDINAL");
    check("( 2 ) the rule", new String[0]);
  }

  @Test
  void a_year_alone_is_a_date_but_not_before_a_plural_noun() {
    check("In 1999 it hired 2000 workers", "1999/DATE", "2000/NUMBER");
  }

  @Test
  void modifiers_that_are_ordinary_words_need_a_number() {
    check("over the past decade", "the past decade/DATE");
    check("over 500 people", "over 500/NUMBER");
  }

  @Test
  void counted_periods_keep_the_article_and_their_end_date() {
    check("in the 12 months ended June 30", "the 12 months ended June 30/DATE");
    check("the 30 - year bond", "30 - year/DATE");
  }

  @Test
  void appositive_ages_are_dates() {
    check("Mr. Smith , 45 , said", "45/DATE");
  }

  @Test
  void numbers_in_titles_and_names_are_not_tagged() {
    check("the sitcom My Three Sons and \" Two Doors Down \" and Henrik August Angell", new String[0]);
    check("at the 2002 Winter Olympics in the 1995 European election", "1995/DATE");
  }

  @Test
  void holidays_eras_and_weekday_days() {
    check("before Christmas Eve and in AD 51 on Mon 13th", "Christmas Eve/DATE", "AD 51/DATE", "Mon 13th/DATE");
  }

  @Test
  void comparatives_make_a_year_shaped_number_a_count() {
    check("more than 1000 graduates since 1000", "more than 1000/NUMBER", "1000/DATE");
  }

  @Test
  void currency_forms() {
    check("10 € and a 12 - cent dividend and 250 million dutch guilders", "10 €/MONEY", "12 - cent/MONEY",
        "250 million dutch guilders/MONEY");
  }

  @Test
  void durations_and_numbers_that_open_a_name_are_not_tagged() {
    check("the band 30 Seconds to Mars and the Seven Years ' War and locomotive # 7", new String[0]);
    check("Redesignated 65 Air Division ; the 65th Air Division", new String[0]);
  }

  @Test
  void bare_plural_units_before_ago_or_later() {
    check("Years later and minutes later", "Years later/DATE", "minutes later/TIME");
  }

  @Test
  void nth_weekday_of_a_month() {
    check("on the fourth Saturday of August", "the fourth Saturday of August/DATE");
  }

  @Test
  void the_period_in_question_is_a_date() {
    check("profit rose in the quarter and earlier in the year", "the quarter/DATE", "the year/DATE");
    check("the week of April 12 , 1969 and the month of May", "the week of April 12 , 1969/DATE", "the month of May/DATE");
    check("in the fiscal third quarter", "the fiscal third quarter/DATE");
  }

  @Test
  void edge_of_a_day_is_a_time() {
    check("late yesterday", "late yesterday/TIME");
  }

  @Test
  void hash_is_pounds_only_when_scaled() {
    check("sold # 200 million of bonds ; # 7 won", "# 200 million/MONEY");
  }

  @Test
  void fractions_with_an_article_are_counts() {
    check("a third of the shares and a fifth man", "a third/NUMBER", "fifth/ORDINAL");
  }

  @Test
  void life_spans_are_two_dates_and_listed_years_each_one() {
    check("( 27 April 1947 – 24 April 1975 )", "27 April 1947/DATE", "24 April 1975/DATE");
    check("in 1990 , 1991 and 1993", "1990/DATE", "1991/DATE", "1993/DATE");
    check("from 29 September - 1 October 2006", "from 29 September - 1 October 2006/DATE");
  }

  @Test
  void old_and_glued_years() {
    check("of 28 May 621 and ( 1919 -1985 ) and 24 August , 1950", "28 May 621/DATE", "1919 -1985/DATE",
        "24 August , 1950/DATE");
  }

  @Test
  void a_unit_after_a_range_covers_both_numbers() {
    check("a peak between 13,000 and 13,999 feet", "between 13,000 and 13,999 feet/QUANTITY");
    check("a few miles and three - quarters of a mile", "a few miles/QUANTITY", "three - quarters of a mile/QUANTITY");
    check("it is 3,069 m high", "3,069 m/QUANTITY");
  }

  @Test
  void legal_doubled_numbers_and_clause_numbers() {
    check("within ten ( 10 ) days", "ten ( 10 ) days/DATE");
    check("14.1 Any notice shall be given", new String[0]);
  }

  @Test
  void years_inside_names_and_laws() {
    check("at Eurovision 2009 under the Jones Act of 1916", new String[0]);
  }

  @Test
  void chart_positions_are_counts() {
    check("reached number 35 and the Top 5", "35/NUMBER", "5/NUMBER");
  }

  @Test
  void negated_comparatives_fiscal_periods_and_third_parties() {
    check("not less than $ 35,000,000", "not less than $ 35,000,000/MONEY");
    check("for the fiscal quarter ended March 31 , 2008", "the fiscal quarter ended March 31 , 2008/DATE");
    check("disclosed by a third party on the third day", "the third day/DATE");
  }

  @Test
  void a_capitalised_word_opening_the_sentence_is_no_name() {
    check("On August 31 , 2006 , it won", "August 31 , 2006/DATE");
  }

  @Test
  void more_day_forms() {
    check("earlier today and late yesterday", "earlier today/DATE", "late yesterday/TIME");
    check("born sometime between 1977 - 1979", "between 1977 - 1979/DATE");
    check("quiz night Wednesday 21st May and Jan 26 - Mar 01", "Wednesday 21st May/DATE", "Jan 26 - Mar 01/DATE");
  }

  @Test
  void footnotes_and_rate_units() {
    check("posted in Basra . [ 2 ] It passes 7,000 m3 / s of water", "7,000 m3 / s/QUANTITY");
    check("247,203 cu ft / s at 15.5 ºC", "247,203 cu ft / s/QUANTITY", "15.5 ºC/QUANTITY");
  }

  @Test
  void day_ranges_inside_a_month_are_one_date() {
    check("from February 12 to 28 , 2010 in Vancouver", "from February 12 to 28 , 2010/DATE");
    check("to Lebanon November 18 -19 .", "November 18 -19/DATE");
    check("to Turkey November 16 - 17 and", "November 16 - 17/DATE");
  }

  @Test
  void eras_follow_centuries_and_years() {
    check("the then-recent 701 BCE campaign", "701 BCE/DATE");
    check("in the 8th century BCE", "the 8th century BCE/DATE");
    check("written between 29 and 19 BCE", "between 29 and 19 BCE/DATE");
  }

  @Test
  void anniversaries_are_dates() {
    check("as you celebrate the 93rd anniversary of the founding", "the 93rd anniversary/DATE");
  }

  @Test
  void plus_after_a_number_belongs_to_it() {
    check("the 60 - plus nation coalition over the past 20 - plus months", "60 - plus/NUMBER", "the past 20 - plus months/DATE");
  }

  @Test
  void a_currency_symbol_after_a_number_ends_it_only_when_no_amount_follows() {
    check("In 2004 $ 5 million was raised", "2004/DATE", "$ 5 million/MONEY");
    check("By 2020 € 40bn had gone", "2020/DATE", "€ 40bn/MONEY");
    check("it cost 10 € in all", "10 €/MONEY");
  }

  @Test
  void only_and_just_are_inside_a_number_not_before_a_unit_alone() {
    check("only three of them and just 10 per cent", "only three/NUMBER", "just 10 per cent/PERCENT");
    check("it took only a year", "a year/DATE");
  }

  @Test
  void a_month_and_day_written_with_a_slash_are_one_date() {
    check("we return Sep / 14 and leave Apr / 30", "Sep / 14/DATE", "Apr / 30/DATE");
  }

  @Test
  void a_slashed_month_and_day_where_a_date_stands_is_a_date() {
    check("the report is due by 6/14 and ships since 9/3", "6/14/DATE", "9/3/DATE");
    check("the lab is open on 3/18 , 3/19 or 3/21", "3/18/DATE", "3/19/DATE", "3/21/DATE");
    check("the show runs from 4/2 to 4/9", "from 4/2 to 4/9/DATE");
    check("we fly Thursday 8/22 to Denver", "Thursday 8/22/DATE");
  }

  @Test
  void a_slashed_number_without_a_date_cue_stays_a_count() {
    check("add 3/4 of the flour ; they won 5/12 of their games", "3/4/NUMBER", "5/12/NUMBER");
    check("on 3/45 of the votes", "3/45/NUMBER");
  }

  @Test
  void ordinal_words_name_days_of_a_month() {
    check("born on the third of June 1984 and wed on the twenty - first of May", "the third of June 1984/DATE",
        "the twenty - first of May/DATE");
    check("the game is on September twelfth this year", "September twelfth/DATE", "this year/DATE");
  }

  @Test
  void two_days_sharing_their_month_are_one_date() {
    check("closed between the second and the fifth of March", "between the second and the fifth of March/DATE");
    check("open on the 8th or 9th of May", "the 8th or 9th of May/DATE");
  }

  @Test
  void an_ordinal_word_after_a_month_can_still_rank_a_period() {
    check("in June second - quarter sales rose", "June/DATE", "second - quarter/DATE");
  }

  @Test
  void the_day_alone_after_on_is_a_date() {
    check("we meet on the 23 at noon", "the 23/DATE", "noon/TIME");
    check("she lives on the 23 floor", "23/NUMBER");
    check("not on the 2nd floor but on the 3rd .", "2nd/ORDINAL", "3rd/ORDINAL");
  }

  @Test
  void percentage_and_percents_after_a_number_are_percent_words() {
    check("the economy grew 40 percentage in a year", "40 percentage/PERCENT", "a year/DATE");
    check("up two hundred percents", "two hundred percents/PERCENT");
    check("in 2005 percentage growth fell", "2005/DATE"); // a year, then a noun
  }

  @Test
  void a_currency_named_by_its_country_in_lower_case() {
    check("fined 5,000 lebanese pounds", "5,000 lebanese pounds/MONEY");
    check("paid 30 sri lankan rupees", "30 sri lankan rupees/MONEY");
    // "won", "real", "rand", "mark", "pound" are words too: with a name before them, only a nationality makes money
    List<String> team = spans("beat them 3 Kansas City won the game");
    assertEquals(List.of(), team.stream().filter(s -> s.endsWith("/MONEY")).toList());
  }

  @Test
  void any_currency_sign_after_an_amount_and_more_signs_before_one() {
    check("paid 100 ₾ and ₽ 500 and 20 ₡", "100 ₾/MONEY", "₽ 500/MONEY", "20 ₡/MONEY");
  }

  @Test
  void codes_with_a_scale_letter_are_money() {
    check("sales of 120 MEUR and 500 kSEK", "120 MEUR/MONEY", "500 kSEK/MONEY");
  }

  @Test
  void metric_spellings_micro_signs_and_radians_are_units() {
    check("a dose of 0.5 µg or 37 microgrammes", "0.5 µg/QUANTITY", "37 microgrammes/QUANTITY");
    check("a diameter of 2 picometres and an angle of 3 radians", "2 picometres/QUANTITY", "3 radians/QUANTITY");
    check("a 250 nanometer wave and 3 kilogrammes", "250 nanometer/QUANTITY", "3 kilogrammes/QUANTITY");
  }

  @Test
  void a_quarter_or_half_before_a_scale_is_a_number() {
    check("we sold a quarter million copies", "a quarter million/NUMBER");
    check("it costs quarter billion us dollars and half million euros", "quarter billion us dollars/MONEY",
        "half million euros/MONEY");
    check("in the first quarter a million left", "the first quarter/DATE", "a million/NUMBER");
    check("5 Deutsche marks", "5 Deutsche marks/MONEY");
  }
}
