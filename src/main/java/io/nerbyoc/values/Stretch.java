package io.nerbyoc.values;

import io.nerbyoc.core.Value;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * A resolved stretch of time: its TIMEX3 value and, unless it is a duration or unresolvable, where
 * it lies ({@code [start, end)}). {@code kind} says how the value is written.
 */
record Stretch(String timex, LocalDateTime start, LocalDateTime end, Kind kind) {

  enum Kind {
    /** One calendar day: value "2016-11-08". */
    DAY,
    /** A moment: value "2016-11-08T07:00:00". */
    MOMENT,
    /** A time of day on no particular day: value "07:00:00". */
    CLOCK,
    /** A period: value {"start", "end"}, end exclusive; either may be open (null). */
    PERIOD,
    /** Hours of no particular day ("9 - 10 a.m."): value {"start": "09:00:00", "end": "10:00:00"}. */
    CLOCK_PERIOD,
    /** A duration or a named time the calendar cannot place ("P3D", "2016-SU"): timex only. */
    TIMEX_ONLY
  }

  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
  private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  static Stretch day(String timex, LocalDate d) {
    return new Stretch(timex, d.atStartOfDay(), d.plusDays(1).atStartOfDay(), Kind.DAY);
  }

  static Stretch period(String timex, LocalDate from, LocalDate to) {
    return new Stretch(timex, from == null ? null : from.atStartOfDay(), to == null ? null : to.atStartOfDay(), Kind.PERIOD);
  }

  static Stretch period(String timex, LocalDateTime from, LocalDateTime to) {
    return new Stretch(timex, from, to, Kind.PERIOD);
  }

  static Stretch timexOnly(String timex) {
    return new Stretch(timex, null, null, Kind.TIMEX_ONLY);
  }

  Stretch withTimex(String t) {
    return new Stretch(t, start, end, kind);
  }

  Value.Temporal toValue() {
    return switch (kind) {
      case DAY -> new Value.Temporal(timex, start.toLocalDate().toString(), null, null);
      case MOMENT -> new Value.Temporal(timex, start.format(SECONDS), null, null);
      case CLOCK -> new Value.Temporal(timex, start.toLocalTime().format(CLOCK_TIME), null, null);
      case PERIOD -> new Value.Temporal(timex, null, text(start), text(end));
      case CLOCK_PERIOD -> new Value.Temporal(timex, null, start.toLocalTime().format(CLOCK_TIME),
          end.toLocalDate().isAfter(start.toLocalDate()) && end.toLocalTime().equals(LocalTime.MIDNIGHT) ? "24:00:00"
              : end.toLocalTime().format(CLOCK_TIME));
      case TIMEX_ONLY -> new Value.Temporal(timex, null, null, null);
    };
  }

  /** A date when at midnight ("2016-11-08"), else a date-time. */
  private static String text(LocalDateTime t) {
    if (t == null) {
      return null;
    }
    return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.format(SECONDS);
  }
}
