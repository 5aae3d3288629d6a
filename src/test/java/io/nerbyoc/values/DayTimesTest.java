package io.nerbyoc.values;

import static io.nerbyoc.values.Show.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Times with their day or part of a day (DayTimes) and parts of no day (NoDayParts), against Monday 2016-11-07. */
class DayTimesTest {

  private static String time(String text) {
    return value("TIME", text);
  }

  @Test
  void a_time_takes_the_day_of_its_part_of_the_day() {
    assertEquals("2016-11-07T08 = 2016-11-07T08:00:00", time("8am this morning"));
    assertEquals("2016-11-08T21:30 = 2016-11-08T21:30:00", time("tomorrow night at 9:30 pm"));
  }

  @Test
  void a_bare_hour_takes_the_half_of_the_day_its_part_has() {
    assertEquals("2016-11-07T19 = 2016-11-07T19:00:00", time("tonight around 7"));
    assertEquals("2016-11-07T01 = 2016-11-07T01:00:00", time("tonight at 1am"), "written a.m. stays");
    assertEquals("2016-11-07T03 = 2016-11-07T03:00:00", time("tonight at 3"), "small hours of the night stay");
    assertEquals("XXXX-WXX-7T22:00 = 2016-11-06T22:00:00", time("Sunday late evening at 10:00"));
    assertEquals("2016-11-08T15 = 2016-11-08T15:00:00", time("tomorrow afternoon at 3"));
  }

  @Test
  void a_part_of_no_day_and_then_its_time() {
    assertEquals("T07 = 07:00:00", time("in the morning at 7"));
    assertEquals("T19 = 19:00:00", time("in the afternoon at 7"), "the hour takes the part's half of the day");
    assertEquals("T09 = 09:00:00", time("in the morning 9 o'clock"));
    assertEquals("(T03,T17,PT14H) = 03:00:00..17:00:00", time("from 3 in the morning until 5pm"));
  }

  @Test
  void a_count_before_a_part_of_a_day_is_no_hour() {
    assertNull(time("1 evening"), "'go out 1 evening' counts evenings");
    assertNull(time("2 morning"));
    assertEquals("T01 = 01:00:00", time("one in the morning"));
  }

  @Test
  void hours_and_minutes_as_four_digits_with_their_half_of_the_day() {
    assertEquals("T11:40 = 11:40:00", time("1140 a.m."));
    assertEquals("T23:40 = 23:40:00", time("1140 pm"));
    assertNull(time("2016 pm"));
  }

  @Test
  void four_digits_led_by_a_zero_are_a_24_hour_time() {
    assertEquals("T07:30 = 07:30:00", time("0730"));
    assertEquals("(T07:30,T09:30,PT2H) = 07:30:00..09:30:00", time("between 0730-0930"));
    assertNull(time("0760"), "no such minute");
    assertNull(time("073015"), "six digits may be a date");
    assertEquals("1730 = 1730-01-01..1731-01-01", time("1730"), "without the zero a year");
  }

  @Test
  void the_day_of_a_month_not_said_before_its_hours() {
    assertEquals("(XXXX-XX-17T14,XXXX-XX-17T16,PT2H) = 2016-11-17T14:00:00..2016-11-17T16:00:00", time("the 17 from 2pm to 4pm"));
    assertEquals("(XXXX-XX-17T14,XXXX-XX-17T16,PT2H) = 2016-11-17T14:00:00..2016-11-17T16:00:00", time("the 17 between 2 and 4pm"));
    assertEquals("XXXX-XX-31T17 = 2016-10-31T17:00:00", time("the 31 at 5pm"), "the nearest month that has one");
    assertNull(time("the 17"), "alone a day number is no date");
  }

  @Test
  void a_misplaced_dot_before_am_or_pm() {
    assertEquals("T09 = 09:00:00", time("9.am"));
    assertEquals("2016-11-08T21 = 2016-11-08T21:00:00", time("tomorrow at 9.pm"));
    assertNull(time("13.pm"));
  }

