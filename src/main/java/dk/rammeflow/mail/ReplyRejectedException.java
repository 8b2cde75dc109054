package dk.rammeflow.mail;

/** Thrown by an {@link InboundReplyHandler} when a reply cannot be registered; the message is the Danish reason shown on the review list. */
public class ReplyRejectedException extends RuntimeException {

  public ReplyRejectedException(String danishReason) {
    super(danishReason);
  }
}
