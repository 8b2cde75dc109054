package dk.rammeflow.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A computed backward plan.
 *
 * @param title heading (Danish)
 * @param target the target as requested
 * @param notBefore the day the plan may start at the earliest
 * @param steps the chain with the latest date of every step, then the target row; steps that could not be
 *     placed have no dates
 * @param fits whether every step could be placed before the target, in the calendar, not before {@code notBefore}
 * @param warnings Danish warnings; empty when the plan fits without remarks
 * @param earliestSteps when the plan does not fit: the earliest plan from {@code notBefore} on with the real
 *     meeting dates (target row last), or empty when no such plan exists in the meeting calendar
 * @param earliestTarget the date on which that earliest plan reaches the target, or null
 */
public record Plan(
    String title,
    PlanTarget target,
    LocalDate notBefore,
    List<PlannedStep> steps,
    boolean fits,
    List<String> warnings,
    List<PlannedStep> earliestSteps,
    LocalDate earliestTarget) {

  public Plan {
    steps = List.copyOf(steps);
    warnings = List.copyOf(warnings);
    earliestSteps = List.copyOf(earliestSteps);
  }

  /** The first day of the plan (the start of its first step), or null when the first step could not be placed. */
  public LocalDate startBy() {
    return steps.isEmpty() ? null : steps.getFirst().start();
  }
}
