package io.nerbyoc.values;

import static io.nerbyoc.values.Show.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Weeks, weekends, slices of periods, fiscal and school years (Weeks, Slices, Years), against Monday 2016-11-07. */
class WeeksAndYearsTest {

  private static String date(String text) {
    return value("DATE", text);
  }

  @Test
  void weeks_by_number_are_iso_weeks() {
    assertEquals("2027-W03 = 2027-01-18..2027-01-25", date("week 3 of 2027"));
    assertEquals("2016-W31 = 2016-08-01..2016-08-08", date("week 31"), "of the reference date's year");
    assertEquals("2015-W27 = 2015-06-29..2015-07-06", date("week 27 of last year"));
    assertNull(date("week 54 of 2021"), "2021 has 52");
  }

  @Test
  void a_week_named_by_a_day_without_its_year_keeps_the_days_timex() {
    // was 2017-W15: a year the text does not give, in the timex
    assertEquals("XXXX-04-10 = 2017-04-10..2017-04-17", date("the week of April 10th"));
    assertEquals("1969-W15 = 1969-04-07..1969-04-14", date("the week of April 12, 1969"), "with its year, the ISO week");
    assertEquals("XXXX-02-04 = 2017-02-04..2017-02-11", date("the week beginning February 4"), "seven days from the day");
    assertEquals("XXXX-XX-18 = 2016-11-14..2016-11-21", date("the week of the 18th"), "the nearest 18th, a day of a month not said");
    assertEquals("(2019-02-04,2019-02-11,P1W) = 2019-02-04..2019-02-11", date("the week starting on February 4, 2019"));
  }

  @Test
  void the_nth_weekday_of_a_month_is_that_day() {
    assertEquals("XXXX-09-WXX-1-#1 = 2016-09-05", date("the first Monday of September"), "the nearest September");
    assertEquals("2016-12-WXX-1-#1 = 2016-12-05", date("the first Monday of next month"));
    assertEquals("2017-05-WXX-2-#2 = 2017-05-09", date("the second Tuesday in May 2017"));
    assertNull(date("the fourth Monday of February 2015 1"), "words left over");
  }

  @Test
  void weeks_of_a_month_count_the_iso_weeks_touching_it() {
    assertEquals("XXXX-07-W05 = 2016-07-25..2016-08-01", date("the last week of July"));
    assertEquals("XXXX-02-W02 = 2017-02-06..2017-02-13", date("the 2nd week in Feb"), "\"in\" as \"of\"");
    assertEquals("2015-01-W01 = 2014-12-29..2015-01-05", date("the first week of Jan 2015"));
    assertEquals("2016-11-W02 = 2016-11-07..2016-11-14", date("the second week of this month"));
  }

  @Test
  void the_weekend_of_a_day_is_the_nearest_one() {
    assertEquals("2016-W43-WE = 2016-10-29..2016-10-31", date("the weekend of Halloween"), "a Monday: the weekend before");
    assertEquals("2021-W43-WE = 2021-10-30..2021-11-01", date("Halloween weekend 2021"), "a Sunday: its own weekend");
    assertEquals("2023-W47-WE = 2023-11-25..2023-11-27", date("Thanksgiving 2023 weekend"), "a Thursday: the weekend after");
  }

  @Test
  void first_and_last_units_of_a_period() {
    assertEquals("(2021-01-04,2021-01-18,P2W) = 2021-01-04..2021-01-18", date("the first 2 weeks of 2021"), "whole ISO weeks");
    assertEquals("(2021-09-01,2022-01-01,P4M) = 2021-09-01..2022-01-01", date("the last four months of 2021"));
    assertEquals("(2015-01-01,2015-01-11,P10D) = 2015-01-01..2015-01-11", date("the first ten days of last year"));
    assertNull(date("the first 13 months of 2021"), "more than the period has");
  }

  @Test
  void fiscal_and_school_years_are_named_not_placed() {
    assertEquals("FY2008", date("fiscal year 2008"));
    assertEquals("FY2015", date("last fiscal year"));
    assertEquals("FYXXXX", date("the fiscal year"));
    assertEquals("FY2010", date("FY2010"));
    assertEquals("SY2008", date("school year 2008"));
    assertEquals("SY2008", date("SY 2008"), "the code written apart from its year");
    assertEquals("SY2018", date("the sy18"));
    assertEquals("FY2019", value("DATE", "this fiscal year", LocalDateTime.parse("2019-06-18T00:00:00")));
    assertNull(date("the fiscal year's second quarter"), "a fiscal quarter: not read");
  }

  @Test
  void a_calendar_year_is_the_year_itself() {
    assertEquals("2008 = 2008-01-01..2009-01-01", date("the calendar year 2008"));
    assertEquals("2008 = 2008-01-01..2009-01-01", date("CY 2008"));
    assertEquals("2018 = 2018-01-01..2019-01-01", date("cy18"));
    assertEquals("2008 = 2008-01-01..2009-01-01", date("the year of 2008"));
  }

  @Test
  void a_decade_written_apart_from_its_s() {
    assertEquals("(1990-01-01,2000-01-01,P10Y) = 1990-01-01..2000-01-01", date("1990 s"));
    assertEquals("(1990-01-01,2000-01-01,P10Y) = 1990-01-01..2000-01-01", date("1990's"));
  }

  @Test
  void the_first_or_last_day_of_a_period() {
    assertEquals("XXXX-04-30 = 2017-04-30", value("DATE", "the last day of April"));
    assertNull(value("DATE", "the last day of February"), "the 28th or the 29th, by a year not said");
    assertEquals("2015-12-31 = 2015-12-31", value("DATE", "the last day of last year"));
    assertEquals("2016-11-30 = 2016-11-30", value("DATE", "the last day of the month"));
  }
}
