package dk.rammeflow.forum;

import java.util.List;

/** A forum decision that cannot be scheduled or registered; the message is Danish and meant for users. */
public class ForumException extends RuntimeException {

  private final List<String> problems;

  public ForumException(String problem) {
    this(List.of(problem));
  }

  public ForumException(List<String> problems) {
    super(String.join(" ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
