package io.nerbyoc.values;

import static io.nerbyoc.values.Show.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Relative dates (RelativeDates, CalendarPeriods) and written dates (DateParts), against Monday 2016-11-07. */
class RelativeAndWrittenDatesTest {

  private static String date(String text) {
    return value("DATE", text);
  }

  @Test
  void a_weekday_of_a_week_by_number_is_that_day() {
    assertEquals("2016-06-09 = 2016-06-09", date("Thursday, week 23"), "ISO week 23 of 2016 runs from June 6");
    assertEquals("2016-06-09 = 2016-06-09", date("week 23 on Thursday"));
    assertEquals("2016-06-09 = 2016-06-09", date("Thursday of week 23"));
  }

  @Test
  void a_weekday_of_a_named_week() {
    assertEquals("2016-11-21 = 2016-11-21", date("Monday after next"), "the week after next's, as 'next Monday' is next week's");
    assertEquals("2016-11-25 = 2016-11-25", date("the Friday after next"));
    assertEquals("2016-11-15 = 2016-11-15", date("next week on Tuesday"));
    assertEquals("2016-11-01 = 2016-11-01", date("Tuesday of last week"));
    assertEquals("2016-11-11 = 2016-11-11", date("this week - Friday"));
    assertEquals("2016-10-31 = 2016-10-31", date("previous week - Monday"), "a day of the week, not a range");
    assertEquals("2016-11-16 = 2016-11-16", date("Wednesday of the following week"));
  }

  @Test
  void counts_before_their_word() {
    assertEquals("(2016-11-08,2021-11-08,P5Y) = 2016-11-08..2021-11-08", date("5 upcoming years"));
    assertEquals("(2016-08-29,2016-11-07,P10W) = 2016-08-29..2016-11-07", date("10 previous weeks"));
    assertEquals("(2016-11-08,2016-11-10,P2D) = 2016-11-08..2016-11-10", date("the 2 next days"), "an article before the count");
    assertNull(date("the next couple weeks"), "a vague count, as 'a couple of dollars' (docs/VALUES.md)");
    // "I counted 13 last minute": a singular unit is not what is counted; the minute itself is the time
    assertEquals("(2016-11-06T23:59:00,2016-11-07T00:00:00,PT1M) = 2016-11-06T23:59:00..2016-11-07", date("13 last minute"));
  }

  @Test
  void a_counted_sum_of_amounts_is_counted_as_one() {
    assertEquals("(2016-07-22,2016-11-07,P3M2W2D) = 2016-07-22..2016-11-07", date("the last 3 months and 2 weeks and 2 days"));
    assertEquals("(2016-11-08,2016-11-25,P2W3D) = 2016-11-08..2016-11-25", date("the next 2 weeks and 3 days"));
    assertNull(date("the past 1 hour and 5 minutes"), "hours and minutes are not placed");
  }

  @Test
  void quarters_and_decades_are_counted_whole() {
    assertEquals("(2016-04-01,2016-10-01,P6M) = 2016-04-01..2016-10-01", date("the last 2 quarters"));
    assertEquals("(2017-01-01,2017-10-01,P9M) = 2017-01-01..2017-10-01", date("the next three quarters"));
    assertEquals("(2020-01-01,2040-01-01,P20Y) = 2020-01-01..2040-01-01", date("the next two decades"));
  }

  @Test
  void the_same_day_another_year_and_the_day_next() {
    assertEquals("2015-11-07 = 2015-11-07", date("this time last year"));
    assertEquals("2017-11-07 = 2017-11-07", date("this time next year"));
    assertEquals("2016-11-08 = 2016-11-08", date("the next day"));
    assertEquals("2016-11-11 = 2016-11-11", date("this upcoming Friday"));
    assertEquals("2016-11-07T23:59:59 = 2016-11-07T23:59:59", date("the end of today"));
  }

