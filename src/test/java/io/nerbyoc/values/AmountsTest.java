package io.nerbyoc.values;

import static io.nerbyoc.values.Show.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Counts, percentages, money and measures, one convention per case (docs/VALUES.md). */
class AmountsTest {

  @Test
  void cardinals_in_digits_words_and_scales() {
    assertEquals("0.2", value("CARDINAL", "1 in 5"), "odds of one");
    assertNull(value("MONEY", "$1 in 5"), "money is counted, never a ratio of its unit");
    assertNull(value("QUANTITY", "1 km in 5"), "nor a measure");
    assertEquals("1000", value("CARDINAL", "1,000"));
    assertEquals("1200000", value("CARDINAL", "1.2 million"));
    assertEquals("25", value("CARDINAL", "twenty-five"));
    assertEquals("25", value("NUMBER", "twenty - five"));
    assertEquals("110", value("CARDINAL", "one hundred and ten"));
    assertEquals("2500", value("CARDINAL", "two thousand five hundred"));
    assertEquals("12", value("CARDINAL", "a dozen"));
    assertEquals("500000", value("CARDINAL", "half a million"));
    assertEquals("100000", value("CARDINAL", "hundred thousand"), "the \"a\" left out");
    assertEquals("300000", value("CARDINAL", "three hundred thousand"));
    assertEquals("0.5", value("CARDINAL", "half"), "a count of one half, as \"a half\"");
    assertEquals("0.5..", value("CARDINAL", "more than half"));
    assertEquals("0.5", value("CARDINAL", "about half"));
    assertEquals("2.5", value("CARDINAL", "two and a half"));
    assertEquals("0.333333", value("CARDINAL", "one-third"));
    assertEquals("0.666667", value("CARDINAL", "two thirds"));
    assertEquals("0.75", value("CARDINAL", "3/4"));
    assertEquals("3000000", value("CARDINAL", "3m"));
    assertEquals("10", value("CARDINAL", "ten (10)"));
    assertEquals("1.8", value("CARDINAL", "1 4/5"));
    assertEquals("1.5", value("CARDINAL", "1½"));
    assertEquals("-9.25", value("CARDINAL", "-9.25"));
    assertEquals("10000000", value("CARDINAL", "10M."), "a span that took its sentence's end");
    assertEquals("500000", value("CARDINAL", "half million"));
    assertEquals("250000", value("CARDINAL", "a quarter million"));
    assertEquals("250000000 USD", value("MONEY", "quarter billion us dollars"));
    assertEquals("0.25", value("CARDINAL", "a quarter"), "no scale after it: a quarter of one");
    assertEquals("6", value("CARDINAL", "half dozen"));
    assertEquals("10000000000", value("CARDINAL", "10 bln"));
    assertEquals("10000000000000", value("CARDINAL", "10 tln"));
    assertEquals("0.0000000001", value("CARDINAL", "a hundred trillionths"), "100 / 10^12");
    assertEquals("0.000000003", value("CARDINAL", "three billionths"));
    assertEquals("1000000000000", value("ORDINAL", "trillionth"));
  }

  @Test
  void vague_counts_have_no_value() {
    assertNull(value("CARDINAL", "hundreds"));
    assertNull(value("CARDINAL", "tens of thousands"));
    assertNull(value("CARDINAL", "several"));
    assertNull(value("CARDINAL", "a few"));
  }

  @Test
  void approximators_keep_the_number_and_comparatives_bound_it() {
    assertEquals("300", value("CARDINAL", "about 300"));
    assertEquals("300..", value("CARDINAL", "more than 300"));
    assertEquals("..300", value("CARDINAL", "up to 300"));
    assertEquals("60..", value("CARDINAL", "60-plus"));
    assertEquals("-5", value("CARDINAL", "minus 5"));
  }

  @Test
  void ranges_give_both_ends() {
    assertEquals("10..15", value("CARDINAL", "10 to 15"));
    assertEquals("2..3", value("CARDINAL", "two or three"));
    assertEquals("10..20", value("CARDINAL", "between 10 and 20"));
    assertNull(value("CARDINAL", "10 and 20"), "'and' joins a range only after 'between'");
  }

  @Test
  void ordinals() {
    assertEquals("3", value("ORDINAL", "third"));
    assertEquals("21", value("ORDINAL", "21st"));
    assertEquals("1000", value("ORDINAL", "1,000th"), "digits grouped by thousands");
    assertNull(value("ORDINAL", "1,00th"));
    assertEquals("21", value("ORDINAL", "twenty-first"));
    assertEquals("2", value("ORDINAL", "secondly"));
    assertNull(value("ORDINAL", "last"));
    assertEquals("21", value("ORDINAL", "twenty first"));
    assertEquals("111", value("ORDINAL", "one hundred eleventh"));
    assertNull(value("ORDINAL", "two first"), "two things first, not a third (was 3)");
  }

