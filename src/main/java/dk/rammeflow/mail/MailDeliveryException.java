package dk.rammeflow.mail;

/** The SMTP server could not be reached or refused the mail; a later attempt may succeed. */
public class MailDeliveryException extends RuntimeException {

  public MailDeliveryException(String message, Throwable cause) {
    super(message, cause);
  }
}
