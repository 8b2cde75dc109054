package dk.rammeflow.cu;

import dk.rammeflow.calendar.BackwardPlanner;
import dk.rammeflow.calendar.CalendarException;
import dk.rammeflow.calendar.CalendarViews;
import dk.rammeflow.calendar.Plan;
import dk.rammeflow.calendar.PlanRequest;
import dk.rammeflow.calendar.PlanStep;
import dk.rammeflow.calendar.PlanTarget;
import dk.rammeflow.calendar.TidsplanRenderer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The tidsplan of a case: the steps not yet done, planned backwards from the target (agreed deadline, else
 * Socialstyrelsen's) with the real meeting dates. When they do not fit, the plan says so and carries the
 * earliest plan that does fit, so the case worker hears about it at once.
 */
@Component
class CuPlanning {

  private final BackwardPlanner planner;

  CuPlanning(BackwardPlanner planner) {
    this.planner = planner;
  }

  /** A computed plan with its rows (each with the step {@code key}; the target row has key {@code target}). */
  public record CasePlan(Plan plan, List<Map<String, Object>> rows, List<Map<String, Object>> earliestRows, String html, String csv) {

    public boolean fits() {
      return plan.fits();
    }

    public Map<String, Object> variables() {
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put("plan", rows);
      variables.put("planFits", plan.fits());
      variables.put("planWarnings", plan.warnings());
      variables.put("earliestPlan", earliestRows);
      variables.put("earliestTarget", plan.earliestTarget() == null ? null : plan.earliestTarget().toString());
      return variables;
    }
  }

  public CasePlan plan(CuCase c, LocalDate notBefore) {
    List<String> steps = CuStage.remaining(c.stepsDone(), CuStage.sequence(c.settings()));
    if (steps.isEmpty()) {
      throw new CuException("Alle trin op til indsendelsen er gennemført; der er ikke mere at planlægge.");
    }
    List<PlanStep> chain = steps.stream().map(s -> CuStage.planStep(s, c.settings())).toList();
    PlanRequest request = new PlanRequest("Tidsplan: besvarelse af central udmelding om " + c.title(),
        PlanTarget.date(CuStage.TARGET_LABEL, c.target()), chain, notBefore);
    Plan plan;
    try {
      plan = planner.plan(request);
    } catch (CalendarException e) {
      throw new CuException("Tidsplanen kan ikke beregnes: " + e.danishMessage());
    }
    return new CasePlan(plan, keyed(CalendarViews.planRows(plan.steps()), steps), keyed(CalendarViews.planRows(plan.earliestSteps()), steps),
        TidsplanRenderer.html(plan), TidsplanRenderer.csv(plan));
  }

  private static List<Map<String, Object>> keyed(List<Map<String, Object>> rows, List<String> steps) {
    List<Map<String, Object>> keyed = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = new LinkedHashMap<>(rows.get(i));
      row.put("key", i < steps.size() ? steps.get(i) : "target");
      keyed.add(row);
    }
    return keyed;
  }

  /** The planned row of a step, if the current plan has it. */
  public static Map<String, Object> row(List<Map<String, Object>> plan, String step) {
    return plan.stream().filter(r -> step.equals(r.get("key"))).findFirst().orElse(null);
  }
}
