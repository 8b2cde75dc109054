package dk.rammeflow.workers.calendar;

import dk.rammeflow.calendar.CalendarException;
import dk.rammeflow.calendar.CalendarInputs;
import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.calendar.CalendarViews;
import dk.rammeflow.calendar.MeetingCalendar;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.exception.CamundaError;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code rammeflow-calendar-next-meeting}: the next meeting of a forum that material prepared from a day
 * on can still reach (its material deadline is on or after that day); cancelled meetings are skipped.
 *
 * <p>Inputs: {@code forum} (forum id, e.g. {@code das}), {@code onOrAfter} (ISO date, default today).
 *
 * <p>Outputs: {@code meetingDate}, {@code meetingAt}, {@code meetingText}, {@code materialDeadline},
 * {@code materialDeadlineAt} (end of that day), {@code materialDeadlineText}, {@code forum},
 * {@code forumName}, {@code skippedCancelled}, {@code warnings}.
 * Bad input (unknown forum, no meeting in the calendar ...): BPMN error {@code CALENDAR_INVALID_INPUT}.
 */
@Component
public class NextMeetingWorker {

  public static final String JOB_TYPE = "rammeflow-calendar-next-meeting";

  private final MeetingCalendar meetings;
  private final CalendarTime time;

  public NextMeetingWorker(MeetingCalendar meetings, CalendarTime time) {
    this.meetings = meetings;
    this.time = time;
  }

  @JobWorker(type = JOB_TYPE)
  public Map<String, Object> findNextMeeting(
      @Variable(name = "forum") Object forum,
      @Variable(name = "onOrAfter") Object onOrAfter) {
    try {
      String forumId = CalendarInputs.text(forum, "forum");
      LocalDate from = CalendarInputs.date(onOrAfter, "onOrAfter");
      return CalendarViews.meetingSlot(meetings.nextMeeting(forumId, from == null ? time.today() : from));
    } catch (CalendarException e) {
      throw CamundaError.bpmnError(DeadlineWorker.INVALID_INPUT, e.danishMessage());
    }
  }
}
