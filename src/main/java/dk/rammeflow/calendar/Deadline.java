package dk.rammeflow.calendar;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A computed deadline with its reminders.
 *
 * @param start the start day used
 * @param deadline the deadline (a working day unless given explicitly)
 * @param deadlineAt the instant the deadline expires: {@code rammeflow.calendar.deadline-time} (default
 *     23:59:59) on the deadline day, Europe/Copenhagen
 * @param deadlineText the deadline in Danish, "onsdag den 1. juli 2026"
 * @param reminders reminder instants ({@code rammeflow.calendar.reminder-time}, default 09:00, on the working
 *     day N working days before the deadline), ascending; reminders not after the start or in the past are left out
 * @param warnings Danish remarks (moved deadline, hearing rules, reminders left out)
 * @param proposedDeadline a later deadline proposed by the hearing rules, or null
 */
public record Deadline(
    LocalDate start,
    LocalDate deadline,
    ZonedDateTime deadlineAt,
    String deadlineText,
    List<ZonedDateTime> reminders,
    List<String> warnings,
    LocalDate proposedDeadline) {

  public Deadline {
    reminders = List.copyOf(reminders);
    warnings = List.copyOf(warnings);
  }
}
