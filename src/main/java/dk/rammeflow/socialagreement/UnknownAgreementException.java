package dk.rammeflow.socialagreement;

/** No social-agreement case with the id (404). */
class UnknownAgreementException extends SocialAgreementException {

  UnknownAgreementException(String caseId) {
    super("Socialaftalesagen '%s' findes ikke.".formatted(caseId));
  }
}
