package io.nerbyoc.values;

import static io.nerbyoc.values.Show.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Amounts of time and the days they reach (Shifts, Durations), against Monday 2016-11-07. */
class ShiftsTest {

  private static String date(String text) {
    return value("DATE", text);
  }

  @Test
  void in_an_amount_is_the_day_or_moment_it_reaches() {
    assertEquals("2016-11-21 = 2016-11-21", date("in two weeks"));
    assertEquals("2017-02-07 = 2017-02-07", date("in 3 months"));
    assertEquals("2016-11-07T00:05:00 = 2016-11-07T00:05:00", date("in 5 minutes"), "hours and minutes reach a moment");
    assertEquals("2016-11-07T00:30:00 = 2016-11-07T00:30:00", date("in half an hour"));
    assertNull(date("in a year and a half"), "which day is not said");
  }

  @Test
  void within_an_amount_runs_from_the_reference_date() {
    assertEquals("(2016-11-07,2017-08-07,P9M) = 2016-11-07..2017-08-07", date("within 9 months"));
    assertEquals("(2016-11-07,2016-11-10,P3D) = 2016-11-07..2016-11-10", date("within the next 3 days"));
    assertEquals("(2016-11-07T00:00:00,2016-11-07T00:05:00,PT5M) = 2016-11-07..2016-11-07T00:05:00", date("within 5 minutes"));
  }

  @Test
  void an_amount_from_a_named_day_is_a_day() {
    assertEquals("2016-11-29 = 2016-11-29", date("three weeks from tomorrow"));
    assertEquals("2016-12-11 = 2016-12-11", date("2 weeks before Christmas"));
    assertEquals("2017-01-15 = 2017-01-15", date("3 days after January 12th"), "January 12th: the nearest one");
    assertEquals("2017-01-18 = 2017-01-18", date("two months after next Friday"));
    assertEquals("1999-04-29 = 1999-04-29", date("2 weeks before May 13 1999"));
    assertNull(date("three weeks from the meeting"), "a day the resolver cannot place");
  }

  @Test
  void hours_and_minutes_from_a_whole_day_reach_no_moment() {
    // was 2016-11-07T00:03:00: midnight is a guess at which moment of the day they count from
    assertNull(date("3 minutes from today"));
    assertNull(date("2 hours after tomorrow"));
    assertEquals("2016-11-07T03:00:00 = 2016-11-07T03:00:00", date("3 hours from now"));
  }

  @Test
  void for_or_starting_makes_a_stretch_from_the_day() {
    assertEquals("(2016-11-07,2016-11-10,P3D) = 2016-11-07..2016-11-10", date("for 3 days from today"));
    assertEquals("(2016-11-08,2016-11-15,P1W) = 2016-11-08..2016-11-15", date("a week starting tomorrow"));
    assertEquals("(2016-11-14,2016-11-17,P3D) = 2016-11-14..2016-11-17", date("3 days starting from next Monday"));
  }

  @Test
  void hours_from_a_time() {
    assertEquals("(T14,T16:00:00,PT2H) = 14:00:00..16:00:00", date("from 2pm for 2 hours"));
    assertEquals("(T10,T13:00:00,PT3H) = 10:00:00..13:00:00", date("for 3 hours from 10 am"));
    assertEquals("(T09,T11:30:00,PT2H30M) = 09:00:00..11:30:00", date("from 9 for 2.5 hrs"), "a bare hour after 'from'");
    assertEquals("(T09,T11:30:00,PT2H30M) = 09:00:00..11:30:00", date("for 2.5 hours from 9"));
    assertEquals("(2016-11-08T14,2016-11-08T16:00:00,PT2H) = 2016-11-08T14:00:00..2016-11-08T16:00:00",
        date("tomorrow from 2pm for 2 hours"), "hours of a day named first");
    assertEquals("(XXXX-02-14T09:30,XXXX-02-14T16:30:00,PT7H) = 2017-02-14T09:30:00..2017-02-14T16:30:00",
        date("14th Feb for 7 hours from 9:30am"));
  }

  @Test
  void nights_of_a_stay_are_counted_in_days() {
    assertEquals("P2D", date("2 nights"));
    assertEquals("P1D", date("for one night"));
    assertEquals("P2D", date("two nights?"), "a span that took its sentence's end");
    assertNull(date("three night"), "'three night markets': night describes the markets");
    assertEquals("2016-11-06TNI = 2016-11-06T20:00:00..2016-11-07", value("TIME", "last night"));
  }

  @Test
  void a_stretch_from_a_moment_runs_from_that_moment() {
    assertEquals("(2016-11-11T17:00:00,2016-11-12T17:00:00,P1D) = 2016-11-11T17:00:00..2016-11-12T17:00:00",
        date("a day starting this Friday at 5 pm"));
    assertEquals("(2016-11-08T09:00:00,2016-11-08T12:00:00,PT3H) = 2016-11-08T09:00:00..2016-11-08T12:00:00",
        date("for 3 hours starting tomorrow at 9am"));
  }

