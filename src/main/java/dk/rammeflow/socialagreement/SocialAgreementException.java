package dk.rammeflow.socialagreement;

import java.util.List;

/** A Danish refusal of the social-agreement process: bad input, or an action the case cannot take now. */
public class SocialAgreementException extends RuntimeException {

  private final List<String> problems;

  public SocialAgreementException(String problem) {
    this(List.of(problem));
  }

  public SocialAgreementException(List<String> problems) {
    super(String.join(" ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
