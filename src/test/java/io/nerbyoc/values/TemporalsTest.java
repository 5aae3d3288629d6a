package io.nerbyoc.values;

import static io.nerbyoc.values.Show.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * Dates and times against the reference date Monday 2016-11-07 (Recognizers-Text's usual one),
 * one convention per case: "timex = value" as docs/VALUES.md writes them.
 */
class TemporalsTest {

  private static String date(String text) {
    return value("DATE", text);
  }

  private static String time(String text) {
    return value("TIME", text);
  }

  @Test
  void a_count_before_a_time_it_does_not_take_is_left_out() {
    assertEquals("2016-11-07TAF = 2016-11-07T12:00:00..2016-11-07T16:00:00", time("34 this afternoon"), "building 34 this afternoon");
    assertNull(time("2 morning"), "2 morning sessions: no anchor, a count of mornings (DayTimesTest)");
    assertNull(date("31 Feb 16"), "no such day, not Feb 16");
    assertEquals("2016-11-07T20 = 2016-11-07T20:00:00", time("at 8 tonight"), "an hour the time takes is kept");
    assertNull(time("3 2 hours"), "two counts are no time");
  }

  @Test
  void a_recurring_date_keeps_its_open_year_and_resolves_to_no_one_day() {
    assertEquals("XXXX-06-19", date("19 June every year"));
    assertEquals("XXXX-WXX-1", date("Monday every week"));
    assertNull(date("2015 every year"), "a year that recurs is no date");
  }

  @Test
  void a_link_word_the_span_kept_at_its_end_is_read_without() {
    assertEquals("T14 = 14:00:00", time("2pm for"), "meet at 2pm for 1 hr");
    assertNull(time("for"));
  }

  @Test
  void two_hyphens_are_a_dash() {
    // wikigold writes ranges so; they had no value
    assertEquals("(1943-01-01,1945-01-01,P2Y) = 1943-01-01..1945-01-01", date("1943 -- 1945"));
    assertEquals("(1990-01-01,2006-01-15,P5858D) = 1990-01-01..2006-01-15", date("circa 1990 --- January 15 2006"), "three too");
    assertEquals("(1945-06-01,1945-11-21,P173D) = 1945-06-01..1945-11-21", date("1 June 1945 -- 21 November 1945"));
  }

  @Test
  void a_decade_tokenized_apart_from_its_s_is_the_decade() {
    // "1990 's" was the year 1990 where "1990's" is the decade: the same text, split as CoNLL and wikigold write it
    assertEquals("(1990-01-01,2000-01-01,P10Y) = 1990-01-01..2000-01-01", date("the 1990 's"));
    assertEquals("(XX60-01-01,XX70-01-01,P10Y) = 1966-01-01..1970-01-01", date("the late 60 's"));
    assertEquals("XXXX-WXX-6 = 2016-11-05", date("Saturday 's"), "no decade, no change");
  }

  @Test
  void absolute_dates() {
    assertEquals("1998-03-03 = 1998-03-03", date("March 3, 1998"));
    assertEquals("1998-03-03 = 1998-03-03", date("3 March 1998"));
    assertEquals("1998-03-03 = 1998-03-03", date("the 3rd of March, 1998"));
    assertEquals("1998-03 = 1998-03-01..1998-04-01", date("March 1998"));
    assertEquals("1998 = 1998-01-01..1999-01-01", date("1998"));
    assertEquals("2016-11-08 = 2016-11-08", date("2016-11-08"));
    assertEquals("2016-11-08 = 2016-11-08", date("11/8/2016"));
    assertEquals("2019-01-04 = 2019-01-04", date("04th Jan 2019"));
    assertEquals("1995-07-04 = 1995-07-04", date("july 4th of 1995"));
  }

  @Test
  void a_date_without_a_year_is_the_occurrence_nearest_the_reference_date() {
    assertEquals("XXXX-10-02 = 2016-10-02", date("October 2"));
    assertEquals("XXXX-02-10 = 2017-02-10", date("Feb. 10"));
    assertEquals("XXXX-05 = 2016-05-01..2016-06-01", date("May"), "mid-May 2016 is 176 days back, 2017's 189 ahead");
    assertEquals("XXXX-01-05 = 2017-01-05", date("Monday, Jan. 5"));
  }

  @Test
  void weekdays() {
    assertEquals("XXXX-WXX-3 = 2016-11-09", date("Wednesday"));
    assertEquals("XXXX-WXX-5 = 2016-11-04", date("Friday"), "three days back is nearer than four ahead");
    assertEquals("2016-11-18 = 2016-11-18", date("next Friday"));
    assertEquals("2016-11-11 = 2016-11-11", date("this Friday"));
    assertEquals("2016-11-02 = 2016-11-02", date("last Wednesday"));
    assertEquals("2016-11-02 = 2016-11-02", date("this past Wednesday"));
    assertEquals("2016-11-09 = 2016-11-09", date("this coming Wednesday"));
  }

  @Test
  void relative_to_the_reference_date() {
    assertEquals("2016-11-07 = 2016-11-07", date("today"));
    assertEquals("2016-11-06 = 2016-11-06", date("yesterday"));
    assertEquals("2016-11-08 = 2016-11-08", date("tomorrow"));
    assertEquals("2015 = 2015-01-01..2016-01-01", date("last year"));
    assertEquals("2016 = 2016-01-01..2017-01-01", date("this year's"));
    assertEquals("2016-12 = 2016-12-01..2017-01-01", date("next month"));
    assertEquals("2016-W44 = 2016-10-31..2016-11-07", date("last week"));
    assertEquals("2016-W45 = 2016-11-07..2016-11-14", date("this week"));
    assertEquals("(2016-07-01,2016-10-01,P3M) = 2016-07-01..2016-10-01", date("last quarter"));
    assertEquals("(2014-11-07,2016-11-07,P2Y) = 2014-11-07..2016-11-07", date("the past two years"));
    assertEquals("(2016-11-08,2016-11-13,P5D) = 2016-11-08..2016-11-13", date("the next five days"));
    assertEquals("2016-10-17 = 2016-10-17", date("three weeks ago"));
    assertEquals("2015-05 = 2015-05-01..2015-06-01", date("last May"));
    assertEquals("2016-W45-WE = 2016-11-12..2016-11-14", date("this weekend"));
    assertNull(date("recent years"), "vague: no value");
    assertEquals("(2016-11-07T00:00:00,2016-11-07T01:00:00,PT1H) = 2016-11-07..2016-11-07T01:00:00", time("the next hour"));
    assertEquals("(2016-10-24,2016-11-07,P2W) = 2016-10-24..2016-11-07", date("the past fortnight"));
    assertEquals("2016-11-07T00:30:00 = 2016-11-07T00:30:00", time("half an hour from now"));
    assertEquals("2016-12-15 = 2016-12-15", date("the 15th day of next month"));
    assertEquals("XXXX-06-15 = 2016-06-15", date("the 15th day of June"));
  }

  @Test
  void durations_and_ages() {
    assertEquals("P3W", date("three weeks"));
    assertEquals("P10Y", date("a decade"));
    assertEquals("P10Y", date("10-year"));
    assertEquals("P1.5Y", date("a year and a half"));
    assertEquals("P62Y", date("62 years old"));
    assertEquals("PT2H", time("two hours"));
    assertEquals("PT0.5H", time("half an hour"), "decimal hours, as Recognizers-Text writes them");
    assertEquals("P9M", date("the nine months"));
  }

  @Test
  void named_periods() {
    assertEquals("(1990-01-01,2000-01-01,P10Y) = 1990-01-01..2000-01-01", date("the 1990s"), "decades as ranges, as theirs");
    assertEquals("(XX90-01-01,XX00-01-01,P10Y) = 1990-01-01..2000-01-01", date("the '90s"), "the century not written");
    assertEquals("(1800-01-01,1900-01-01,P100Y) = 1800-01-01..1900-01-01", date("the 19th century"));
    assertEquals("(2019-07-01,2019-10-01,P3M) = 2019-07-01..2019-10-01", date("the third quarter of 2019"));
    assertEquals("(2019-07-01,2019-10-01,P3M) = 2019-07-01..2019-10-01", date("Q3 2019"));
    assertEquals("(2019-01-01,2019-07-01,P6M) = 2019-01-01..2019-07-01", date("the first half of 2019"));
    assertEquals("(XXXX-07-01,XXXX-10-01,P3M)", date("Q3"), "which year is not said: timex only");
    assertEquals("(XXXX-10-01,XXXX-01-01,P3M) = 2016-10-01..2017-01-01", date("the fourth quarter of the year"),
        "the end's year unsaid too (was 2017-01-01)");
    assertEquals("(XXXX-07-01,XXXX-01-01,P6M) = 2016-07-01..2017-01-01", date("the second half of the year"));
    assertEquals("2004-SU", date("the summer of 2004"), "seasons are not placed on the calendar");
    assertEquals("1969-W15 = 1969-04-07..1969-04-14", date("the week of April 12, 1969"));
    assertEquals("FY2023", date("fiscal 2023"), "fiscal calendars differ: a timex, no value");
    assertEquals("(XX90-01-01,XX00-01-01,P10Y) = 1990-01-01..2000-01-01", date("the nineties"),
        "the century is not said (timex); the value takes the two-digit years' rule");
    assertEquals("2016-W47 = 2016-11-21..2016-11-28", date("the week after next"));
    assertEquals("2014 = 2014-01-01..2015-01-01", date("the year before last"));
  }

  @Test
  void holidays() {
    assertEquals("XXXX-12-25 = 2016-12-25", date("Christmas"));
    assertEquals("2018-04-01 = 2018-04-01", date("Easter 2018"));
    assertEquals("2016-11-24 = 2016-11-24", date("Thanksgiving"));
    assertEquals("2017-05-29 = 2017-05-29", date("Memorial Day 2017"));
    assertNull(date("Ramadan"), "a lunar calendar's feast: no Gregorian rule here");
    assertEquals("2010-12-25 = 2010-12-25", date("Christmas of 2010"));
    assertEquals("2017-12-25 = 2017-12-25", date("the Christmas of next year"));
    assertEquals("XXXX-01-01 = 2017-01-01", date("New Year Day"));
    assertEquals("2016-12-27 = 2016-12-27", date("5 days before new year"), "the holiday's name alone");
    assertNull(date("the new year"), "the year to come, no day");
    assertEquals("2016-12-25 = 2016-12-25", date("next Christmas"), "the first after the reference date");
    assertEquals("2015-11-26 = 2015-11-26", date("last Thanksgiving"), "2016's is still to come");
  }

  @Test
  void edges_keep_the_timex_and_narrow_the_value() {
    assertEquals("2010 = 2010-01-01..2010-07-01", date("early 2010"));
    // a day's or a weekend's thirds are hours: truncated to days they were empty (start = end)
    assertEquals("XXXX-WXX-3 = 2016-11-09..2016-11-09T08:00:00", date("early Wednesday"));
    assertEquals("2016-11-08 = 2016-11-08T16:00:00..2016-11-09", date("late tomorrow"));
    assertEquals("XXXX-WXX-3 = 2016-11-09..2016-11-09T08:00:00", date("early in the day Wednesday"), "as 'early Wednesday'");
    assertEquals("XXXX-WXX-5 = 2016-11-04T16:00:00..2016-11-05", date("late in the day on Friday"));
    assertEquals("(1990-01-01,2000-01-01,P10Y) = 1993-01-01..1996-01-01", date("the mid-1990s"));
    assertEquals("2016 = 2016-07-01..2017-01-01", date("the end of the year"));
    assertEquals("2016 = 2016-07-01..2017-01-01", date("end of year"), "without its articles, as business writes it");
    assertEquals("2016-11 = 2016-11-16..2016-12-01", date("end of month"));
    assertEquals("2016 = 2016-01-01..2016-11-07", date("earlier this year"));
    assertEquals("2015 = 2015-07-01..2016-01-01", date("late last year"));
    assertEquals("2016 = 2016-01-01..2016-07-01", date("early in 2016"), "\"in\" after the edge read past");
    assertEquals("2016 = 2016-11-07..2017-01-01", date("later in the year"));
    assertEquals("2016-11 = 2016-11-01..2016-11-07", date("earlier in the month"), "as \"earlier this month\"");
    assertEquals("2016-11 = 2016-11-16..2016-12-01", date("late in the month"));
    assertEquals("TMO", date("early in the morning"), "a part of a day, as before");
  }

  @Test
  void ranges() {
    assertEquals("(2004-05-01,2004-07-01,P2M) = 2004-05-01..2004-07-01", date("from May to July 2004"));
    assertEquals("(2001-01-01,2003-01-01,P2Y) = 2001-01-01..2003-01-01", date("between 2001 and 2003"));
    assertEquals("(1990-01-01,1995-01-01,P5Y) = 1990-01-01..1995-01-01", date("1990 - 95"));
    assertEquals("(XXXX-05-05,XXXX-05-07,P2D) = 2017-05-05..2017-05-07", date("May 5 - 7"));
    assertEquals("(2016-06-27,2016-06-29,P2D) = 2016-06-27..2016-06-29", date("27 - 29 June 2016"));
    assertEquals("(XXXX-11-01,XXXX-03-01,P4M) = 2016-11-01..2017-03-01", date("from Nov to March"));
    assertEquals("(2007-01-01,2009-01-01,P24M) = 2007-01-01..2009-01-01", date("from 2007 to the end of 2008"), "up to its end, in months, as theirs");
    assertEquals("2015-12 = 2015-12-01..2016-01-01", date("2015-12"), "a month: 2012 cannot end a range from 2015");
  }

  @Test
  void a_weekday_ending_a_range_is_the_first_after_its_start() {
    assertEquals("(XXXX-WXX-1,XXXX-WXX-5,P4D) = 2016-11-07..2016-11-11", date("from Monday to Friday"), "was 362 days");
    assertEquals("(2016-11-14,2016-11-18,P4D) = 2016-11-14..2016-11-18", date("from next Monday to Friday"));
    assertEquals("(XXXX-WXX-1T09,XXXX-WXX-5T17,PT104H) = 2016-11-07T09:00:00..2016-11-11T17:00:00",
        date("from Monday 9am to Friday 5pm"), "moments too: the first Friday after the start");
    assertNull(date("from May 5 to Friday"), "which Friday depends on a year the text does not give");
    assertNull(date("from Friday to May 5"));
  }

  @Test
  void a_day_of_a_month_named_against_the_reference_date() {
    assertEquals("2016-11-21 = 2016-11-21", date("the 21st this month"));
    assertEquals("2016-12-21 = 2016-12-21", date("the 21st of next month"));
    assertEquals("XXXX-09-23 = 2016-09-23", date("the twenty-third day of September"));
  }

  @Test
  void an_edge_bounds_a_range_at_its_point_and_only_years_count_in_years() {
    assertEquals("(2008-01-01,2009-01-01,P12M) = 2008-01-01..2009-01-01", date("between the end of 2007 and the end of 2008"));
    assertEquals("(2007-01-01,2008-01-01,P12M) = 2007-01-01..2008-01-01", date("from 2007 to the start of 2008"));
    assertEquals("(2007-07-02,2009-01-01,P549D) = 2007-07-02..2009-01-01", date("from the middle of 2007 to the end of 2008"),
        "the middle of 2007 is its 183rd day");
    assertEquals("(2017-01-01,2018-01-01,P12M) = 2017-01-01..2018-01-01", date("from 2017-q1 to 2018-q1"), "quarters, not years");
    assertEquals("(2010-01-01,2020-01-01,P10Y) = 2010-01-01..2020-01-01", date("from 2010 to 2020"));
  }

  @Test
  void a_range_to_a_day_alone_takes_the_first_part_s_month_or_the_next() {
    assertEquals("(XXXX-04-09,XXXX-04-17,P8D) = 2017-04-09..2017-04-17", date("April ninth through seventeenth"));
    assertEquals("(XXXX-04-09,XXXX-04-17,P8D) = 2017-04-09..2017-04-17", date("from April the ninth till the seventeenth"));
    assertEquals("(XXXX-04-27,XXXX-05-03,P6D) = 2017-04-27..2017-05-03", date("from April twenty-seventh to the third"),
        "a day before the first is of the next month");
    assertEquals("(2016-12-30,2017-01-02,P3D) = 2016-12-30..2017-01-02", date("from December 30, 2016 to the 2nd"));
  }

  @Test
  void times() {
    assertEquals("T21:30 = 21:30:00", time("9:30 p.m. EST"));
    assertEquals("T15 = 15:00:00", time("3pm"));
    assertEquals("T08:00:31 = 08:00:31", time("8:00:31am"));
    assertEquals("T10 = 10:00:00", time("10 a.m."));
    assertEquals("T12 = 12:00:00", time("noon"));
    assertEquals("T05 = 05:00:00", time("five o'clock"));
    assertEquals("(T09,T10,PT1H) = 09:00:00..10:00:00", time("9 - 10 a.m."));
    assertEquals("(T15,T17,PT2H) = 15:00:00..17:00:00", time("3 - 5 pm"));
    assertEquals("(T14:00,T14:30,PT30M) = 14:00:00..14:30:00", time("2:00 - 2:30 pm"));
    assertEquals("(XXXX-WXX-2T14:00,XXXX-WXX-2T14:30,PT30M) = 2016-11-08T14:00:00..2016-11-08T14:30:00",
        time("2:00 - 2:30 pm on Tuesday"));
  }

  @Test
  void an_h_between_or_after_hours_and_minutes_is_the_24_hour_clock() {
    assertEquals("T10:30 = 10:30:00", time("10h30"));
    assertEquals("T22:30 = 22:30:00", time("22:30h"));
    assertNull(time("25h30"), "no such hour");
    assertNull(time("14h"), "alone, 14 hours or 2 pm");
  }

  @Test
  void four_digits_before_hours_are_a_time_when_zero_led_or_cued() {
    assertEquals("T08:00 = 08:00:00", time("0800 hours"), "no count is written with a leading zero");
    assertEquals("T16:30 = 16:30:00", time("at 1630 hours"));
    assertEquals("XXXX-WXX-5T16:30 = 2016-11-04T16:30:00", time("at 1630 hrs on Friday"));
    assertNull(time("1630 hours"), "uncued: a time, or a count of hours (was PT1630H)");
    assertNull(time("2000 hours"), "\"2000 hours of service\" counts; \"at 2000 hours\" is 8 pm: neither without a cue");
    assertEquals("PT2500H", time("2500 hours"), "no clock writes 25:00");
    assertEquals("PT1875H", time("1875 hours"), "nor 75 minutes");
  }

  @Test
  void a_colon_time_before_hours_is_a_time_when_no_length_reads_so() {
    assertEquals("T19:00 = 19:00:00", time("19:00 hrs"));
    assertEquals("T07:30 = 07:30:00", time("07:30 hours"));
    assertNull(time("1:30 hours"), "may be an hour and a half");
  }

  @Test
  void minutes_past_noon_or_midnight() {
    assertEquals("T00:30 = 00:30:00", time("half past midnight"));
    assertEquals("T12:15 = 12:15:00", time("a quarter past noon"));
    assertEquals("T12:30 = 12:30:00", time("half past twelve"), "as written");
  }

  @Test
  void iso_8601_written_dates_and_times() {
    assertEquals("2017-03-05T10:00 = 2017-03-05T10:00:00", time("2017-03-05T10:00"));
    assertEquals("2017-03-15 = 2017-03-15", date("2017.03.15"), "year first with dots");
    assertNull(date("2017.13.15"), "no thirteenth month");
  }

  @Test
  void through_before_a_date_bounds_it_as_until_does() {
    assertEquals("2020 = 2020-01-01..2021-01-01", date("through 2020"));
    assertEquals("XXXX-WXX-5 = 2016-11-04", date("thru Friday"));
    assertEquals("(XXXX-04-01,XXXX-06-01,P2M) = 2017-04-01..2017-06-01", date("April through June"), "between two dates, a range");
  }

  @Test
  void an_upper_case_h_between_a_half_and_a_year_is_no_clock() {
    assertNull(time("2H17"), "the second half of 2017, as finance writes it: not 02:17");
    assertEquals("T02:17 = 02:17:00", time("2h17"));
  }

  @Test
  void times_with_their_day() {
    assertEquals("2016-11-07TMO = 2016-11-07T08:00:00..2016-11-07T12:00:00", time("this morning"));
    assertEquals("2016-11-07TNI = 2016-11-07T20:00:00..2016-11-08", time("tonight"));
    assertEquals("2016-11-06TAF = 2016-11-06T12:00:00..2016-11-06T16:00:00", time("yesterday afternoon"));
    assertEquals("XXXX-WXX-1TNI = 2016-11-07T20:00:00..2016-11-08", time("Monday night"));
    assertEquals("XXXX-WXX-2T09 = 2016-11-08T09:00:00", time("9 a.m. Tuesday"));
    assertEquals("1896-07-30T18:30 = 1896-07-30T18:30:00", time("6:30 pm on July 30, 1896"));
    assertEquals("XXXX-06-01TEV = 2016-06-01T16:00:00..2016-06-01T20:00:00", time("the evening of June 1"));
  }

  @Test
  void the_reference_date_moves_relative_values_only() {
    LocalDateTime other = LocalDateTime.parse("2019-01-31T00:00:00");
    assertEquals("2019-02-08 = 2019-02-08", value("DATE", "next Friday", other));
    assertEquals("1998-03-03 = 1998-03-03", value("DATE", "March 3, 1998", other));
  }

  @Test
  void a_long_entity_is_not_read_and_costs_little() {
    String words = String.join(" ", java.util.Collections.nCopies(8, "3 pm Monday to"));
    long t0 = System.nanoTime();
    assertNull(time(words));
    String sixteen = "from 9 a.m. Monday , May 5 , 2016 to 5 p.m. Friday , May 9 , 2016";
    time(sixteen);
    assertTrue(System.nanoTime() - t0 < 2_000_000_000L, "bounded work per entity");
  }

  @Test
  void hours_after_a_day_are_of_that_day_and_share_its_half() {
    assertEquals("(XXXX-WXX-4T19:00,XXXX-WXX-4T21:00,PT2H) = 2016-11-10T19:00:00..2016-11-10T21:00:00", time("Thursday 19:00 - 21:00"));
    assertEquals("(XXXX-WXX-2T14:00,XXXX-WXX-2T14:30,PT30M) = 2016-11-08T14:00:00..2016-11-08T14:30:00",
        time("Tuesday at 2:00 - 2:30 pm"));
    assertEquals("(2016-11-08T09,2016-11-08T17,PT8H) = 2016-11-08T09:00:00..2016-11-08T17:00:00", time("tomorrow 9 - 5pm"),
        "9 p.m. would not come first");
    assertEquals("(2016-11-08T09,2016-11-08T17,PT8H) = 2016-11-08T09:00:00..2016-11-08T17:00:00", time("tomorrow 9am - 5pm"));
  }

  @Test
  void between_now_and_a_day_without_its_year_is_the_next_one() {
    assertEquals("(2019-04-23,XXXX-11-15,P206D) = 2019-04-23..2019-11-15",
        Show.value("DATE", "between now and November 15th", java.time.LocalDateTime.parse("2019-04-23T00:00:00")));
  }

  @Test
  void a_range_of_months_without_years_runs_forward_and_keeps_its_years_unknown() {
    assertEquals("(XXXX-04-01,XXXX-07-01,P3M) = 2017-04-01..2017-07-01", date("from April until the end of June"));
    assertEquals("(XXXX-11-01,XXXX-03-01,P4M) = 2016-11-01..2017-03-01", date("from Nov to March"));
  }

  @Test
  void a_bound_before_a_date_or_time_keeps_its_value() {
    // as "at least" and "up to" do: theirs mark the bound apart (Mod), the timex is the date's
    assertEquals("T07:00 = 07:00:00", time("as late as 7:00 am"));
    assertEquals("2016-11-08 = 2016-11-08", date("as late as tomorrow"));
    assertEquals("2016-W46 = 2016-11-14..2016-11-21", date("no later than next week"));
    assertEquals("XXXX-02-01T06:00 = 2017-02-01T06:00:00", date("Feb 1st no later than 6:00"), "a day and its bounding time");
    assertEquals("2016-11-16T10 = 2016-11-16T10:00:00", date("next Wednesday later than 10 in the morning"));
    assertEquals("XXXX-WXX-1T15 = 2016-11-07T15:00:00", date("3 pm or later on Monday"), "a bound after the time");
    assertNull(date("Monday or Tuesday"), "two days, no bound");
  }

  @Test
  void a_period_s_possessive_names_its_part() {
    assertEquals("(2017-01-01,2017-04-01,P3M) = 2017-01-01..2017-04-01", date("next year's first quarter"), "the first quarter of next year");
    assertEquals("2016-12-25 = 2016-12-25", date("this year's Christmas"));
    assertEquals("2015 = 2015-01-01..2016-01-01", date("last year 's"), "a trailing possessive is read past");
  }

  @Test
  void bare_days_before_their_month_are_days_of_it() {
    assertEquals("(2016-12-04,2016-12-23,P19D) = 2016-12-04..2016-12-23", date("from 4-23 in next month"));
    assertEquals("(XXXX-05-04,XXXX-05-23,P19D) = 2016-05-04..2016-05-23", date("between 4 and 23 of May"));
    assertNull(date("from 4-31 in February"), "no such day");
    assertNull(date("from 4-23 in next year"), "days of a month only");
  }

  @Test
  void a_unit_letter_glued_to_its_number_is_a_duration() {
    assertEquals("P10D", date("10D"));
    assertEquals("P3W", date("3w"));
    assertNull(time("14h"), "'14h' may be a time of day: no duration");
    assertNull(date("10 d"), "a letter apart is no unit");
  }

  @Test
  void at_before_a_time_is_a_link_read_past() {
    assertEquals("T00 = 00:00:00", time("at mid night"));
    assertEquals("T17 = 17:00:00", time("at 5pm"));
    assertNull(time("at 5"), "a bare hour alone still has no value");
    assertEquals("P5D", date("at least 5 days"), "'at least' stays a bound");
  }

  @Test
  void at_then_a_modifier_before_a_time() {
    assertEquals("T18 = 18:00:00", time("at around 6pm"));
    assertEquals("T07:30 = 07:30:00", time("at about 7:30"));
    assertNull(time("at around 6"), "a bare hour after an approximator may count");
  }

  @Test
  void a_zone_in_brackets_or_with_its_offset_is_read_past() {
    assertEquals("T18 = 18:00:00", time("6pm (GMT)"));
    assertEquals("T18 = 18:00:00", time("6pm GMT+1"));
    assertEquals("T10:30 = 10:30:00", time("10:30 UTC+05:30"));
  }

  @Test
  void a_bare_weekday_before_a_weekday_of_a_named_week_is_of_that_week() {
    assertEquals("(2016-11-14,2016-11-18,P4D) = 2016-11-14..2016-11-18", date("Monday to Friday next week"), "was (XXXX-WXX-1,2016-11-18,P11D)");
    assertEquals("(2016-10-31,2016-11-02,P2D) = 2016-10-31..2016-11-02", date("from Monday to Wednesday last week"));
    assertNull(date("Friday to Monday next week"), "which Friday is not said");
  }
}
