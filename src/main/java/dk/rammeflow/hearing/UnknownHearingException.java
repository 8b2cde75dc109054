package dk.rammeflow.hearing;

/** A hearing id that Rammeflow does not know (a stale or mistyped reference). */
public class UnknownHearingException extends HearingException {

  public UnknownHearingException(String hearingId) {
    super("Ukendt høring: '%s'.".formatted(hearingId));
  }
}
