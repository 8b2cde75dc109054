package dk.rammeflow.cu;

/** A case id that Rammeflow does not know (answered with 404). */
class UnknownCaseException extends CuException {

  UnknownCaseException(String caseId) {
    super("Sagen '%s' findes ikke.".formatted(caseId.length() > 80 ? caseId.substring(0, 80) + "…" : caseId));
  }
}
