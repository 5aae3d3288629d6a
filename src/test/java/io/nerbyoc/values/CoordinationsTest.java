package io.nerbyoc.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.nerbyoc.core.Entity;
import io.nerbyoc.core.Value;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A DATE or TIME entity that holds several expressions joined by "or" or "and" carries each one's
 * value with its span (Coordinations, Value.Parts), and none it cannot read.
 */
class CoordinationsTest {
  private static final LocalDateTime REF = Show.REF; // Monday 2016-11-07

  /** The whole of {@code text} as one DATE entity → "part text=timex" for each part, or null without parts. */
  private static String parts(String text, String entity) {
    return parts(text, entity, REF);
  }

  private static String parts(String text, String entity, LocalDateTime ref) {
    int s = text.indexOf(entity);
    Entity e = new Entity(s, s + entity.length(), "DATE", entity, 0.9, "test");
    Value v = ValueResolver.attach(text, List.of(e), ref).get(0).value();
    if (!(v instanceof Value.Parts p)) {
      assertNull(v, "no single value for " + entity);
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (Value.Part part : p.parts()) {
      assertEquals(part.text(), text.substring(part.start(), part.end()), "a part's span is its text");
      b.append(b.length() == 0 ? "" : "; ").append(part.text()).append('=').append(((Value.Temporal) part.value()).timex());
    }
    return b.toString();
  }

  @Test
  void alternatives_carry_a_value_each() {
    assertEquals("Tuesday=XXXX-WXX-2; Wednesday=XXXX-WXX-3", parts("Can we meet Tuesday or Wednesday?", "Tuesday or Wednesday"));
    assertEquals("next five days=(2016-11-08,2016-11-13,P5D); next forty days=(2016-11-08,2016-12-18,P40D)",
        parts("I will go next five days or next forty days.", "next five days or next forty days"));
    assertEquals("less than 2 hours=PT2H; more than 4 days=P4D",
        parts("Records that last less than 2 hours or more than 4 days.", "less than 2 hours or more than 4 days"));
  }

  @Test
  void a_list_splits_at_its_commas_too() {
    assertEquals("Wednesday=XXXX-WXX-3; Thursday=XXXX-WXX-4; Friday=XXXX-WXX-5",
        parts("A call on Wednesday, Thursday or Friday.", "Wednesday, Thursday or Friday"));
  }

  @Test
  void a_word_shared_by_the_alternatives_is_not_distributed() {
    // "Tuesday" stays a Tuesday: whether it is next week's the text does not settle
    assertEquals("next Monday=2016-11-14; Tuesday=XXXX-WXX-2", parts("Set it up next Monday or Tuesday.", "next Monday or Tuesday"));
  }

  @Test
  void the_first_part_reaches_left_and_the_last_right_never_into_each_other() {
    assertEquals("Tuesday=XXXX-WXX-2; Wednesday=(XXXX-WXX-3T10,XXXX-WXX-3T16,PT6H)",
        parts("Find us a time Tuesday or Wednesday from 10-4.", "Tuesday or Wednesday"));
    assertEquals("Monday 8-9am=(XXXX-WXX-1T08,XXXX-WXX-1T09,PT1H); 9-10 am=(T09,T10,PT1H)",
        parts("Monday 8-9am or 9-10 am works.", "Monday 8-9am or 9-10 am"));
  }

  @Test
  void a_part_that_does_not_read_is_left_out() {
    assertEquals("next Monday=2016-11-14; previous=2016-10-31", parts("It should be next Monday or previous Monday.", "next Monday or previous"),
        "the last part's words read with those after the entity");
    assertEquals("next Monday=2016-11-14", parts("It should be next Monday or previous one.", "next Monday or previous"));
  }

  @Test
  void a_last_bare_number_reads_with_the_words_after_the_entity() {
    assertEquals("9 oclock=T09; 10=T10", parts("Book it for 9 oclock or 10 oclock please.", "9 oclock or 10"),
        "the last part's number and the word after it are one time");
    assertEquals("Monday=XXXX-WXX-1; 3=XXXX-WXX-3T15", parts("Come Monday or 3 pm on Wednesday.", "Monday or 3"));
    assertEquals("next Monday=2016-11-14", parts("It is next Monday or 3 people.", "next Monday or 3"), "a count reads nothing");
    assertEquals("9 oclock=T09", parts("Book it for 9 oclock or 10.", "9 oclock or 10"), "alone, a number stays unread");
  }

  @Test
  void a_bare_day_takes_the_month_of_a_later_part() {
    assertEquals("18=XXXX-06-18; 19 June=XXXX-06-19", parts("I am looking at 18 and 19 June.", "18 and 19 June"));
    assertEquals("3=2017-05-03; 4=2017-05-04; 5 May 2017=2017-05-05", parts("On 3, 4 or 5 May 2017.", "3, 4 or 5 May 2017"));
    assertEquals("next Monday=2016-11-14", parts("It is next Monday or 3.", "next Monday or 3"), "no month to borrow");
  }

  @Test
  void a_bare_day_takes_the_month_of_the_part_that_follows_it_not_the_last() {
    assertEquals("3=XXXX-06-03; 4 June=XXXX-06-04; 5 July=XXXX-07-05", parts("Either 3 or 4 June and 5 July.", "3 or 4 June and 5 July"));
    assertEquals("1=2016-06-01; 2 June 2016=2016-06-02; 3 July=XXXX-07-03",
        parts("Either 1 and 2 June 2016 or 3 July.", "1 and 2 June 2016 or 3 July"));
    assertEquals("June 18=XXXX-06-18; 5 July=XXXX-07-05", parts("On June 18 and 19 or 5 July.", "June 18 and 19 or 5 July"),
        "June before it, July after it: no guess");
  }

  @Test
  void a_comma_before_a_year_writes_the_date_it_does_not_list_one() {
    // the month is written once, first; the year once, last: both belong to each day
    assertEquals("June 18=2016-06-18; 19, 2016=2016-06-19", parts("It ran on June 18 and 19, 2016.", "June 18 and 19, 2016"));
    assertEquals("June 18=XXXX-06-18; 19=XXXX-06-19", parts("It ran on June 18 and 19.", "June 18 and 19"));
    assertEquals("2015=2015; 2016=2016; 2017=2017", parts("In 2015, 2016 or 2017.", "2015, 2016 or 2017"), "a list of years");
    assertEquals("December 5, 2016=2016-12-05; January 3, 2017=2017-01-03",
        parts("On December 5, 2016 and January 3, 2017.", "December 5, 2016 and January 3, 2017"));
  }

  @Test
  void and_before_an_amount_of_time_adds_it_does_not_join() {
    assertNull(parts("I'll leave for twenty and four hours.", "twenty and four hours"));
    assertNull(parts("I'll be back within the next day and 5 hours.", "the next day and 5 hours"));
    assertEquals("the last 3 months and 2 weeks=(2016-07-24,2016-11-07,P3M2W); 2 days ago=2016-11-05",
        parts("They worked for the last 3 months and 2 weeks and 2 days ago they found it.", "the last 3 months and 2 weeks and 2 days ago"));
    // "3 weeks later" is a shift, not an amount added: a part of its own, read as it is alone
    assertEquals("last month=2016-10; 3 weeks later=P3W",
        parts("It was submitted last month and 3 weeks later approved.", "last month and 3 weeks later"));
  }

  @Test
  void how_long_and_when_side_by_side_are_two_parts() {
    assertEquals("2 hours=PT2H; next month=2016-12", parts("Please book 2 hours next month.", "2 hours next month"));
    assertEquals("1 hour=PT1H; Tuesday March 7=XXXX-03-07",
        parts("Let's find 1 hour on Tuesday March 7 to talk.", "1 hour on Tuesday March 7"));
    assertEquals("week 10=2016-W10; 8 p.m.=T20", parts("week 10 8 p.m. should be a daterange and a time.", "week 10 8 p.m."));
  }

  @Test
  void no_split_without_or_and_nor_in_a_set() {
    assertNull(parts("Do you know the date? 11/20, 12 of Nov?", "11/20, 12 of Nov"), "a list without 'or' or 'and'");
    assertNull(parts("Meet every Tuesday and Thursday.", "every Tuesday and Thursday"));
  }

  @Test
  void an_expression_that_reads_whole_is_not_split() {
    int s = "between 2001 and 2003".length();
    Entity e = new Entity(0, s, "DATE", "between 2001 and 2003", 0.9, "test");
    assertEquals("(2001-01-01,2003-01-01,P2Y)",
        ((Value.Temporal) ValueResolver.attach("between 2001 and 2003", List.of(e), REF).get(0).value()).timex());
  }

  @Test
  void parts_need_a_part() {
    Value.Parts p = new Value.Parts(List.of(new Value.Part(3, 10, "Tuesday", new Value.Temporal("XXXX-WXX-2", "2016-11-08", null, null))));
    assertEquals(1, p.parts().size());
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new Value.Parts(List.of()));
  }

