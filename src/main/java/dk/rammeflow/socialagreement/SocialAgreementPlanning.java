package dk.rammeflow.socialagreement;

import dk.rammeflow.calendar.BackwardPlanner;
import dk.rammeflow.calendar.CalendarException;
import dk.rammeflow.calendar.CalendarViews;
import dk.rammeflow.calendar.DanishDates;
import dk.rammeflow.calendar.Plan;
import dk.rammeflow.calendar.PlanRequest;
import dk.rammeflow.calendar.PlanTarget;
import dk.rammeflow.calendar.TidsplanRenderer;
import dk.rammeflow.socialagreement.SocialAgreementStage.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The tidsplan of an agreement: every step planned backwards from the local-approval deadline (1 December of the
 * year before the period) on the real meeting calendar. The councils get {@value SocialAgreementStage#LOCAL_APPROVAL_WEEKS}
 * weeks, so KKR's approval is the meeting that leaves them that time, not the last one before the deadline; a step
 * planned outside the months the seed gives for it is flagged in a Danish warning.
 */
@Component
class SocialAgreementPlanning {

  private final BackwardPlanner planner;

  SocialAgreementPlanning(BackwardPlanner planner) {
    this.planner = planner;
  }

  /** A computed plan with its rows, each with the step {@code key} and {@code phase} (the target row: key {@code target}). */
  record AgreementPlan(Plan plan, List<Map<String, Object>> rows, List<String> warnings, String html, String csv) {

    boolean fits() {
      return plan.fits() && warnings.size() == plan.warnings().size();
    }

    Map<String, Object> row(String key) {
      return rows.stream().filter(r -> key.equals(r.get("key"))).findFirst().orElse(null);
    }
  }

  AgreementPlan plan(String title, int firstYear, boolean electionYear, boolean review, LocalDate notBefore) {
    List<Step> steps = SocialAgreementStage.planned(electionYear, review);
    PlanRequest request = new PlanRequest("Tidsplan: " + title,
        PlanTarget.date(SocialAgreementStage.TARGET_LABEL, SocialAgreementStage.deadline(firstYear)),
        steps.stream().map(Step::planStep).toList(), notBefore);
    Plan plan;
    try {
      plan = planner.plan(request);
    } catch (CalendarException e) {
      throw new SocialAgreementException("Tidsplanen kan ikke beregnes: " + e.danishMessage());
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    List<String> warnings = new ArrayList<>(plan.warnings());
    List<Map<String, Object>> planned = CalendarViews.planRows(plan.steps());
    for (int i = 0; i < planned.size(); i++) {
      Map<String, Object> row = new LinkedHashMap<>(planned.get(i));
      if (i < steps.size()) {
        Step step = steps.get(i);
        row.put("key", step.key());
        row.put("phase", step.phase());
        row.put("phaseLabel", SocialAgreementStage.phaseLabel(step.phase()));
        LocalDate start = plan.steps().get(i).start();
        if (start != null && !step.inSeedMonths(start, firstYear)) {
          warnings.add("%s er planlagt %s, uden for de sædvanlige måneder (%s–%s %d).".formatted(step.label(), DanishDates.format(start),
              DanishDates.month(step.firstMonth().getValue()), DanishDates.month(step.lastMonth().getValue()), firstYear + step.yearOffset()));
        }
      } else {
        row.put("key", "target");
        row.put("phase", SocialAgreementStage.LOCAL_APPROVAL);
        row.put("phaseLabel", SocialAgreementStage.phaseLabel(SocialAgreementStage.LOCAL_APPROVAL));
      }
      rows.add(row);
    }
    return new AgreementPlan(plan, rows, warnings, TidsplanRenderer.html(plan), TidsplanRenderer.csv(plan));
  }
}
