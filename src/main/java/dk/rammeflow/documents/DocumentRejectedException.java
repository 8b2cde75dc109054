package dk.rammeflow.documents;

/** A document the store refuses to keep; the message is Danish and meant for the user. */
public class DocumentRejectedException extends RuntimeException {

  public enum Reason {
    TOO_LARGE,
    EMPTY,
    MISSING_NAME,
    INVALID_NAME
  }

  private final Reason reason;

  public DocumentRejectedException(Reason reason, String danishMessage) {
    super(danishMessage);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
