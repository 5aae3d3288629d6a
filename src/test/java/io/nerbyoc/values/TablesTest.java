package io.nerbyoc.values;

import static io.nerbyoc.values.Show.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The tables themselves: holiday rules against published dates, currency and unit names against their codes. */
class TablesTest {

  @Test
  void easter_by_the_computus_matches_published_dates() {
    assertEquals(LocalDate.of(2000, 4, 23), Calendar.easter(2000));
    assertEquals(LocalDate.of(2016, 3, 27), Calendar.easter(2016));
    assertEquals(LocalDate.of(2018, 4, 1), Calendar.easter(2018));
    assertEquals(LocalDate.of(2019, 4, 21), Calendar.easter(2019));
    assertEquals(LocalDate.of(2024, 3, 31), Calendar.easter(2024));
    assertEquals(LocalDate.of(2038, 4, 25), Calendar.easter(2038));
  }

  @Test
  void holidays_by_rule() {
    assertEquals(LocalDate.of(2016, 11, 24), Calendar.holiday("thanksgiving", 2016));
    assertEquals(LocalDate.of(2010, 11, 26), Calendar.holiday("black friday", 2010), "the day after Thanksgiving");
    assertEquals(LocalDate.of(2023, 11, 24), Calendar.holiday("black friday", 2023));
    assertEquals(LocalDate.of(1918, 11, 11), Calendar.holiday("armistice day", 1918), "Remembrance and Veterans Day too");
    assertEquals(LocalDate.of(2017, 5, 29), Calendar.holiday("memorial day", 2017));
    assertEquals(LocalDate.of(2016, 9, 5), Calendar.holiday("labor day", 2016));
    assertEquals(LocalDate.of(2017, 1, 16), Calendar.holiday("martin luther king day", 2017));
    assertEquals(LocalDate.of(2016, 5, 8), Calendar.holiday("mother 's day", 2016));
    assertEquals(LocalDate.of(2016, 6, 19), Calendar.holiday("father 's day", 2016));
    assertEquals(LocalDate.of(2019, 4, 19), Calendar.holiday("good friday", 2019));
    assertEquals(LocalDate.of(2016, 12, 24), Calendar.holiday("christmas eve", 2016));
    assertEquals(LocalDate.of(2010, 4, 22), Calendar.holiday("earth day", 2010));
    assertEquals(LocalDate.of(2020, 3, 17), Calendar.holiday("saint patrick", 2020));
    assertEquals(LocalDate.of(2019, 3, 6), Calendar.holiday("ash wednesday", 2019), "46 days before Easter");
    assertEquals(LocalDate.of(2019, 3, 5), Calendar.holiday("mardi gras", 2019));
    assertEquals(LocalDate.of(2017, 4, 9), Calendar.holiday("palm sunday", 2017));
    assertEquals(LocalDate.of(2019, 5, 30), Calendar.holiday("ascension day", 2019));
    assertEquals(LocalDate.of(2019, 6, 9), Calendar.holiday("pentecost", 2019));
    assertEquals(LocalDate.of(2016, 5, 16), Calendar.holiday("whit monday", 2016));
    assertEquals(LocalDate.of(2017, 2, 20), Calendar.holiday("presidents day", 2017), "third Monday of February");
    assertEquals(LocalDate.of(2017, 10, 9), Calendar.holiday("columbus day", 2017), "second Monday of October");
    assertEquals(LocalDate.of(2021, 6, 19), Calendar.holiday("juneteenth", 2021));
    assertEquals(LocalDate.of(2021, 5, 5), Calendar.holiday("cinco de mayo", 2021));
    assertEquals(LocalDate.of(2021, 11, 1), Calendar.holiday("all saints day", 2021));
  }

