package dk.rammeflow.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * What a deadline is computed from. Give at most one of {@code days}, {@code weeks}, {@code workingDays}
 * and {@code deadline}; with none, the default hearing period applies.
 *
 * @param start the day the period starts (e.g. the hearing is sent); null means today
 * @param days period in calendar days
 * @param weeks period in weeks
 * @param workingDays period in working days
 * @param deadline an explicit deadline date
 * @param reminderWorkingDays reminders this many working days before the deadline; null means [5, 1]
 * @param hearingRules whether hearing rules apply (minimum period, summer/Easter/Christmas)
 */
public record DeadlineRequest(
    LocalDate start,
    Integer days,
    Integer weeks,
    Integer workingDays,
    LocalDate deadline,
    List<Integer> reminderWorkingDays,
    HearingRules hearingRules) {

  public static final List<Integer> DEFAULT_REMINDERS = List.of(5, 1);

  public DeadlineRequest {
    reminderWorkingDays = reminderWorkingDays == null ? DEFAULT_REMINDERS : List.copyOf(reminderWorkingDays);
    hearingRules = hearingRules == null ? HearingRules.IGNORE : hearingRules;
  }

  public static DeadlineRequest weeks(LocalDate start, int weeks) {
    return new DeadlineRequest(start, null, weeks, null, null, null, null);
  }

  public DeadlineRequest withHearingRules(HearingRules rules) {
    return new DeadlineRequest(start, days, weeks, workingDays, deadline, reminderWorkingDays, rules);
  }

  public DeadlineRequest withReminders(List<Integer> reminders) {
    return new DeadlineRequest(start, days, weeks, workingDays, deadline, reminders, hearingRules);
  }

  /** How hearing rules apply to a deadline. */
  public enum HearingRules {
    /** A plain deadline: no hearing checks. */
    IGNORE,
    /** Check the hearing rules and warn, with a proposed later deadline, but keep the deadline. */
    WARN,
    /** Check the hearing rules and move the deadline to the proposed later date. */
    EXTEND
  }
}
