package dk.rammeflow.hearing;

/** A hearing id that Rammeflow does not know (a stale or mistyped reference). */
class UnknownHearingException extends HearingException {

  UnknownHearingException(String hearingId) {
    super("Ukendt høring: '%s'.".formatted(hearingId.length() > 80 ? hearingId.substring(0, 80) + "…" : hearingId));
  }
}
