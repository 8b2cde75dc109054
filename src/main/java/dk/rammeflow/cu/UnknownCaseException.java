package dk.rammeflow.cu;

/** No case with that id. */
public class UnknownCaseException extends CuException {

  public UnknownCaseException(String caseId) {
    super("Sagen '%s' findes ikke.".formatted(caseId));
  }
}
