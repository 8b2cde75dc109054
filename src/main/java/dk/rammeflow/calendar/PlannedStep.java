package dk.rammeflow.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of a computed plan (tidsplan).
 *
 * @param number 1-based position; the target row comes last
 * @param label Danish step text
 * @param kind step kind
 * @param forums forum ids of a meeting step or meeting target, else empty
 * @param forumName Danish forum name(s), or null
 * @param start first day (the meeting date for a meeting); null when the step could not be placed
 * @param end last day (for a hearing: the hearing deadline)
 * @param materialDeadline for meetings: the day the material must be sent, else null
 * @param notes Danish remarks (cancelled meetings passed over, each forum's date when there are several ...)
 */
public record PlannedStep(
    int number,
    String label,
    StepKind kind,
    List<String> forums,
    String forumName,
    LocalDate start,
    LocalDate end,
    LocalDate materialDeadline,
    List<String> notes) {

  public PlannedStep {
    forums = List.copyOf(forums);
    notes = List.copyOf(notes);
  }

  public boolean placed() {
    return start != null;
  }
}
