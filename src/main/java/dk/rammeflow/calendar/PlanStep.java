package dk.rammeflow.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One step of a plan chain, in the order the work happens. The planner places every step as late as
 * possible before the step after it. A step must be finished before the next step's <em>input date</em>,
 * leaving {@code gapWorkingDays} full working days free in between (default 0). The input date is, for a
 * meeting, its material deadline; for a period or hearing, its first day; for a fixed step or a date
 * target, that date.
 *
 * @param label Danish text shown in the tidsplan
 * @param kind meeting, period, hearing or fixed
 * @param forums forum ids of a meeting step (one, or several that each treat the case, e.g. all councils)
 * @param length length of a period or hearing (hearings: weeks)
 * @param date the date of a fixed step
 * @param gapWorkingDays working days to keep free between this step and the next step's input date
 * @param endsAtMeeting a period or hearing whose result goes to the next step's meeting itself (e.g. comments the
 *     secretariat reports at the meeting): it may end on the meeting day instead of before its material deadline
 */
public record PlanStep(String label, StepKind kind, List<String> forums, Length length, LocalDate date, int gapWorkingDays,
    boolean endsAtMeeting) {

  public PlanStep {
    forums = forums == null ? List.of() : List.copyOf(forums);
  }

  public PlanStep(String label, StepKind kind, List<String> forums, Length length, LocalDate date, int gapWorkingDays) {
    this(label, kind, forums, length, date, gapWorkingDays, false);
  }

  public static PlanStep meeting(String label, String... forums) {
    return new PlanStep(label, StepKind.MEETING, List.of(forums), null, null, 0);
  }

  public static PlanStep period(String label, Length length) {
    return new PlanStep(label, StepKind.PERIOD, List.of(), length, null, 0);
  }

  public static PlanStep hearing(String label, int weeks) {
    return new PlanStep(label, StepKind.HEARING, List.of(), new Length(weeks, Unit.WEEKS), null, 0);
  }

  public static PlanStep fixed(String label, LocalDate date) {
    return new PlanStep(label, StepKind.FIXED, List.of(), null, date, 0);
  }

  public PlanStep withGap(int workingDays) {
    return new PlanStep(label, kind, forums, length, date, workingDays, endsAtMeeting);
  }

  /** This step ending at the next step's meeting (see {@code endsAtMeeting}). */
  public PlanStep endingAtMeeting() {
    return new PlanStep(label, kind, forums, length, date, gapWorkingDays, true);
  }

  /** Units of a period's length. */
  public enum Unit { DAYS, WEEKS, WORKING_DAYS }

  /** A period's length: {@code amount} days, weeks or working days. */
  public record Length(int amount, Unit unit) {

    public static Length days(int n) {
      return new Length(n, Unit.DAYS);
    }

    public static Length weeks(int n) {
      return new Length(n, Unit.WEEKS);
    }

    public static Length workingDays(int n) {
      return new Length(n, Unit.WORKING_DAYS);
    }

    /** "2 uger", "17 dage", "15 arbejdsdage". */
    public String danish() {
      return switch (unit) {
        case DAYS -> amount == 1 ? "1 dag" : amount + " dage";
        case WEEKS -> amount == 1 ? "1 uge" : amount + " uger";
        case WORKING_DAYS -> amount == 1 ? "1 arbejdsdag" : amount + " arbejdsdage";
      };
    }
  }
}
