package dk.rammeflow.hearing;

/** A request that does not fit the hearing's state (answered with 409): it exists already, is cancelled, ended or orphaned. */
class HearingConflictException extends HearingException {

  HearingConflictException(String problem) {
    super(problem);
  }
}