  @Test
  void a_dotted_time_after_a_cue() {
    assertEquals("XXXX-WXX-1T02:30 = 2016-11-07T02:30:00", time("Monday at 2.30"));
    assertEquals("T19:45 = 19:45:00", time("in the evening around 7.45"));
    assertNull(time("Monday 2.30"), "without a cue a number");
    assertEquals("T06:45 = 06:45:00", time("at 6.45"), "the cue alone, as for a clock time");
    assertEquals("T19:30 = 19:30:00", time("by 19.30"));
    assertNull(time("at 6.75"), "no such minute");
    assertNull(time("at 5"), "alone a bare number may count");
    assertEquals("(T09:30,T16:30,PT7H) = 09:30:00..16:30:00", time("9.30-4.30pm PST"), "before a time, a time");
    assertEquals("(XXXX-06-04T09:30,XXXX-06-04T16:30,PT7H) = 2016-06-04T09:30:00..2016-06-04T16:30:00",
        time("6/4 between 9.30-4.30pm"));
    assertNull(time("2.30-3.45"), "two numbers");
  }

  @Test
  void a_part_of_a_day_inside_its_day_s_words() {
    assertEquals("2016-11-16TEV = 2016-11-16T16:00:00..2016-11-16T20:00:00", time("Wednesday evening next week"));
  }

  @Test
  void a_clock_time_inside_its_day_s_words() {
    assertEquals("2016-10-26T15:50:06 = 2016-10-26T15:50:06", time("Wed Oct 26 15:50:06 2016"), "as Unix's date writes it");
  }

  @Test
  void a_bare_hour_after_a_written_clock_time_ends_its_hours() {
    assertEquals("(T06:30,T09,PT2H30M) = 06:30:00..09:00:00", time("between 6:30 to 9 PST"));
    assertEquals("(T10:30,T15,PT4H30M) = 10:30:00..15:00:00", time("from 10:30 to 3"), "the first 3 o'clock after 10:30");
    assertNull(time("between 3 and 5"), "bare hours alone may count anything");
    assertEquals("(T14:20,T15,PT40M) = 14:20:00..15:00:00", time("2:20 to 3pm"), "the first shares the p.m.");
  }

  @Test
  void a_bare_hour_needs_a_cue() {
    assertEquals("XXXX-WXX-6T05 = 2016-11-05T05:00:00", time("Saturday at 5"), "hours as written, theirs first");
    assertEquals("2016-11-08T17 = 2016-11-08T17:00:00", time("tomorrow before 5pm"));
  }

  @Test
  void am_and_pm_after_a_day_are_its_halves() {
    assertEquals("2016-11-08TMO = 2016-11-08T08:00:00..2016-11-08T12:00:00", time("tomorrow am"));
    assertEquals("2016-11-07TAF = 2016-11-07T12:00:00..2016-11-07T16:00:00", time("today pm"));
    assertEquals("XXXX-WXX-7TMO = 2016-11-06T08:00:00..2016-11-06T12:00:00", time("Sunday early morning"), "the edge is not kept");
  }

  @Test
  void hours_in_a_part_of_the_day() {
    assertEquals("(2016-11-07T19,2016-11-07T19:30,PT30M) = 2016-11-07T19:00:00..2016-11-07T19:30:00",
        time("this evening from 7 to 7:30"));
    assertEquals("(2016-11-06T15,2016-11-06T20,PT5H) = 2016-11-06T15:00:00..2016-11-06T20:00:00",
        time("yesterday afternoon from 3-8pm"));
  }

  @Test
  void a_part_of_no_day_has_its_hours_and_no_date() {
    assertEquals("TMO = 08:00:00..12:00:00", time("in the morning"));
    assertEquals("TMO = 08:00:00..12:00:00", time("the mornings"));
    assertEquals("TNI = 20:00:00..24:00:00", time("the night"));
    assertEquals("2016-11-07TNI = 2016-11-07T20:00:00..2016-11-08", time("tonight"), "tonight has its day");
    assertEquals("XXXX-WXX-2TMO = 2016-11-08T08:00:00..2016-11-08T12:00:00", time("Tuesday in the morning"));
  }

  @Test
  void an_edge_of_a_part_of_no_day_keeps_the_part_and_no_value() {
    assertEquals("TAF", time("late afternoon"));
    assertEquals("TEV", time("later in the evening"));
    assertEquals("TMO", time("early in the morning"));
    assertEquals("TMO", time("in the early morning"), "\"in the\" before the edge as after it");
    assertEquals("TEV", time("in late evening"));
  }

