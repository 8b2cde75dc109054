package dk.rammeflow.workers.calendar;

import dk.rammeflow.calendar.BackwardPlanner;
import dk.rammeflow.calendar.CalendarException;
import dk.rammeflow.calendar.CalendarInputs;
import dk.rammeflow.calendar.CalendarViews;
import dk.rammeflow.calendar.Plan;
import dk.rammeflow.calendar.PlanRequest;
import dk.rammeflow.calendar.TidsplanRenderer;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.exception.CamundaError;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

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
 * Bad input: BPMN error {@code CALENDAR_INVALID_INPUT} with a Danish message.
 */
@Component
public class BackwardPlanWorker {

  public static final String JOB_TYPE = "rammeflow-calendar-backward-plan";

  private final BackwardPlanner planner;

  public BackwardPlanWorker(BackwardPlanner planner) {
    this.planner = planner;
  }

  @JobWorker(type = JOB_TYPE)
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
      throw CamundaError.bpmnError(DeadlineWorker.INVALID_INPUT, e.danishMessage());
    }
  }
}