  @Test
  void seasons_without_a_year_are_their_code() {
    assertEquals("SU", date("summer"));
    assertEquals("SU", date("the whole summer"), "'the whole' qualifies, as 'about' does");
    assertEquals("2016-SU", date("this summer"));
  }

  @Test
  void a_weekday_and_the_day_of_its_month_name_that_date() {
    assertEquals("2016-11-11 = 2016-11-11", date("Friday the 11th"));
    assertEquals("2016-11-28 = 2016-11-28", date("Monday the twenty eighth"), "the nearest month where the 28th is a Monday");
    assertEquals("2016-11-28T18 = 2016-11-28T18:00:00", value("TIME", "Monday the twenty eighth at six pm"));
    assertEquals("XXXX-WXX-1 = 2016-11-28", date("Mon 28th"), "without the article theirs keep the weekday");
    assertNull(date("Tuesday the 31st of nothing"));
    assertEquals("XXXX-11-18 = 2016-11-18", date("this Friday 11/18"), "the written date names the day; 'this' adds nothing");
    assertEquals("XXXX-06-15 = 2016-06-15", date("next Friday-Jun-15"), "the nearest June 15th, as any date without its year");
  }

  @Test
  void written_dates() {
    assertEquals("XXXX-08-02 = 2016-08-02", date("second of Aug"));
    assertEquals("XXXX-02-22 = 2017-02-22", date("February twenty second"));
    assertEquals("XXXX-05-29 = 2016-05-29", date("May twenty nine"));
    assertEquals("2020-06-28 = 2020-06-28", date("28 June in 2020"));
    assertEquals("2018-12 = 2018-12-01..2019-01-01", date("Dec-2018"));
    assertEquals("2016-08-05 = 2016-08-05", date("05-aug-2016"));
    assertEquals("2020-09-23 = 2020-09-23", date("23/sep/2020"));
    assertEquals("2020-09-23 = 2020-09-23", date("2020/23/sep"), "year and day kept together by the word splitter");
    assertEquals("2019-08-01 = 2019-08-01", date("2019/aug/01"));
    assertEquals("2019-08-01 = 2019-08-01", date("2019-aug-1"), "one date, not a range from 2019 to August 1");
    assertEquals("2020-09-23 = 2020-09-23", date("September-2020-23"));
    assertEquals("2018-07-06 = 2018-07-06", date("2018-7-6"), "ISO's order, unpadded");
    assertEquals("2022-04-23 = 2022-04-23", date("23.04.2022"), "dotted dates are day first");
    assertEquals("2022-04-23T14:55 = 2022-04-23T14:55:00", value("TIME", "23.04.2022 14:55"));
    assertEquals("2016-10-16 = 2016-10-16", date("20161016"), "ISO 8601's basic form");
    assertEquals("2016-10-16 = 2016-10-16", date("2016 10 16"), "ISO 8601's order and digits, spaced");
    assertNull(date("2016 1 6"), "single digits: not written as a date");
    assertEquals("XXXX-10-01 = 2016-10-01", date("October, 1st"));
    assertEquals("1994-12-31 = 1994-12-31", date("Dec31 , 1994"), "a month and its day run together");
    assertEquals("2020-05-07 = 2020-05-07", date("5/7, 2020"));
    assertEquals("2020-02-02 = 2020-02-02", date("02-02-2020"), "month first, as with slashes");
    assertEquals("1939-08-23 = 1939-08-23", date("23-08-1939"), "23 cannot be a month");
    assertEquals("(2020-02-02,2020-03-03,P30D) = 2020-02-02..2020-03-03", date("02-02-2020 - 03-03-2020"));
    assertNull(date("2018-13-40"));
  }