  @Test
  void a_fraction_of_a_scale() {
    assertEquals("750000000 USD", value("MONEY", "three quarters billion us dollars"), "was 3 USD");
  }

  @Test
  void groups_of_thousands_split_from_a_glued_amount() {
    assertEquals("100000 CNY", value("MONEY", "RMB100, 000"), "as contracts type it");
    assertEquals("24000000 CNY", value("MONEY", "RMB24, 000,000.00"));
  }

  @Test
  void the_inch_mark_of_a_measure() {
    assertEquals("10 [in_i]", value("QUANTITY", "10 \""));
    assertEquals("5.166667 [ft_i]", value("QUANTITY", "5 ft 2\""));
  }

  @Test
  void ordinals_with_and_after_a_scale() {
    assertEquals("101", value("ORDINAL", "one hundred and first"), "was none");
    assertEquals("2001", value("ORDINAL", "two thousand and first"));
    assertNull(value("ORDINAL", "one and first"), "'and' joins an ordinal only after a scale");
  }

  @Test
  void a_bare_number_after_feet_or_stone_is_the_smaller_unit() {
    assertEquals("6.166667 [ft_i]", value("QUANTITY", "6 ft 2"), "a height: inches unsaid");
    assertEquals("5.916667 [ft_i]", value("QUANTITY", "5 foot 11"));
    assertEquals("11.285714 [stone_av]", value("QUANTITY", "11 stone 4"));
    assertNull(value("QUANTITY", "6 ft 14"), "no inch count of a foot or more");
    assertNull(value("QUANTITY", "6 km 2"), "only where heights and weights are said so");
  }

  @Test
  void or_more_and_or_less_after_an_amount_bound_it() {
    assertEquals("10.. USD", value("MONEY", "$10 or more"));
    assertEquals("..5", value("CARDINAL", "5 or fewer"));
    assertEquals("100.. km", value("QUANTITY", "100 km or above"));
    assertNull(value("MONEY", "more than $10 or more"), "one bound only");
  }

  @Test
  void a_hyphen_between_a_number_and_its_percent_word() {
    assertEquals("10", value("PERCENT", "10-percent"));
    assertEquals("10", value("PERCENT", "10 - per cent"));
  }

  @Test
  void a_cent_sign_is_hundredths_of_a_dollar() {
    assertEquals("0.99 USD", value("MONEY", "99¢"));
  }

  @Test
  void sterling_after_pounds_names_the_pound() {
    assertEquals("5 GBP", value("MONEY", "5 pounds sterling"), "sterling names the pound");
    assertEquals("5 GBP", value("MONEY", "£5 sterling"));
    assertNull(value("MONEY", "5 dollars sterling"));
  }

  @Test
  void an_article_counts_one_before_a_unit() {
    assertEquals("1 USD", value("MONEY", "a dollar"));
    assertEquals("0.5 USD", value("MONEY", "half a dollar"));
    assertEquals("0.5", value("PERCENT", "half a percent"));
    assertEquals("1 [mi_i]", value("QUANTITY", "a mile"));
    assertNull(value("CARDINAL", "a"), "alone, no number");
    assertNull(value("MONEY", "a $5 bill"), "an article before a sign counts nothing");
    assertNull(value("MONEY", "a few dollars"), "the article of a vague count counts nothing");
    assertNull(value("MONEY", "a couple of dollars"));
    assertNull(value("PERCENT", "a few percent"));
    assertEquals("1 CAD", value("MONEY", "a Canadian dollar"), "a country may come between");
  }

  @Test
  void hundredths_of_a_named_currency() {
    assertEquals("0.3 EUR", value("MONEY", "30 euro cents"));
    assertEquals("0.2 CAD", value("MONEY", "20 Canadian cents"));
    assertEquals("0.5 USD", value("MONEY", "50 cents"), "alone, cents are a dollar's");
  }

