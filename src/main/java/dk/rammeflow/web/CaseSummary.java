package dk.rammeflow.web;

/**
 * One line of the overview.
 *
 * @param id the case's id
 * @param title what the case is about
 * @param status the real status in Danish (e.g. "Alle har svaret")
 * @param tone how the status reads: {@link Tone}
 * @param started when it began, Danish date
 * @param due the next or final deadline, Danish date (null when none)
 * @param progress e.g. "8 af 12 har svaret" (null when not meaningful)
 */
public record CaseSummary(String id, String title, String status, Tone tone, String started, String due, String progress) {

  /** Colours and icons of a status or a step; never the only carrier of meaning (the text is). */
  public enum Tone { NEUTRAL, ACTIVE, ATTENTION, DONE, PROBLEM }
}