  @Test
  void ranges_to_now_and_between_moments() {
    assertEquals("(2017-04-01,2017-06-01,P2M) = 2017-04-01..2017-06-01", date("from April to June in 2017"));
    assertEquals("(2016-03-01,2016-11-07,P251D) = 2016-03-01..2016-11-07", date("from March to date"), "the last March");
    assertEquals("(2015-01-01,2016-11-07,P676D) = 2015-01-01..2016-11-07", date("2015 to present"), "the present as now");
    assertEquals("(2015-01-01,2016-11-07,P676D) = 2015-01-01..2016-11-07", date("from 2015 to the present"));
    assertEquals("(2016-11-07,XXXX-11-15,P8D) = 2016-11-07..2016-11-15", date("between now and November 15th"));
    assertEquals("2016 = 2016-01-01..2016-11-07", date("the year to date"));
    assertEquals("(2016-11-07T14,2016-11-08T16:30,PT26H30M) = 2016-11-07T14:00:00..2016-11-08T16:30:00",
        date("from 2pm till tomorrow 4:30pm"));
  }

  @Test
  void a_period_named_before_keeps_its_digits_unknown() {
    assertEquals("XXXX-WXX", date("the same week"));
    assertEquals("XXXX-WXX-WE", date("that weekend"));
    assertEquals("XXXX", date("the same year"));
  }

  @Test
  void tomorrow_written_short() {
    assertEquals("2016-11-08 = 2016-11-08", date("tmrw"));
    assertEquals("2016-11-29 = 2016-11-29", date("three weeks from tmrw"));
  }

  @Test
  void a_weekday_with_a_year_and_no_day_names_no_day() {
    assertNull(date("Friday 2010"));
  }

  @Test
  void years_in_words() {
    assertEquals("1972-09-13 = 1972-09-13", date("13 Sept nineteen seventy two"));
    assertEquals("2005-10 = 2005-10-01..2005-11-01", date("October two thousand and five"));
    assertEquals("1733-04-06 = 1733-04-06", date("6 April seventeen hundred thirty three"));
    assertNull(date("March 5 five"), "no year in it");
    assertEquals("1986-01-25 = 1986-01-25", date("twenty five January nineteen eighty six"), "a day in words next to its month");
    assertEquals("1986-01-25 = 1986-01-25", date("January twenty five nineteen eighty six"));
  }

  @Test
  void a_weekday_orders_the_month_and_day_written_after_it() {
    java.time.LocalDateTime ref = java.time.LocalDateTime.parse("2018-07-06T00:00:00"); // a Friday
    assertEquals("XXXX-07-06 = 2018-07-06", Show.value("DATE", "Friday 7.6", ref), "July 6 is the Friday; June 7 is not");
    assertEquals("XXXX-07-06 = 2018-07-06", Show.value("DATE", "Friday 6/7", ref));
    assertEquals("XXXX-06-07 = 2018-06-07", Show.value("DATE", "Thursday 6/7", ref), "month first, as written dates are");
    assertEquals("XXXX-06-13 = 2018-06-13", Show.value("DATE", "Friday 13.6", ref), "neither falls on it: dotted, day first");
  }

  @Test
  void a_relative_calendar_year_is_that_year() {
    assertEquals("2016 = 2016-01-01..2017-01-01", date("this calendar year"));
    assertEquals("2015 = 2015-01-01..2016-01-01", date("last calendar year"));
  }

  @Test
  void business_days_are_counted_monday_to_friday() {
    java.time.LocalDateTime tuesday = java.time.LocalDateTime.parse("2018-08-21T00:00:00");
    assertEquals("(2018-08-15,2018-08-21,P4BD) = 2018-08-15..2018-08-21", value("DATE", "the previous 4 business days", tuesday));
    assertEquals("(2018-08-22,2018-08-28,P4BD) = 2018-08-22..2018-08-28", value("DATE", "the next 4 business days", tuesday),
        "the weekend skipped, to the day after the last");
    assertEquals("(2016-11-03,2016-11-07,P2BD) = 2016-11-03..2016-11-07", date("the last 2 working days"));
  }

