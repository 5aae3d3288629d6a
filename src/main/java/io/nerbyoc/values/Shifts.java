package io.nerbyoc.values;

import java.time.LocalDateTime;

/**
 * Amounts of time and the days they reach, for {@link Temporals}: "three weeks", "three weeks
 * ago", "in two weeks", "within 9 months", "three weeks from tomorrow", "62 years old".
 */
final class Shifts {
  private Shifts() {}

  // ---- amounts of time: "three weeks", "three weeks ago", "in two days", "62 years old"

  static Stretch durationBased(Temporals.Reader r, int from, int to) {
    String last = r.w.at(to - 1);
    if (last.equals("ago") || last.equals("hence") || last.equals("now") && r.w.at(to - 2).equals("from")) {
      int end = last.equals("now") ? to - 2 : to - 1;
      Durations.Amount a = Durations.parse(r.w, from, end);
      if (a == null || !a.whole() && !a.unit().clock()) {
        return null; // "a year and a half ago": which day is not said
      }
      int sign = last.equals("ago") ? -1 : 1;
      LocalDateTime t = a.whole() ? a.unit().add(r.ref, sign * a.count().longValue())
          : r.ref.plusSeconds(sign * a.seconds()); // "half an hour from now"
      if (a.unit().clock()) {
        return new Stretch(t.format(java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss")), t, null, Stretch.Kind.MOMENT);
      }
      return Stretch.day(t.toLocalDate().toString(), t.toLocalDate());
    }
    if (last.equals("age") && r.w.at(to - 2).equals("of")) {
      Durations.Amount a = Durations.parse(r.w, from, to - 2); // "95 years of age"
      return a == null ? null : Stretch.timexOnly(a.timex());
    }
    if (last.equals("old") || last.equals("later") || last.equals("earlier") || last.equals("long")) {
      Durations.Amount a = Durations.parse(r.w, from, to - 1);
      return a == null ? null : Stretch.timexOnly(a.timex()); // an age, or a span from a time the text names
    }
    int f = r.w.at(from).equals("the") || r.w.at(from).equals("for") ? from + 1 : from;
    Durations.Amount a = Durations.parse(r.w, f, to);
    return a == null ? null : Stretch.timexOnly(a.timex());
  }
}
