package dk.rammeflow.calendar;

/** Kinds of steps in a plan chain ({@code kind} in JSON: meeting, period, hearing, fixed; target only in results). */
public enum StepKind {
  /** Treatment at a forum meeting (or at a meeting of each of several fora, e.g. all councils). */
  MEETING,
  /** A working period of N calendar days, weeks or working days (drafting, revision, layout). */
  PERIOD,
  /** A written hearing of N weeks, lengthened over summer, Easter and Christmas ({@link HearingPeriods}). */
  HEARING,
  /** Something on a fixed date (e.g. KL's Koordinationsforum on 14 April). */
  FIXED,
  /** The plan's target: a date or a forum meeting. */
  TARGET;

  public String jsonName() {
    return name().toLowerCase();
  }
}