  @Test
  void a_month_a_year_and_a_day_joined_are_one_date_in_any_order() {
    assertEquals("2020-09-23 = 2020-09-23", date("23-2020-September"));
    assertEquals("2020-09-23 = 2020-09-23", date("2020-23-sep"));
    assertNull(date("23-20-September"), "a two-digit number could be a day or a year");
  }

  @Test
  void a_workweek_as_a_working_week() {
    assertEquals("2016-W46 = 2016-11-14..2016-11-19", date("next workweek"));
    assertEquals("P3Y", date("3Y"), "a glued y as a glued d or w");
    assertEquals("PT1.5H", value("TIME", "one and half hour"), "'and half' without its article");
  }

  @Test
  void a_year_said_aloud() {
    assertEquals("2015 = 2015-01-01..2016-01-01", date("two thousand and fifteen"));
    assertEquals("1996 = 1996-01-01..1997-01-01", date("nineteen ninety six"));
    assertNull(date("two"), "one word is no year");
  }

  @Test
  void two_digits_after_a_day_and_its_month_are_a_year_by_the_two_digit_years_rule() {
    assertEquals("2016-11-07 = 2016-11-07", date("7 Nov 16"));
    assertEquals("1999-03-01 = 1999-03-01", date("01 March 99"), "at most ten years after the reference year");
    assertEquals("1987-04-15 = 1987-04-15", date("15 April of 87"));
    assertEquals("2026-03-18 = 2026-03-18", date("03/18/26"));
    assertEquals("1927-03-18 = 1927-03-18", date("03/18/27"), "2027 would be eleven years after 2016");
    assertEquals("XX35-11-12 = 1935-11-12", date("11/12/35"), "the 1930s and the 2030s both near: the century open");
    assertEquals("1987-04 = 1987-04-01..1987-05-01", date("April of 87"), "after 'of', two digits are no day");
    assertNull(date("31 Feb 16"), "no such day");
  }

  @Test
  void a_weekday_and_a_date_in_brackets_beside_each_other_are_that_date() {
    assertEquals("XXXX-06-15 = 2016-06-15", date("Friday (June 15)"));
    assertEquals("XXXX-06-15 = 2016-06-15", date("this friday (jun-15)"), "the date names the day, as in 'this Friday 5/12'");
    assertEquals("XXXX-05-22 = 2016-05-22", date("May 22 (Tue)"));
    assertEquals("2018-05-22 = 2018-05-22", date("22 May 2018 (Tuesday)"));
    assertNull(date("Friday (next week)"), "a weekday and a stretch: not one date");
  }

  @Test
  void a_start_that_borrows_the_end_s_year_and_would_follow_it_is_of_the_year_before() {
    assertEquals("(2016-11-01,2017-02-01,P3M) = 2016-11-01..2017-02-01", date("nov-feb 2017"));
    assertEquals("(2016-11-01,2017-02-05,P96D) = 2016-11-01..2017-02-05", date("nov-feb 5th, 2017"));
    assertEquals("(2016-12-27,2017-01-03,P7D) = 2016-12-27..2017-01-03", date("from 27 December to 3 January 2017"));
    assertEquals("(2004-05-01,2004-07-01,P2M) = 2004-05-01..2004-07-01", date("from May to July 2004"), "in order: the same year");
  }

  @Test
  void an_article_before_a_weekday_or_a_month_places_nothing() {
    assertEquals("XXXX-WXX-6 = 2016-11-05", date("the Saturday"), "a bare weekday, not this week's");
    assertEquals("XXXX-08 = 2016-08-01..2016-09-01", date("the August"));
    assertEquals("XXXX-WXX-6T23:59:59 = 2016-11-05T23:59:59", date("the end of the Saturday"));
  }