  @Test
  void a_time_in_its_part_of_the_day_before_its_day() {
    assertEquals("2016-11-08T17 = 2016-11-08T17:00:00", time("5 in the afternoon tomorrow"), "as \"tomorrow 5 in the afternoon\"");
    assertEquals("XXXX-WXX-5T21:30 = 2016-11-04T21:30:00", time("9:30 in the evening on Friday"));
    assertNull(time("5 in the afternoon 3 people"));
  }

  @Test
  void o_clock_with_its_half_of_the_day() {
    assertEquals("T19 = 19:00:00", time("7 o'clock p.m."));
    assertEquals("T19 = 19:00:00", time("seven o'clock pm"));
    assertEquals("T07 = 07:00:00", time("seven oclock am"));
    assertNull(time("13 o'clock pm"));
  }

  @Test
  void an_hour_with_ish_is_that_hour() {
    assertEquals("T11 = 11:00:00", time("11ish"), "as theirs");
    assertEquals("XXXX-WXX-5T17 = 2016-11-04T17:00:00", time("Friday at 17ish"));
    assertNull(time("30ish"));
  }

  @Test
  void an_hour_at_night_is_in_the_night_s_half() {
    assertEquals("T23 = 23:00:00", time("eleven o'clock at night"));
    assertEquals("T23:30 = 23:30:00", time("half past eleven at night"));
    assertEquals("T22 = 22:00:00", time("10 at night"));
    assertEquals("T03 = 03:00:00", time("3 at night"), "the small hours stay");
    assertEquals("TNI = 20:00:00..24:00:00", time("at night"));
    assertNull(time("7 at night markets"), "a count");
  }

  @Test
  void a_time_in_a_part_of_no_day_takes_its_half() {
    assertEquals("T21:10 = 21:10:00", time("ten past 9 in the evening"));
    assertEquals("T01 = 01:00:00", time("one in the morning"));
    assertEquals("T20:20 = 20:20:00", time("20 min past eight in the evening"));
    assertEquals("(T17,T18,PT1H) = 17:00:00..18:00:00", time("between 5 and 6 in the afternoon"));
    assertEquals("(T05,T07,PT2H) = 05:00:00..07:00:00", time("5 to seven in the morning"));
    assertEquals(null, time("7 to 5 in the morning"), "hours that run backwards are no range");
  }

  @Test
  void minutes_past_an_hour() {
    assertEquals("T03:15 = 03:15:00", time("a quarter past 3"));
    assertEquals("T07:30 = 07:30:00", time("half past 7"));
    assertEquals("T07:15 = 07:15:00", time("15 past seven o'clock"));
    assertEquals("T00 = 00:00:00", time("mid night"));
    assertEquals("T12 = 12:00:00", time("mid-day"), "was the middle third of today");
    assertEquals("2016-11-08T12 = 2016-11-08T12:00:00", time("tomorrow mid day"));
    assertEquals(null, time("75 past 3"), "no hour has 75 minutes");
    assertEquals("T15:20 = 15:20:00", time("twenty minutes past three pm"), "with its half of the day");
    assertEquals("T09:15 = 09:15:00", time("a quarter past 9 a.m."));
    assertNull(time("a quarter past 13 pm"));
  }

  @Test
  void bare_hours_between_or_from_with_their_day() {
    assertEquals("(2015-01-01T03,2015-01-01T05,PT2H) = 2015-01-01T03:00:00..2015-01-01T05:00:00", time("between 3 and 5 on 1/1/2015"));
    assertEquals("(2015-01-01T10:30,2015-01-01T15,PT4H30M) = 2015-01-01T10:30:00..2015-01-01T15:00:00",
        time("from 10:30 to 3 on 1/1/2015"), "3 is the first 3 o'clock after 10:30");
    assertEquals("(2016-11-06T19,2016-11-06T21,PT2H) = 2016-11-06T19:00:00..2016-11-06T21:00:00", time("between 7 and 9 last night"));
    assertEquals("(XXXX-04-22T17,XXXX-04-22T18,PT1H) = 2017-04-22T17:00:00..2017-04-22T18:00:00", time("from 5 to 6pm of april 22"));
    assertEquals(null, time("between 3 and 5"), "bare hours with no day or part of one may count anything");
  }

