package dk.rammeflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes dates the Danish way for users: "1. juli 2026", "onsdag den 1. juli 2026",
 * "1. juli 2026 kl. 09.00", "6.–24. februar 2023". Month and weekday names are spelled out here rather
 * than taken from the JDK's locale data, so the output does not depend on the runtime's CLDR version.
 */
public final class DanishDates {

  private static final String[] MONTHS = {
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december"
  };
  private static final String[] WEEKDAYS = {
    "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"
  };
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

  private DanishDates() {}

  /** "1. juli 2026". */
  public static String format(LocalDate date) {
    return dayAndMonth(date) + " " + date.getYear();
  }

  /** "onsdag den 1. juli 2026". */
  public static String formatWithWeekday(LocalDate date) {
    return weekday(date.getDayOfWeek()) + " den " + format(date);
  }

  /** "1. juli 2026 kl. 09.00" (in the date-time's own zone). */
  public static String formatDateTime(ZonedDateTime dateTime) {
    return format(dateTime.toLocalDate()) + " kl. " + formatTime(dateTime);
  }

  /** "09.00". */
  public static String formatTime(ZonedDateTime dateTime) {
    return TIME.format(dateTime);
  }

  /** "1. juli" (no year). */
  public static String dayAndMonth(LocalDate date) {
    return date.getDayOfMonth() + ". " + month(date.getMonthValue());
  }

  /**
   * A period: "6.–24. februar 2023", "18. april – 1. maj 2023", "20. december 2026 – 4. januar 2027";
   * one day when both ends are equal.
   */
  public static String formatRange(LocalDate first, LocalDate last) {
    if (first.equals(last)) {
      return format(first);
    }
    if (first.getYear() != last.getYear()) {
      return format(first) + " – " + format(last);
    }
    if (first.getMonth() != last.getMonth()) {
      return dayAndMonth(first) + " – " + format(last);
    }
    return first.getDayOfMonth() + ".–" + format(last);
  }

  /** Danish name of the month, 1 = "januar". */
  public static String month(int month) {
    return MONTHS[month - 1];
  }

  /** Danish name of the weekday, lower case ("mandag"). */
  public static String weekday(DayOfWeek day) {
    return WEEKDAYS[day.getValue() - 1];
  }
}
