package dk.rammeflow.hearing.note;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Dates written the Danish way: "1. juli 2026", "19. januar 2023 kl. 14.32" (Copenhagen time). */
final class NoteDates {

  static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

  private static final String[] MONTHS = {
    "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"
  };

  private NoteDates() {}

  static String date(LocalDate date) {
    return date.getDayOfMonth() + ". " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
  }

  static String dateTime(Instant instant) {
    ZonedDateTime local = instant.atZone(COPENHAGEN);
    return date(local.toLocalDate()) + " kl. %02d.%02d".formatted(local.getHour(), local.getMinute());
  }
}