  @Test
  void currency_signs_codes_and_names() {
    String[][] cases = {
      {"$1", "USD"}, {"US$1", "USD"}, {"C$1", "CAD"}, {"A$1", "AUD"}, {"S$1", "SGD"}, {"NZ$1", "NZD"}, {"R$1", "BRL"},
      {"£1", "GBP"}, {"€1", "EUR"}, {"₹1", "INR"}, {"₩1", "KRW"}, {"1 yen", "JPY"}, {"1 yuan", "CNY"},
      {"1 renminbi", "CNY"}, {"1 rupiah", "IDR"}, {"1 ringgit", "MYR"}, {"1 baht", "THB"}, {"1 won", "KRW"},
      {"1 rand", "ZAR"}, {"1 roubles", "RUB"}, {"1 shekels", "ILS"}, {"1 Swedish krona", "SEK"},
      {"1 Danish kroner", "DKK"}, {"1 Norwegian krone", "NOK"}, {"1 Indian rupees", "INR"},
      {"1 Pakistani rupees", "PKR"}, {"1 Mexican pesos", "MXN"}, {"1 Saudi riyals", "SAR"},
      {"1 Kuwaiti dinars", "KWD"}, {"1 Turkish lira", "TRY"}, {"1 Australian dollars", "AUD"},
      {"1 New Taiwan dollars", "TWD"}, {"1 sterling", "GBP"}, {"1 CHF", "CHF"}, {"1 JPY", "JPY"},
      {"1 ₾", "GEL"}, {"₾1", "GEL"}, {"1 ₭", "LAK"}, {"1 ₴", "UAH"}, {"1 ₡", "CRC"}, {"1 ₽", "RUB"},
      {"1 €", "EUR"},
      {"1 lebanese pounds", "LBP"}, {"1 sri lankan rupees", "LKR"}};
    for (String[] c : cases) {
      assertEquals("1 " + c[1], value("MONEY", c[0]), c[0]);
    }
    for (String open : new String[] {"¥1", "1 pesos", "1 rupees", "1 kroner", "1 dinars", "1 lira", "Rs 1"}) {
      assertEquals("1", value("MONEY", open), open + ": several countries' currency, so no code");
    }
  }

  @Test
  void codes_with_a_scale_letter_count_millions_or_thousands() {
    assertEquals("120000000 EUR", value("MONEY", "120 MEUR"));
    assertEquals("7500000 USD", value("MONEY", "7.5 MUSD"));
    assertEquals("500000 SEK", value("MONEY", "500 kSEK"));
    assertEquals("3000 EUR", value("MONEY", "3 TEUR"));
  }

  @Test
  void units_to_ucum() {
    String[][] cases = {
      {"1 km", "km"}, {"1 kilometres", "km"}, {"1 metres", "m"}, {"1 cm", "cm"}, {"1 mm", "mm"}, {"1 feet", "[ft_i]"},
      {"1 inches", "[in_i]"}, {"1 yards", "[yd_i]"}, {"1 miles", "[mi_i]"}, {"1 nautical miles", "[nmi_i]"},
      {"1 acres", "[acr_us]"}, {"1 hectares", "har"}, {"1 square kilometres", "km2"}, {"1 sq ft", "[ft_i]2"},
      {"1 kg", "kg"}, {"1 grams", "g"}, {"1 milligrams", "mg"}, {"1 tonnes", "t"}, {"1 tons", "[ston_av]"},
      {"1 metric tons", "t"}, {"1 pounds", "[lb_av]"}, {"1 ounces", "[oz_av]"}, {"1 gallons", "[gal_us]"},
      {"1 litres", "L"}, {"1 barrels", "[bbl_us]"}, {"1 cubic feet", "[cft_i]"}, {"1 mph", "[mi_i]/h"},
      {"1 km/h", "km/h"}, {"1 knots", "[kn_i]"}, {"1 degrees Fahrenheit", "[degF]"}, {"1 °C", "Cel"},
      {"1 megawatts", "MW"}, {"1 kWh", "kW.h"}, {"1 gigabytes", "GBy"}, {"1 GHz", "GHz"}, {"1 horsepower", "[HP]"},
      {"1 µg", "ug"}, {"1 μg", "ug"}, {"1 mcg", "ug"}, {"1 microgrammes", "ug"}, {"1 milligramme", "mg"},
      {"1 grammes", "g"}, {"1 kilogrammes", "kg"}, {"1 picometres", "pm"}, {"1 nanometers", "nm"},
      {"1 micrometres", "um"}, {"1 µm", "um"}, {"1 radians", "rad"}, {"1° Celsius", "Cel"},
      {"1 ° fahrenheit", "[degF]"}};
    for (String[] c : cases) {
      assertEquals("1 " + c[1], value("QUANTITY", c[0]), c[0]);
    }
    assertNull(value("QUANTITY", "1 widgets"), "a word that is no unit: no value");
  }

