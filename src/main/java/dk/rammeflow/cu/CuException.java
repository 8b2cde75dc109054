package dk.rammeflow.cu;

import java.util.List;

/** A request about a Central Udmelding case that cannot be carried out; the message is Danish, for users. */
public class CuException extends RuntimeException {

  private final List<String> problems;

  public CuException(String problem) {
    this(List.of(problem));
  }

  public CuException(List<String> problems) {
    super(String.join(" ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
