package dk.rammeflow.calendar;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The calendar's results as plain maps of ISO-8601 strings, numbers, booleans and lists: the JSON of the
 * REST API and the output variables of the job workers are the same shapes. Dates are {@code YYYY-MM-DD},
 * instants {@code YYYY-MM-DDTHH:MM:SS+HH:MM} (Europe/Copenhagen), which BPMN timer events take directly;
 * every date also comes as Danish text (keys ending in {@code Text}).
 */
public final class CalendarViews {

  private CalendarViews() {}

  public static Map<String, Object> deadline(Deadline deadline) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("startDate", iso(deadline.start()));
    out.put("deadline", iso(deadline.deadline()));
    out.put("deadlineAt", CalendarTime.iso(deadline.deadlineAt()));
    out.put("deadlineText", deadline.deadlineText());
    out.put("reminders", deadline.reminders().stream().map(CalendarTime::iso).toList());
    out.put("reminderTexts", deadline.reminders().stream().map(DanishDates::formatDateTime).toList());
    out.put("proposedDeadline", iso(deadline.proposedDeadline()));
    out.put("proposedDeadlineText", deadline.proposedDeadline() == null ? null
        : DanishDates.formatWithWeekday(deadline.proposedDeadline()));
    out.put("warnings", deadline.warnings());
    return out;
  }

  public static Map<String, Object> meetingSlot(MeetingSlot slot) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("forum", slot.forumId());
    out.put("forumName", slot.forumName());
    out.put("meetingDate", iso(slot.date()));
    out.put("meetingAt", CalendarTime.iso(slot.at()));
    out.put("meetingText", DanishDates.formatWithWeekday(slot.date()) + " kl. " + DanishDates.formatTime(slot.at()));
    out.put("materialDeadline", iso(slot.materialDeadline()));
    out.put("materialDeadlineAt", CalendarTime.iso(slot.materialDeadlineAt()));
    out.put("materialDeadlineText", DanishDates.formatWithWeekday(slot.materialDeadline()));
    out.put("skippedCancelled", slot.skippedCancelled().stream().map(LocalDate::toString).toList());
    List<String> warnings = new ArrayList<>();
    for (LocalDate cancelled : slot.skippedCancelled()) {
      warnings.add("Mødet i " + slot.forumName() + " den " + DanishDates.format(cancelled) + " er aflyst.");
    }
    out.put("warnings", warnings);
    return out;
  }

  public static Map<String, Object> meeting(Meeting meeting, LocalDate materialDeadline) {
    Map<String, Object> out = new LinkedHashMap<>();
    ZonedDateTime at = CalendarTime.at(meeting.date(), meeting.time());
    out.put("date", iso(meeting.date()));
    out.put("at", CalendarTime.iso(at));
    out.put("text", DanishDates.formatWithWeekday(meeting.date()));
    out.put("cancelled", meeting.cancelled());
    out.put("materialDeadline", iso(materialDeadline));
    return out;
  }

  public static Map<String, Object> hearingCheck(HearingCheck check) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("start", iso(check.start()));
    out.put("deadline", iso(check.deadline()));
    out.put("deadlineText", DanishDates.formatWithWeekday(check.deadline()));
    out.put("days", check.days());
    out.put("ok", check.ok());
    out.put("tooShort", check.tooShort());
    out.put("holidays", check.holidays().stream().map(h -> {
      Map<String, Object> holiday = new LinkedHashMap<>();
      holiday.put("name", h.name());
      holiday.put("first", iso(h.first()));
      holiday.put("last", iso(h.last()));
      return holiday;
    }).toList());
    out.put("proposedDeadline", iso(check.proposedDeadline()));
    out.put("proposedDeadlineText", check.proposedDeadline() == null ? null
        : DanishDates.formatWithWeekday(check.proposedDeadline()));
    out.put("warnings", check.warnings());
    return out;
  }

  public static Map<String, Object> plan(Plan plan) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("title", plan.title());
    Map<String, Object> target = new LinkedHashMap<>();
    target.put("label", plan.steps().getLast().label());
    target.put("date", iso(plan.target().date()));
    target.put("forum", plan.target().forum());
    out.put("target", target);
    out.put("notBefore", iso(plan.notBefore()));
    out.put("fits", plan.fits());
    out.put("startBy", iso(plan.startBy()));
    out.put("warnings", plan.warnings());
    out.put("steps", planRows(plan.steps()));
    out.put("earliestSteps", planRows(plan.earliestSteps()));
    out.put("earliestTarget", iso(plan.earliestTarget()));
    return out;
  }

  /** Plan rows as maps: number, label, kind, forums, forumName, start, end, materialDeadline, dateText, materialDeadlineText, notes. */
  public static List<Map<String, Object>> planRows(List<PlannedStep> steps) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (PlannedStep step : steps) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("number", step.number());
      row.put("label", step.label());
      row.put("kind", step.kind().jsonName());
      row.put("forums", step.forums());
      row.put("forumName", step.forumName());
      row.put("start", iso(step.start()));
      row.put("end", iso(step.end()));
      row.put("materialDeadline", iso(step.materialDeadline()));
      row.put("dateText", TidsplanRenderer.cells(step).get(1));
      row.put("materialDeadlineText", step.materialDeadline() == null ? null : DanishDates.format(step.materialDeadline()));
      row.put("notes", step.notes());
      rows.add(row);
    }
    return rows;
  }

  static String iso(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
