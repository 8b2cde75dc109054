package dk.rammeflow.mail;

/** A review-list action that cannot be done, with the HTTP status and the reason in Danish. */
public class ReviewItemException extends RuntimeException {

  private final int status;

  public ReviewItemException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