  @Test
  void a_runaway_entity_is_not_split() {
    String many = "Monday or ".repeat(Coordinations.MAX_TOKENS / 2) + "Tuesday";
    assertNull(parts("Meet " + many + ".", many));
    assertEquals("Monday=XXXX-WXX-1; Tuesday=XXXX-WXX-2", parts("Meet Monday or Tuesday.", "Monday or Tuesday"));
  }

  @Test
  void a_line_break_ends_an_expression() {
    assertEquals("05.03.2020 10:15=2020-03-05T10:15; 06.03.2020=2020-03-06T11:40",
        parts("Shifts:\n05.03.2020 10:15\n06.03.2020 11:40", "05.03.2020 10:15\n06.03.2020"));
  }

  @Test
  void when_and_then_how_long_after_for() {
    assertEquals("next Thursday=2016-11-17; 4 days=P4D", parts("A room for next Thursday for 4 days.", "next Thursday for 4 days"));
    assertEquals("2 hours=PT2H; in 3 days=2016-11-10", parts("A 2 hours in 3 days slot.", "2 hours in 3 days"),
        "a lead kept when only with it the second says when");
  }

  @Test
  void one_expression_and_a_link_is_no_list_of_one() {
    int s = "Friday or Saturday".indexOf("or Saturday");
    String text = "Friday or Saturday";
    Entity e = new Entity(s, text.length(), "DATE", "or Saturday", 0.9, "test");
    Value v = ValueResolver.attach(text, List.of(e), REF).get(0).value();
    assertEquals("XXXX-WXX-6", ((Value.Temporal) v).timex(), "the entity's own value, no parts");
  }
}
