package dk.rammeflow.workers.calendar;

import dk.rammeflow.calendar.CalendarException;
import dk.rammeflow.calendar.CalendarInputs;
import dk.rammeflow.calendar.CalendarViews;
import dk.rammeflow.calendar.DeadlineRequest;
import dk.rammeflow.calendar.DeadlineService;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.exception.CamundaError;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code rammeflow-calendar-deadline}: a deadline and its reminder instants.
 *
 * <p>Inputs (all optional): {@code startDate} (ISO date, default today), one of {@code periodDays},
 * {@code periodWeeks}, {@code periodWorkingDays} or {@code fixedDeadline} (default: the 4-week hearing
 * period), {@code reminderWorkingDays} (list or "5,1", default [5, 1]), {@code hearingRules}
 * (ignore | warn | extend, default ignore).
 *
 * <p>Outputs: {@code deadline} (ISO date), {@code deadlineAt} (ISO date-time, end of the deadline day in
 * Europe/Copenhagen), {@code deadlineText} ("onsdag den 1. juli 2026"), {@code reminders} (ISO date-times),
 * {@code reminderTexts}, {@code proposedDeadline}, {@code proposedDeadlineText}, {@code warnings}, {@code startDate}.
 * Bad input: BPMN error {@code CALENDAR_INVALID_INPUT} with a Danish message.
 */
@Component
public class DeadlineWorker {

  public static final String JOB_TYPE = "rammeflow-calendar-deadline";
  public static final String INVALID_INPUT = "CALENDAR_INVALID_INPUT";

  private final DeadlineService deadlines;

  public DeadlineWorker(DeadlineService deadlines) {
    this.deadlines = deadlines;
  }

  @JobWorker(type = JOB_TYPE)
  public Map<String, Object> computeDeadline(
      @Variable(name = "startDate") Object startDate,
      @Variable(name = "periodDays") Object periodDays,
      @Variable(name = "periodWeeks") Object periodWeeks,
      @Variable(name = "periodWorkingDays") Object periodWorkingDays,
      @Variable(name = "fixedDeadline") Object fixedDeadline,
      @Variable(name = "reminderWorkingDays") Object reminderWorkingDays,
      @Variable(name = "hearingRules") Object hearingRules) {
    try {
      DeadlineRequest request = new DeadlineRequest(
          CalendarInputs.date(startDate, "startDate"),
          CalendarInputs.integer(periodDays, "periodDays"),
          CalendarInputs.integer(periodWeeks, "periodWeeks"),
          CalendarInputs.integer(periodWorkingDays, "periodWorkingDays"),
          CalendarInputs.date(fixedDeadline, "fixedDeadline"),
          CalendarInputs.integers(reminderWorkingDays, "reminderWorkingDays"),
          CalendarInputs.hearingRules(hearingRules));
      return CalendarViews.deadline(deadlines.compute(request));
    } catch (CalendarException e) {
      throw CamundaError.bpmnError(INVALID_INPUT, e.danishMessage());
    }
  }
}