  @Test
  void next_last_or_this_before_a_month_and_day_is_that_day_of_the_year_named() {
    assertEquals("XXXX-03-02 = 2017-03-02", date("next March 2nd"), "as next March is next year's");
    assertEquals("XXXX-09-21 = 2017-09-21", date("next 21st of September"));
    assertEquals("XXXX-01-15 = 2015-01-15", date("last 1/15"));
    assertEquals("XXXX-12-01 = 2016-12-01", date("this 12/1"));
    assertNull(date("next Feb 29"), "2017 has none");
  }

  @Test
  void a_working_week_is_its_monday_to_friday() {
    assertEquals("2016-W46 = 2016-11-14..2016-11-19", date("next working week"));
    assertEquals("2016-W44 = 2016-10-31..2016-11-05", date("last work week"));
  }

  @Test
  void an_ordinal_day_after_its_article_is_a_day_of_a_month_not_said() {
    assertEquals("XXXX-XX-09 = 2016-11-09", date("the 9th"));
    assertEquals("XXXX-XX-30 = 2016-10-30", date("the 30th"), "the nearest 30th");
    assertNull(date("the 9"), "a number alone may count anything");
  }

  @Test
  void a_one_sided_bound_keeps_the_value_of_what_it_bounds() {
    assertEquals("XXXX-WXX-4 = 2016-11-10", date("until Thursday"));
    assertEquals("1999 = 1999-01-01..2000-01-01", date("since 1999"));
    assertEquals("2016-11-21 = 2016-11-21", date("by two weeks from now"));
    assertEquals("T09 = 09:00:00", value("TIME", "before 9am"));
    assertNull(date("after 4 days"), "counted from a day not said");
  }

  @Test
  void the_day_after_or_before_a_day_named() {
    assertEquals("2016-11-01 = 2016-11-01", date("the day after Halloween"));
    assertNull(date("the day after the match"), "from an event the text names");
  }

  @Test
  void this_past_and_this_coming_weekend() {
    assertEquals("2016-W44-WE = 2016-11-05..2016-11-07", date("this past weekend"));
    assertEquals("2016-W45-WE = 2016-11-12..2016-11-14", date("this coming weekend"));
    assertEquals("2016-W44 = 2016-10-31..2016-11-07", date("this past week"), "the last one, as the weekend");
    assertEquals("2016-10 = 2016-10-01..2016-11-01", date("this past month"));
    assertEquals("2015 = 2015-01-01..2016-01-01", date("this past year"));
  }

  @Test
  void the_next_or_previous_business_day_is_the_weekday_after_or_before() {
    java.time.LocalDateTime friday = java.time.LocalDateTime.parse("2016-11-11T00:00:00");
    assertEquals("2016-11-14 = 2016-11-14", Show.value("DATE", "the next business day", friday), "Monday, the weekend skipped");
    assertEquals("2016-11-14 = 2016-11-14", Show.value("DATE", "next working day", friday));
    assertEquals("2016-11-04 = 2016-11-04", date("the previous business day"), "before Monday 2016-11-07");
    assertEquals("2016-11-08 = 2016-11-08", date("the following business day"));
  }

  @Test
  void a_start_bound_keeps_the_value_as_since_does() {
    assertEquals("2016-11-08 = 2016-11-08", date("starting tomorrow"));
    assertEquals("2016-W46 = 2016-11-14..2016-11-21", date("from next week"));
    assertEquals("XXXX-WXX-1 = 2016-11-07", date("beginning Monday"));
    assertEquals("XXXX-01-01 = 2017-01-01", date("effective January 1"));
    assertNull(date("from 3 days"), "an amount counted from a day not said");
  }

  @Test
  void onwards_after_a_date_keeps_its_value_as_since() {
    assertEquals("2015 = 2015-01-01..2016-01-01", date("from 2015 onwards"));
    assertEquals("2015 = 2015-01-01..2016-01-01", date("2015 onward"));
    assertEquals("2015 = 2015-01-01..2016-01-01", date("from 2015 on"));
    assertNull(date("2015 on"), "\"on\" alone may start another phrase");
  }

