package dk.rammeflow.mail;

/** Receives matched replies from {@link HearingReplyPoller}; implemented by the hearing process. */
public interface InboundReplyHandler {

  /**
   * Registers the reply. Throws {@link ReplyRejectedException} with a Danish reason to put the mail on the
   * {@link ReviewList}; any other exception counts as a temporary failure and the mail is tried again.
   */
  ReplyOutcome onReply(InboundReply reply);
}
