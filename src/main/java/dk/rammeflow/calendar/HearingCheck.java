package dk.rammeflow.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of checking a hearing period against Danish practice.
 *
 * @param start the day the hearing is sent
 * @param deadline the hearing deadline that was checked
 * @param days calendar days from start to deadline
 * @param tooShort shorter than the minimum hearing period
 * @param holidays holiday periods the hearing overlaps (summer weeks, Easter, Christmas)
 * @param warnings Danish warnings for the user, empty when the period is fine
 * @param proposedDeadline a later deadline that satisfies the rules, or {@code null} when the period is fine
 */
public record HearingCheck(
    LocalDate start,
    LocalDate deadline,
    long days,
    boolean tooShort,
    List<HolidayPeriod> holidays,
    List<String> warnings,
    LocalDate proposedDeadline) {

  public boolean ok() {
    return warnings.isEmpty();
  }
}