  @Test
  void bare_hours_with_a_dash_right_after_their_day() {
    // the second hour is the first such hour after the first, as "from 10:30 to 3"
    assertEquals("(XXXX-WXX-1T12,XXXX-WXX-1T16,PT4H) = 2016-11-07T12:00:00..2016-11-07T16:00:00", time("Monday 12-4"));
    assertEquals("(XXXX-WXX-1T11,XXXX-WXX-1T16,PT5H) = 2016-11-07T11:00:00..2016-11-07T16:00:00", time("Monday 11-4"));
    assertEquals("(2016-11-14T06,2016-11-14T08,PT2H) = 2016-11-14T06:00:00..2016-11-14T08:00:00", time("next Monday 6-8"));
    assertEquals("(2016-11-14T06,2016-11-14T08,PT2H) = 2016-11-14T06:00:00..2016-11-14T08:00:00", time("next Monday morning 6-8"));
    assertEquals("(2016-11-07T19,2016-11-07T21,PT2H) = 2016-11-07T19:00:00..2016-11-07T21:00:00", time("this evening 7-9"));
    assertNull(time("Monday 5 to 7"), "only with a dash; \"to\" may join counts");
    assertEquals("(XXXX-06-03,XXXX-06-05,P2D) = 2016-06-03..2016-06-05", time("June 3-5"), "days of a month stay days");
  }

  @Test
  void a_time_in_an_edge_of_a_part_keeps_the_time() {
    assertEquals("T08:00 = 08:00:00", time("8:00 early morning"));
    assertEquals("XXXX-WXX-7T08:00 = 2016-11-06T08:00:00", time("Sunday at 8:00 early morning"));
    assertEquals("XXXX-WXX-7T20 = 2016-11-06T20:00:00", time("Sunday at 8 in the evening"));
  }

  @Test
  void an_hour_and_its_minutes_in_words() {
    assertEquals("2016-11-08T07:27 = 2016-11-08T07:27:00", time("tomorrow at seven twenty-seven"));
    assertEquals("T06:43 = 06:43:00", time("six forty-three minutes"));
    assertEquals("2016-11-08T17:30 = 2016-11-08T17:30:00", time("five-thirty tomorrow evening"));
    assertEquals(null, time("five six"), "minutes under ten are not spelled so");
  }

  @Test
  void last_and_next_before_a_part_of_a_day_are_yesterday_and_tomorrow() {
    assertEquals("2016-11-06TMO = 2016-11-06T08:00:00..2016-11-06T12:00:00", time("last morning"));
    assertEquals("(2016-11-08T22:30,2016-11-08T23:45,PT1H15M) = 2016-11-08T22:30:00..2016-11-08T23:45:00",
        time("next evening between 10:30 and 11:45"));
  }

  @Test
  void hours_past_midnight_end_on_the_next_day_in_the_timex_too() {
    assertEquals("(XXXX-WXX-3T22,XXXX-WXX-4T04,PT6H) = 2016-11-09T22:00:00..2016-11-10T04:00:00", time("Wednesday from 10pm to 4am"));
    assertEquals("(XXXX-WXX-7T22,XXXX-WXX-1T04,PT6H) = 2016-11-06T22:00:00..2016-11-07T04:00:00", time("Sunday from 10pm to 4am"));
    assertEquals("(2016-11-08T22,2016-11-09T02,PT4H) = 2016-11-08T22:00:00..2016-11-09T02:00:00", time("tomorrow from 10pm to 2am"),
        "was 2016-11-08T02 at the end, four hours before its start");
    assertEquals("(XXXX-12-31T22,XXXX-01-01T02,PT4H) = 2016-12-31T22:00:00..2017-01-01T02:00:00", time("Dec 31 from 10pm to 2am"));
    assertNull(time("Feb 28 from 10pm to 2am"), "the 29th or March 1st: a year the text does not give");
  }