  @Test
  void units_of_information_area_and_volume_complete_their_families() {
    String[][] cases = {
      {"1 terabyte", "TBy"}, {"1 gigabyte", "GBy"}, {"1 megabyte", "MBy"}, {"1 kilobyte", "kBy"}, {"1 byte", "By"},
      {"1 petabytes", "PBy"}, {"1 bit", "bit"}, {"1 bits", "bit"}, {"1 kilobits", "kbit"}, {"1 megabit", "Mbit"},
      {"1 gigabits", "Gbit"}, {"1 Mbps", "Mbit/s"}, {"1 kbps", "kbit/s"}, {"1 Gbps", "Gbit/s"},
      {"1 mpg", "[mi_i]/[gal_us]"}, {"1 decimeters", "dm"}, {"1 decimetre", "dm"}, {"1 m²", "m2"}, {"1 km²", "km2"}, {"1 cc", "cm3"},
      {"1 light years", "[ly]"}, {"1 light-year", "[ly]"}};
    for (String[] c : cases) {
      assertEquals("1 " + c[1], value("QUANTITY", c[0]), c[0]);
    }
    assertNull(value("QUANTITY", "1 dm"), "the Deutsche Mark as often");
  }

  @Test
  void april_fools_and_groundhog_day() {
    assertEquals("XXXX-04-01 = 2017-04-01", value("DATE", "April Fools' Day"));
    assertEquals("XXXX-02-02 = 2017-02-02", value("DATE", "Groundhog Day"));
  }

  @Test
  void holiday_names_written_otherwise() {
    assertEquals("XXXX-12-31 = 2016-12-31", value("DATE", "New Year Eve"));
    assertEquals("XXXX-11-11 = 2016-11-11", value("DATE", "Veteran's Day"));
    assertEquals("2017-01-16 = 2017-01-16", value("DATE", "MLK Day"));
    assertEquals("2016-11-24 = 2016-11-24", value("DATE", "thanks giving day"));
    assertEquals("XXXX-01-01 = 2017-01-01", value("DATE", "Yuandan"), "New Year's Day in Chinese, as theirs");
    assertEquals("XXXX-01-20 = 2017-01-20", value("DATE", "Inauguration Day"), "the US president's, as theirs");
  }

  @Test
  void feasts_by_the_computus_and_fixed_days_the_gregorian_calendar_keeps() {
    assertEquals("2017-04-13 = 2017-04-13", value("DATE", "Maundy Thursday"), "Easter 2017 is April 16");
    assertEquals("2017-04-15 = 2017-04-15", value("DATE", "Holy Saturday"));
    assertEquals("2016-05-26 = 2016-05-26", value("DATE", "Corpus Christi"), "the nearest: 2016 Easter was March 27");
    assertEquals("XXXX-11-02 = 2016-11-02", value("DATE", "All Souls' Day"));
    assertEquals("XXXX-01-06 = 2017-01-06", value("DATE", "Epiphany"));
    assertEquals("XXXX-03-08 = 2017-03-08", value("DATE", "International Women's Day"));
    assertEquals("XXXX-02-14 = 2017-02-14", value("DATE", "St Valentine's Day"));
  }
}
