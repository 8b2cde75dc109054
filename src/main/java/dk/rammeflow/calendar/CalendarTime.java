package dk.rammeflow.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * "Now" and "today" in Europe/Copenhagen, and the ISO-8601 form of instants handed to BPMN timers.
 * Uses the application's {@link Clock} bean when there is one (tests set a fixed clock), else the system clock.
 */
@Component
public class CalendarTime {

  public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

  /** ISO-8601 with seconds and numeric offset, e.g. {@code 2026-07-01T23:59:59+02:00}: what a BPMN timeDate takes. */
  public static final DateTimeFormatter ISO_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  private final Clock clock;

  @Autowired
  public CalendarTime(ObjectProvider<Clock> clock) {
    this(clock.getIfAvailable(() -> Clock.system(ZONE)));
  }

  public CalendarTime(Clock clock) {
    this.clock = clock.withZone(ZONE);
  }

  public static CalendarTime fixed(ZonedDateTime now) {
    return new CalendarTime(Clock.fixed(now.toInstant(), ZONE));
  }

  public ZonedDateTime now() {
    return ZonedDateTime.now(clock);
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The instant of {@code time} on {@code date} in Europe/Copenhagen (daylight saving handled by the zone rules). */
  public static ZonedDateTime at(LocalDate date, LocalTime time) {
    return ZonedDateTime.of(date, time, ZONE);
  }

  public static String iso(ZonedDateTime dateTime) {
    return ISO_DATE_TIME.format(dateTime.withZoneSameInstant(ZONE));
  }

  /** Parses a configured "HH:MM" or "HH:MM:SS"; an operator error (English) when it is not one. */
  static LocalTime parseConfiguredTime(String value, String key) {
    try {
      return LocalTime.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(key + ": '" + value + "' is not a time of day (expected HH:MM)");
    }
  }
}
