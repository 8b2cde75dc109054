package dk.rammeflow.hearing;

import java.util.List;

/** Hearing input or state that the request cannot be carried out on; the messages are Danish for users. */
public class HearingException extends RuntimeException {

  private final List<String> problems;

  public HearingException(List<String> problems) {
    super(String.join(" ", problems));
    this.problems = List.copyOf(problems);
  }

  public HearingException(String problem) {
    this(List.of(problem));
  }

  public List<String> problems() {
    return problems;
  }
}