  @Test
  void percentages() {
    assertEquals("12.5", value("PERCENT", "12.5 %"));
    assertEquals("12.5", value("PERCENT", "12.5%"));
    assertEquals("6", value("PERCENT", "nearly six percent"));
    assertEquals("5", value("PERCENT", "5 per cent"));
    assertEquals("10..15", value("PERCENT", "10 % to 15 %"));
    assertEquals("10..15", value("PERCENT", "10-15%"));
    assertEquals("40", value("PERCENT", "40 percentage"));
    assertEquals("200", value("PERCENT", "two hundred percents"));
    assertNull(value("PERCENT", "12.5"), "no percent sign read, no value");
  }

  @Test
  void money_in_iso_4217() {
    assertEquals("5000000 USD", value("MONEY", "$5m"));
    assertEquals("2500000000 USD", value("MONEY", "$2.5 billion"));
    assertEquals("1200000 HKD", value("MONEY", "HK$1.2 million"));
    assertEquals("100 TWD", value("MONEY", "NT$100"));
    assertEquals("2500000000 EUR", value("MONEY", "2.5 billion euros"));
    assertEquals("20000000 GBP", value("MONEY", "20 million pounds"));
    assertEquals("20 EGP", value("MONEY", "20 Egyptian pounds"));
    assertEquals("10 HKD", value("MONEY", "10 Hong Kong dollars"));
    assertEquals("10 CAD", value("MONEY", "10 Canadian dollars"));
    assertEquals("0.5 USD", value("MONEY", "50 cents"));
    assertEquals("40 EUR", value("MONEY", "€40"));
    assertEquals("200000000 GBP", value("MONEY", "# 200 million"));
    assertEquals("3000000 USD", value("MONEY", "$ 3 m"));
    assertEquals("5 CHF", value("MONEY", "5 Swiss francs"));
    assertEquals("5", value("MONEY", "5 francs"), "francs alone: which franc is not said, so no unit");
    assertEquals("10..20 USD", value("MONEY", "$10 to $20"));
    assertEquals("10000000..20000000 USD", value("MONEY", "$ 10 - 20 million"));
    assertEquals("1000000.. USD", value("MONEY", "more than $1 million"));
    assertEquals("100 USD", value("MONEY", "USD 100"));
    assertEquals("115.5 USD", value("MONEY", "USD115.5"));
    assertEquals("115 USD", value("MONEY", "115USD"));
    assertEquals("420000000 FIM", value("MONEY", "420 million finnish markka"));
  }

  @Test
  void bitcoin_and_its_satoshis() {
    assertEquals("10000 XBT", value("MONEY", "10000 bitcoins"));
    assertEquals("6.25 XBT", value("MONEY", "6.25 BTC"));
    assertEquals("21000000 XBT", value("MONEY", "₿21,000,000"));
    assertEquals("0.00000002 XBT", value("MONEY", "2 satoshis"), "a hundred-millionth each");
  }

  @Test
  void scaled_codes_lakhs_glued_and_named_first_currencies() {
    assertEquals("60000000 AUD", value("MONEY", "MAUD 60"), "a code with a scale letter before its amount");
    assertEquals("1234567.89", value("MONEY", "12,34,567.89 rupees"), "grouped in lakhs; rupees alone name no country");
    assertEquals("1234567.89", value("CARDINAL", "12,34,567.89"));
    assertEquals("50 USD", value("MONEY", "USD50"));
    assertEquals("1000000 USD", value("MONEY", "US$ 1MM"), "millions as finance writes them");
    assertEquals("1 mm", value("QUANTITY", "1mm"));
    assertEquals("100 CNY", value("MONEY", "100元"));
    assertEquals("40 CNY", value("MONEY", "40 rmb"));
    assertEquals("10 USD", value("MONEY", "10 $"));
    assertEquals("22500000 USD", value("MONEY", "dollar 22.5 million"));
    assertNull(value("MONEY", "dollar 5"), "the name first only before a scaled amount");
  }

  @Test
  void units_in_brackets_glued_powers_and_bits() {
    assertEquals("20 kg", value("QUANTITY", "20 (kg)"));
    assertEquals("20 kg", value("QUANTITY", "20 [kg]"));
    assertEquals("20 kg", value("QUANTITY", "20 {kg}"));
    assertEquals("20 kg", value("QUANTITY", "20 <kg>"));
    assertNull(value("QUANTITY", "20 (kg]"), "brackets that do not pair");
    assertEquals("24703 m2", value("QUANTITY", "24703m2"));
    assertEquals("10 km/h", value("QUANTITY", "10kmph"));
    assertEquals("16 bit", value("QUANTITY", "16-bit"));
  }

