package dk.rammeflow.calendar;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A meeting found by a lookup, with its material deadline.
 *
 * @param forumId forum id
 * @param forumName Danish forum name
 * @param date meeting date
 * @param at meeting start (Europe/Copenhagen)
 * @param materialDeadline last day to send the material (the forum's number of working days before the meeting)
 * @param materialDeadlineAt end of the material deadline day ({@code rammeflow.calendar.deadline-time})
 * @param skippedCancelled cancelled meetings of the forum that the lookup passed over
 */
public record MeetingSlot(
    String forumId,
    String forumName,
    LocalDate date,
    ZonedDateTime at,
    LocalDate materialDeadline,
    ZonedDateTime materialDeadlineAt,
    List<LocalDate> skippedCancelled) {

  public MeetingSlot {
    skippedCancelled = List.copyOf(skippedCancelled);
  }
}
