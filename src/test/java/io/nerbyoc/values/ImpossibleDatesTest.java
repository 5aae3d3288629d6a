package io.nerbyoc.values;

import static io.nerbyoc.values.Show.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Dates the calendar lacks: the timex as written, no value (ImpossibleDates). */
class ImpossibleDatesTest {

  @Test
  void a_day_past_its_month_keeps_its_timex_and_no_value() {
    assertEquals("XXXX-02-30", value("DATE", "feb 30"));
    assertEquals("XXXX-04-31", value("DATE", "April 31st"));
    assertEquals("2019-02-30", value("DATE", "Feb 30, 2019"));
    assertEquals("2019-02-29", value("DATE", "2/29/2019"), "2019 is no leap year");
    assertEquals("2019-02-30T17:20", value("DATE", "feb 30 2019 17:20"));
  }

  @Test
  void real_dates_and_other_numbers_are_not_its_concern() {
    assertEquals("XXXX-02-29 = 2016-02-29", value("DATE", "Feb 29"), "a day of leap years, read as a date");
    assertNull(ImpossibleDates.read(Words.of("Feb 28")));
    assertNull(value("DATE", "2/30"), "no month name and no year: maybe no date at all");
    assertNull(value("DATE", "Feb 32"));
    assertNull(value("DATE", "feb 30 people"));
  }
}