  @Test
  void quantities_in_ucum() {
    assertEquals("300 [mi_i]", value("QUANTITY", "300 miles"));
    assertEquals("10 km", value("QUANTITY", "10km"));
    assertEquals("3.5 [in_i]", value("QUANTITY", "3.5-inch"));
    assertEquals("-5 Cel", value("QUANTITY", "minus 5 degrees Celsius"));
    assertEquals("90 [degF]", value("QUANTITY", "90 fahrenheit"));
    assertEquals("40", value("QUANTITY", "40 degrees"), "degrees alone: of heat or of arc, so no unit");
    assertEquals("200 [lb_av]", value("QUANTITY", "200lbs"));
    assertEquals("5000 [mi_i]2", value("QUANTITY", "5,000 square miles"));
    assertEquals("60 [mi_i]/h", value("QUANTITY", "60 miles per hour"));
    assertEquals("7000 m3/s", value("QUANTITY", "7,000 m3 / s"));
    assertEquals("2 t", value("QUANTITY", "2 metric tons"));
    assertEquals("13000..13999 [ft_i]", value("QUANTITY", "between 13,000 and 13,999 feet"));
  }

  @Test
  void money_in_a_currency_and_its_hundredths() {
    assertEquals("3.5 USD", value("MONEY", "3 dollars 50 cents"));
    assertEquals("13.45 USD", value("MONEY", "thirteen dollars and forty-five cents"));
    assertEquals("5.2 GBP", value("MONEY", "5 pounds 20 pence"));
    assertEquals("5.2 EUR", value("MONEY", "5 euros 20 cents"), "cents of any currency that has them");
    assertNull(value("MONEY", "5 dollars 20 pence"), "pence are no dollar's");
    assertNull(value("MONEY", "64.2 cents a dozen"), "cents have no smaller part");
  }

  @Test
  void a_bare_number_after_a_currency_is_its_hundredths_only_where_it_has_them() {
    assertEquals("15.5 USD", value("MONEY", "15 dollars 50"));
    assertEquals("1.01 USD", value("MONEY", "one dollar and one"));
    assertEquals("17.25 USD", value("MONEY", "17 usd 25"));
    assertEquals("100.5 CAD", value("MONEY", "c $ 100 and fifty"));
    assertNull(value("MONEY", "500 yen 50"), "the yen has no hundredths (ISO 4217)");
    assertNull(value("MONEY", "5 dollars 150"), "a hundredth is below 100");
    assertNull(value("MONEY", "1 $ 10"), "a sign written last closes its amount");
  }

  @Test
  void a_code_may_take_its_scale_after_it() {
    assertEquals("75000000 USD", value("MONEY", "75 usd million"));
    assertEquals("1.22 USD", value("MONEY", "only $ 1.22"));
  }

  @Test
  void lengths_and_weights_in_a_unit_and_a_smaller_one() {
    assertEquals("5.166667 [ft_i]", value("QUANTITY", "5 ft 2 in"));
    assertEquals("5.166667 [ft_i]", value("QUANTITY", "5 feet and 2 inches"));
    assertEquals("2.1875 [lb_av]", value("QUANTITY", "2 lb 3 oz"));
    assertEquals("1.8 m", value("QUANTITY", "1 m 80 cm"));
    assertNull(value("QUANTITY", "5 ft 14 in"), "14 inches are more than a foot");
    assertNull(value("QUANTITY", "5 in 2 ft"), "the smaller unit comes second");
  }

  @Test
  void a_range_runs_upward() {
    assertEquals("10..15", value("CARDINAL", "10 to 15"));
    assertNull(value("CARDINAL", "15 to 10"));
    assertNull(value("CARDINAL", "5/1-5/7"), "dates, not 5 to 0.71");
  }

  @Test
  void a_measure_per_unit_of_time() {
    assertEquals("10 km/h", value("QUANTITY", "10km/hr"));
    assertEquals("50 km/ms", value("QUANTITY", "50 km/ms"));
    assertEquals("50 m/ms", value("QUANTITY", "50 meters per millisecond"));
    assertEquals("7000 m3/s", value("QUANTITY", "7,000 m3 / s"));
    assertEquals("100.2 [degF]", value("QUANTITY", "100.2 degrees farenheit"), "a common misspelling");
  }

  @Test
  void a_scale_under_a_hundred_after_and_counts_only_the_part_after_it() {
    assertEquals("324", value("CARDINAL", "three hundred and two dozens"), "300 and two dozens");
    assertEquals("1440", value("CARDINAL", "one hundred twenty dozen"), "without \"and\" the dozens are of the whole");
    assertEquals("120000000", value("CARDINAL", "one hundred and twenty million"), "a larger scale takes the whole");
  }
}
