package dk.rammeflow.workers;

import dk.rammeflow.calendar.BackwardPlanner;
import dk.rammeflow.calendar.CalendarException;
import dk.rammeflow.calendar.CalendarInputs;
import dk.rammeflow.calendar.CalendarTime;
import dk.rammeflow.calendar.CalendarViews;
import dk.rammeflow.calendar.DeadlineRequest;
import dk.rammeflow.calendar.DeadlineService;
import dk.rammeflow.calendar.MeetingCalendar;
import dk.rammeflow.calendar.Plan;
import dk.rammeflow.calendar.PlanRequest;
import dk.rammeflow.calendar.TidsplanRenderer;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.exception.CamundaError;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The calendar's job types, for any process (element templates in {@code bpmn/calendar/element-templates/}).
 * Bad input of each: BPMN error {@value #INVALID_INPUT} with a Danish message.
 */
@Component
public class CalendarWorkers {

  public static final String INVALID_INPUT = "CALENDAR_INVALID_INPUT";

  private final DeadlineService deadlines;
  private final BackwardPlanner planner;
  private final MeetingCalendar meetings;
  private final CalendarTime time;

  public CalendarWorkers(DeadlineService deadlines, BackwardPlanner planner, MeetingCalendar meetings, CalendarTime time) {
    this.deadlines = deadlines;
    this.planner = planner;
    this.meetings = meetings;
    this.time = time;
  }

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
   */
  @JobWorker(type = "rammeflow-calendar-deadline")
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

  /**
   * {@code rammeflow-calendar-next-meeting}: the next meeting of a forum that material prepared from a day
   * on can still reach (its material deadline is on or after that day); cancelled meetings are skipped.
   *
   * <p>Inputs: {@code forum} (forum id, e.g. {@code das}), {@code onOrAfter} (ISO date, default today).
   *
   * <p>Outputs: {@code meetingDate}, {@code meetingAt}, {@code meetingText}, {@code materialDeadline},
   * {@code materialDeadlineAt} (end of that day), {@code materialDeadlineText}, {@code forum},
   * {@code forumName}, {@code skippedCancelled}, {@code warnings}.
   */
  @JobWorker(type = "rammeflow-calendar-next-meeting")
  public Map<String, Object> findNextMeeting(
      @Variable(name = "forum") Object forum,
      @Variable(name = "onOrAfter") Object onOrAfter) {
    try {
      String forumId = CalendarInputs.text(forum, "forum");
      LocalDate from = CalendarInputs.date(onOrAfter, "onOrAfter");
      return CalendarViews.meetingSlot(meetings.nextMeeting(forumId, from == null ? time.today() : from));
    } catch (CalendarException e) {
      throw CamundaError.bpmnError(INVALID_INPUT, e.danishMessage());
    }
  }

  /**
   * {@code rammeflow-calendar-backward-plan}: the tidsplan for a target and a chain of steps, with the latest
   * date of every step from the real meeting dates.
   *
   * <p>Inputs: {@code target} (ISO date, or {@code {date, label}}, or {@code {forum, date, label}} for a
   * meeting), {@code chain} (list of steps: {@code {label, forum}} / {@code {label, weeks|days|workingDays}} /
   * {@code {label, kind: "hearing", weeks}} / {@code {label, date}}, each with optional {@code gapWorkingDays}),
   * {@code notBefore} (ISO date, default today), {@code title}.
   *
   * <p>Outputs: {@code plan} (list of rows: number, label, kind, forums, forumName, start, end,
   * materialDeadline, dateText, materialDeadlineText, notes), {@code fits}, {@code warnings},
   * {@code startBy}, {@code earliestPlan}, {@code earliestTarget}, {@code planCsv}, {@code planHtml}.
   * A chain that does not fit is not an error: {@code fits} is false and {@code warnings} say why.
   */
  @JobWorker(type = "rammeflow-calendar-backward-plan")
  public Map<String, Object> planBackwards(
      @Variable(name = "target") Object target,
      @Variable(name = "chain") Object chain,
      @Variable(name = "notBefore") Object notBefore,
      @Variable(name = "title") Object title) {
    try {
      PlanRequest request = new PlanRequest(CalendarInputs.text(title, "title"), CalendarInputs.target(target),
          CalendarInputs.chain(chain), CalendarInputs.date(notBefore, "notBefore"));
      Plan plan = planner.plan(request);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("plan", CalendarViews.planRows(plan.steps()));
      out.put("fits", plan.fits());
      out.put("warnings", plan.warnings());
      out.put("startBy", plan.startBy() == null ? null : plan.startBy().toString());
      out.put("earliestPlan", CalendarViews.planRows(plan.earliestSteps()));
      out.put("earliestTarget", plan.earliestTarget() == null ? null : plan.earliestTarget().toString());
      out.put("planCsv", TidsplanRenderer.csv(plan));
      out.put("planHtml", TidsplanRenderer.html(plan));
      return out;
    } catch (CalendarException e) {
      throw CamundaError.bpmnError(INVALID_INPUT, e.danishMessage());
    }
  }
}
