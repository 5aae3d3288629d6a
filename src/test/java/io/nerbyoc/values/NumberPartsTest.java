package io.nerbyoc.values;

import static io.nerbyoc.values.Show.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** What continues a written number (NumberParts), read as CARDINAL. */
class NumberPartsTest {

  private static String number(String text) {
    return value("CARDINAL", text);
  }

  @Test
  void groups_of_three_digits_after_a_space() {
    assertEquals("1234567", number("1 234 567"));
    assertEquals("40000", number("40 000"));
    assertEquals(null, number("2016 100"), "four digits first: two numbers");
  }

  @Test
  void spelled_decimals() {
    assertEquals("200.03", number("two hundred point zero three"));
    assertEquals("200.71", number("two hundred point seventy-one"));
    assertEquals("0.11", number("nought point eleven"));
    assertEquals("-5.5", number("minus five point five"));
  }

  @Test
  void smaller_parts_and_fractions() {
    assertEquals("4321", number("4 thousand 3 hundred and 21"));
    assertEquals("60000200", number("6 crore and two hundred"));
    assertEquals("20.6", number("twenty and three fifths"));
    assertEquals("2.54", number("two and fifty-four hundredths"));
    assertEquals("3250000", number("3 million and a quarter"), "a fraction of the scale");
    assertEquals("4", number("twenty fifths"));
    assertEquals("36", number("three dozens"));
  }

  @Test
  void hundreds_after_a_larger_scale_continue_the_number() {
    assertEquals("1000203", number("one million two hundred three"), "was none");
    assertEquals("1002203", number("one million two thousand two hundred three"));
    assertEquals("5000300", number("five million three hundred"));
    assertNull(number("5 million 3"), "a bare count after a scale is another number");
  }

  @Test
  void a_plural_fraction_word_counts_the_whole_number_before_it() {
    assertEquals("200440.6", number("one million two thousand two hundred three fifths"), "1,002,203 fifths, as 'one hundred thirty fifths' is 130 of them");
    assertEquals("20.6", number("twenty and three fifths"), "after 'and', the fraction is a part");
  }

  @Test
  void a_divisor() {
    assertEquals("0.333333", number("one over three"));
    assertEquals("0.05", number("1 over 20"));
    assertEquals("666.667", number("2000 over 3"));
    assertEquals("0.333333", number("one out of three"), "a ratio");
    assertEquals("0.004", number("two out of five hundred"));
    assertNull(number("12 out of 10"), "no part of a whole: two counts");
    assertNull(number("two out of five hundreds"), "hundreds is vague");
  }

  @Test
  void ranges_and_sums_stay_apart() {
    assertEquals("2000000..3000000", number("between 2 million and 3 million"));
    assertEquals("5..6", number("between 5 and 6"));
  }

  @Test
  void powers_and_scientific_notation() {
    assertEquals("8.954302432552374", number("1.1^23"), "exact, then sixteen significant digits");
    assertEquals("0.4", number("2.5^-1"));
    assertEquals("8.954302432552374", number("1.1^+23"));
    assertEquals("1272000000000000", number("127.2e13"));
    assertEquals("1300000", number("1.3x10^6"));
    assertEquals("0.000623", number("6.23x10^-4"));
    assertNull(number("3 ^ 1000"), "an exponent beyond 100 is not read, so neither is the whole");
    assertEquals("36", number("3 dzs"));
  }

  @Test
  void and_before_a_spelled_fraction_is_a_decimal_point() {
    assertEquals("200.54", number("two hundred and fifty-four hundredths"));
    assertEquals("254", number("two hundred and fifty-four"));
    assertEquals("26", number("one hundred and thirty fifths"), "only tenths, hundredths, thousandths make it a point");
    assertEquals("100.75", number("one hundred and three quarters"), "after \"and\", quarters are of a whole");
    assertEquals("5750000000", number("five billion and three quarters"), "of the scale, as \"and a quarter\"");
    assertNull(number("three quarters"), "alone, quarters may be a year's (DATE)");
  }

  @Test
  void a_fraction_of_a_scale_and_a_last_group_with_decimals() {
    assertEquals("666667", number("two thirds of a million"));
    assertEquals("1234567.89", number("1 234 567.89"));
  }

  @Test
  void an_ordinal_of_any_size_as_a_denominator() {
    assertEquals("0.04", number("one twenty-fifth"));
    assertEquals("0.142857", number("three twenty firsts"));
    assertEquals("0.8", number("twenty twenty fifths"), "twenty twenty is no number: twenty of twenty-fifths");
    assertEquals("2.85714", number("one hundred thirty-fifths"), "the shortest numerator, as theirs");
    assertEquals("26", number("one hundred and thirty fifths"), "after and, the whole number reads on");
    assertEquals("0.00952381", number("one one hundred fifth"));
    assertEquals("232.0333333", number("two hundred thirty two and a thirtieth"), "the fraction to six significant digits");
    assertNull(number("three seconds"), "seconds are time, not halves");
    assertNull(number("one hundred fifth"), "an ordinal, singular after a hundred");
  }

  @Test
  void a_fraction_before_a_smaller_scale_is_of_that_scale() {
    assertEquals("1000500000", number("one billion and a half million"));
    assertEquals("1000250000", number("one billion and a quarter million"));
    assertEquals("1000750000", number("one billion and three quarters million"));
    assertEquals("1500000000", number("one billion and a half"), "without one, of the number's own scale");
  }
}
