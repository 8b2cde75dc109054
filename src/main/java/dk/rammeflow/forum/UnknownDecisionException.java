package dk.rammeflow.forum;

/** A forum decision id that Rammeflow does not know (answered with 404). */
class UnknownDecisionException extends ForumException {

  UnknownDecisionException(String decisionId) {
    super("Forumsagen '%s' findes ikke.".formatted(decisionId.length() > 80 ? decisionId.substring(0, 80) + "…" : decisionId));
  }
}