  @Test
  void a_meridiem_spelled_letter_by_letter_and_after_spelled_minutes() {
    assertEquals("T20:45 = 20:45:00", time("8:45 p m"));
    assertEquals("T15 = 15:00:00", time("3 p . m ."), "letter by letter with dots");
    assertEquals("T12 = 12:00:00", time("noonish"), "about noon, as '11ish' is about 11");
    assertEquals("T11:20 = 11:20:00", time("eleven twenty a m"));
    assertEquals("T16:40 = 16:40:00", time("four forty pm"));
  }

  @Test
  void an_informal_spelling_of_tonight() {
    assertEquals("2016-11-07TNI = 2016-11-07T20:00:00..2016-11-08", time("tonite"));
  }

  @Test
  void for_before_a_clock_time_on_a_day_is_at() {
    assertEquals("XXXX-05-03T19:30 = 2017-05-03T19:30:00", time("May 3 for 7:30pm"), "a table booked for 7:30pm");
  }

  @Test
  void minutes_before_an_hour() {
    assertEquals("T05:45 = 05:45:00", time("a quarter to six"));
    assertEquals("T21:35 = 21:35:00", time("25 minutes to 10 p.m."));
    assertNull(time("two to four"), "a bare count may be a range of hours");
  }

  @Test
  void a_cued_bare_hour_before_a_part_of_a_day() {
    assertEquals("2016-11-07T19 = 2016-11-07T19:00:00", time("at 7 tonight"));
    assertEquals("2016-11-07T16 = 2016-11-07T16:00:00", time("around 4 this afternoon"));
  }

  @Test
  void noon_and_midnight_after_twelve() {
    assertEquals("T12:00 = 12:00:00", time("12:00 noon"));
    assertEquals("T00 = 00:00:00", time("12 midnight"));
  }

  @Test
  void midnight_of_a_night_is_its_end() {
    assertEquals("2016-11-08T00 = 2016-11-08T00:00:00", time("midnight tonight"), "not the midnight that began today");
    assertEquals("2016-11-08T00 = 2016-11-08T00:00:00", time("tonight at midnight"));
    assertEquals("2016-11-09T00 = 2016-11-09T00:00:00", time("tomorrow night at midnight"));
    assertEquals("XXXX-WXX-6T00 = 2016-11-05T00:00:00", time("Friday night at midnight"), "the weekday after, as past-midnight ranges write it");
    assertEquals("2016-11-07T00:00 = 2016-11-07T00:00:00", time("tonight at 00:00"), "a clock time as written stays");
    assertEquals("XXXX-WXX-1T00 = 2016-11-07T00:00:00", time("Monday at midnight"), "which midnight of Monday is not said by a part");
  }

  @Test
  void an_at_sign_between_a_day_and_its_time() {
    assertEquals("XXXX-05-03T17:49:19 = 2017-05-03T17:49:19", time("5/3 @ 17:49:19"));
  }

  @Test
  void a_dash_between_a_day_and_its_clock_time() {
    assertEquals("XXXX-05-22T11:30 = 2016-05-22T11:30:00", time("May 22 - 11:30 am"));
    assertEquals("XXXX-05-22T11:30 = 2016-05-22T11:30:00", time("May/22(Tue)-11:30 AM"), "the weekday in brackets confirms the day");
    assertEquals("(XXXX-WXX-1T12,XXXX-WXX-1T16,PT4H) = 2016-11-07T12:00:00..2016-11-07T16:00:00", time("Monday 12-4"),
        "bare hours after a day stay its hours");
    assertEquals("(XXXX-WXX-1T08,XXXX-WXX-1T09,PT1H) = 2016-11-07T08:00:00..2016-11-07T09:00:00", time("Monday 8-9am"),
        "a bare hour before the dash starts a range");
  }

  @Test
  void bare_hours_with_a_dash_right_before_their_day() {
    assertEquals("(2016-11-08T09,2016-11-08T11,PT2H) = 2016-11-08T09:00:00..2016-11-08T11:00:00", time("9-11 tomorrow"));
    assertEquals("(2016-11-08T14,2016-11-08T16,PT2H) = 2016-11-08T14:00:00..2016-11-08T16:00:00", time("2-4 tomorrow afternoon"));
  }
}
