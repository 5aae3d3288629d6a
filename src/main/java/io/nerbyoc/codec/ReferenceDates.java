package io.nerbyoc.codec;

import io.nerbyoc.core.ApiException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The {@code reference_date} option: an ISO 8601 date ({@code 2016-11-07}) or local date-time
 * ({@code 2016-11-07T16:12:00}); an offset ({@code Z}, {@code +02:00}) is accepted and dropped,
 * since relative expressions in a text count from the writer's own calendar day.
 */
final class ReferenceDates {
  private ReferenceDates() {}

  /** {@code code}: the error code of where it came from ({@code invalid_field}, {@code invalid_custom_attributes}). */
  static LocalDateTime parse(String value, String where, String code) {
    String v = value.trim();
    try {
      if (v.length() == 10) {
        return LocalDate.parse(v).atStartOfDay();
      }
      if (v.endsWith("Z") || v.lastIndexOf('+') > 10 || v.lastIndexOf('-') > 10) {
        return OffsetDateTime.parse(v).toLocalDateTime();
      }
      return LocalDateTime.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(code,
          where + " is " + ApiException.quote(value) + ", not an ISO 8601 date or date-time.",
          "Write reference_date as 2016-11-07 or 2016-11-07T16:12:00.");
    }
  }
}