  @Test
  void an_amount_bounded_from_above_from_a_day_is_the_stretch_from_it() {
    assertEquals("(2016-11-08,2016-11-11,P3D) = 2016-11-08..2016-11-11", date("less than 3 days after tomorrow"));
    assertEquals("(2016-11-07,2016-11-14,P1W) = 2016-11-07..2016-11-14", date("up to a week from Monday"));
    assertEquals("2016-11-11 = 2016-11-11", date("more than 3 days after tomorrow"), "bounded from below: the day");
    assertEquals("P3D", date("less than 3 days"), "with no day, the amount");
  }

  @Test
  void an_amount_since_a_day_or_period_counts_from_its_start() {
    assertEquals("2013-01-01 = 2013-01-01", date("in two years since 2011"), "from the start of 2011, as theirs");
    assertEquals("2011-01-15 = 2011-01-15", date("in two weeks since the year 2011"));
    assertEquals("2016-11-10 = 2016-11-10", date("3 days since Monday"));
    assertNull(date("two years since March"), "which March is not said");
  }

  @Test
  void age_before_its_years_is_an_age() {
    assertEquals("P87Y", date("age 87"));
    assertEquals("P24Y", date("the age of 24"));
    assertEquals("P3Y", date("age of three"));
    assertNull(date("the age of 2.5"), "ages are whole years");
    assertEquals("P12Y", date("age twelve"));
    assertNull(date("age 8.5"), "ages in years are whole");
  }

  @Test
  void years_old_abbreviated_as_clinical_notes_write_it() {
    assertEquals("P87Y", date("87 yo"));
    assertEquals("P45Y", date("45 y/o"));
    assertEquals("P30Y", date("thirty y.o."));
    assertNull(date("2.5 yo"), "ages in years are whole");
    assertNull(date("2016 yo"), "a year, then slang: no person's age");
  }

  @Test
  void weekends_are_counted_whole_in_timex_weekends() {
    assertEquals("P3WE", date("three weekends"));
    assertEquals("P1WE", date("for one weekend"));
    assertNull(date("three weekend"), "the count and the plural disagree");
    assertEquals("2016-W45-WE = 2016-11-12..2016-11-14", date("this weekend"), "a named weekend is still its days");
  }

  @Test
  void a_weekday_of_the_week_an_amount_reaches() {
    assertEquals("2016-11-21 = 2016-11-21", date("Monday two weeks from now"), "2016-11-21 is in the week of 2016-11-21");
    assertEquals("2016-11-11 = 2016-11-11", date("in 4 days on Friday"), "2016-11-11 itself");
    assertEquals("2018-11-08 = 2018-11-08", date("Thursday, two years from now"), "2018-11-07's week");
    assertEquals("2016-11-20 = 2016-11-20", date("Sunday 3 days after November 12th"), "November 15th's week");
    assertNull(date("Monday 3 days"), "an amount that reaches no day");
  }

  @Test
  void weeks_and_months_abbreviated() {
    assertEquals("P2W", date("2 wks"));
    assertEquals("P6M", date("6 mos"));
    assertEquals("P1W", date("1 wk"));
    assertEquals("2016-10-07 = 2016-10-07", date("1 mo ago"));
  }

  @Test
  void half_before_a_unit_is_half_of_one() {
    assertEquals("P0.5Y", date("half year"));
    assertEquals("P0.5D", date("half day"));
    assertEquals("PT0.5H", date("half hour"));
    assertEquals("P0.5Y", date("half a year"));
    assertNull(date("half"));
  }

  @Test
  void business_days_counted_as_an_amount() {
    assertEquals("P1BD", date("1 business day"), "Monday to Friday, as theirs write it");
    assertEquals("P3BD", date("three working days"));
    assertNull(date("1 business days"));
  }

  @Test
  void all_of_a_unit_is_one_of_it() {
    assertEquals("P1D", date("all day"), "a duration, as TimeML annotates it");
    assertEquals("P1M", date("for all month"));
    assertNull(date("all night"), "no duration unit");
    assertEquals("P1D", date("the whole day"), "whole, full and entire as all");
    assertEquals("P1W", date("whole week"));
    assertEquals("P1Y", date("a full year"));
    assertEquals("PT1H", date("the entire hour"));
    assertNull(date("the whole"));
  }

  @Test
  void compound_amounts() {
    assertEquals("PT3H30M", date("3 hours 30 minutes"));
    assertEquals("P3M2W2D", date("3 months and 2 weeks and 2 days"));
    assertEquals("PT1.5H", date("one hour and a half"));
    assertEquals("PT1.5H", date("one hour and half"));
    assertEquals("P1.25Y", date("one year and a quarter"));
    assertEquals("2016-10-22 = 2016-10-22", date("2 weeks and 2 days ago"));
    assertEquals("P2Y1M21D", date("2 years 1 month 21 days later"), "counted from a time the text names: a duration");
    assertEquals("P20Y4M", date("20 years and 4 months"));
    assertNull(date("24 hours , seven days"), "a list, not a sum");
    assertNull(date("7 days 24 hours 2 days"), "each unit once, largest first");
  }
}
