package dk.rammeflow.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A backward-planning request.
 *
 * @param title heading of the tidsplan (Danish), may be null
 * @param target the target
 * @param chain the steps in the order the work happens; the target follows the last one
 * @param notBefore the plan must not start before this day; null means today
 */
public record PlanRequest(String title, PlanTarget target, List<PlanStep> chain, LocalDate notBefore) {

  public PlanRequest {
    chain = chain == null ? List.of() : List.copyOf(chain);
  }
}