  @Test
  void in_before_a_counted_stretch_is_read_past() {
    assertEquals("(2016-11-04,2016-11-07,P3D) = 2016-11-04..2016-11-07", date("in the past three days"));
    assertEquals("(2014-11-07,2016-11-07,P2Y) = 2014-11-07..2016-11-07", date("in the last two years"));
    assertEquals("(2016-11-08,2016-11-13,P5D) = 2016-11-08..2016-11-13", date("in the next five days"));
    assertNull(date("in the meeting"));
    assertEquals("2020 = 2020-01-01..2021-01-01", date("in the year 2020"));
    assertEquals("2015 = 2015-01-01..2015-07-01", date("in early 2015"));
    assertEquals("2015 = 2015-01-01..2016-01-01", date("throughout 2015"));
    assertEquals("2015 = 2015-01-01..2016-01-01", date("during 2015"));
    assertNull(date("in 3 business days"), "counted from a day: not the amount itself");
  }

  @Test
  void the_day_after_tomorrow_also_without_its_article() {
    assertEquals("2016-11-09 = 2016-11-09", date("day after tomorrow"));
    assertEquals("2016-11-05 = 2016-11-05", date("day before yesterday"));
    assertEquals("2016-11-09 = 2016-11-09", date("the day after tomorrow"));
  }

  @Test
  void the_end_of_the_day_is_today_s_last_second() {
    assertEquals("2016-11-07T23:59:59 = 2016-11-07T23:59:59", date("the end of the day"));
    assertEquals("2016-11-07T23:59:59 = 2016-11-07T23:59:59", date("end of day"));
  }

  @Test
  void written_forms_year_month_day_with_slashes_weds_and_in_time() {
    assertEquals("2018-02-03 = 2018-02-03", date("2018/02/03"));
    assertEquals("XXXX-WXX-3 = 2016-11-09", date("Weds"));
    assertEquals("2016-11-10 = 2016-11-10", date("in three days' time"));
  }

  @Test
  void a_month_of_a_year_named_relatively() {
    assertEquals("2015-03 = 2015-03-01..2015-04-01", date("March last year"));
    assertEquals("2017-06-12 = 2017-06-12", date("June 12 of next year"));
    assertEquals("2016-02 = 2016-02-01..2016-03-01", date("this year's February"));
  }

  @Test
  void a_weekday_of_a_named_week_after_its_article_or_possessive() {
    assertEquals("2016-11-02 = 2016-11-02", date("last week's Wednesday"));
  }

  @Test
  void days_of_a_month_named_right_after_them() {
    assertEquals("(2016-12-02,2016-12-09,P7D) = 2016-12-02..2016-12-09", date("between 2 and 9 next month"));
  }

  @Test
  void for_before_a_stretch_and_the_whole_of_a_period() {
    assertEquals("(2016-11-08,2016-11-15,P7D) = 2016-11-08..2016-11-15", date("for the next seven days"));
    assertEquals("2015 = 2015-01-01..2016-01-01", date("the whole of 2015"));
    assertEquals("2015 = 2015-01-01..2016-01-01", date("all of 2015"));
  }

  @Test
  void a_unit_to_date_is_the_current_one_so_far() {
    assertEquals("2016-11 = 2016-11-01..2016-11-07", date("month to date"));
  }

  @Test
  void the_present_is_present_ref_at_the_reference_moment() {
    java.time.LocalDateTime at = java.time.LocalDateTime.parse("2016-11-07T09:45:00");
    assertEquals("PRESENT_REF = 2016-11-07T09:45:00", value("DATE", "right now", at));
    assertEquals("PRESENT_REF = 2016-11-07T09:45:00", value("DATE", "at present", at));
    assertEquals("(2016-11-07,XXXX-11-15,P8D) = 2016-11-07..2016-11-15", date("between now and November 15th"), "a range's end stays a day");
  }
}
