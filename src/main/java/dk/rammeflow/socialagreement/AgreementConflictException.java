package dk.rammeflow.socialagreement;

/** The case cannot take the action in its state (409). */
class AgreementConflictException extends SocialAgreementException {

  AgreementConflictException(String problem) {
    super(problem);
  }
}
