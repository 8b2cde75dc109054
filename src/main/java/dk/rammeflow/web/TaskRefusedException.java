package dk.rammeflow.web;

/** A task action the user cannot take now, with the reason in Danish. */
public class TaskRefusedException extends RuntimeException {

  public TaskRefusedException(String message) {
    super(message);
  }
}
