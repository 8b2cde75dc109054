package dk.rammeflow.mail;

import java.time.Instant;
import java.util.List;

/**
 * A reply to a hearing mail, read from the hearing mailbox. {@code text} is the reply without the quoted
 * original; {@code from} is informational only (sender addresses are never trusted, {@code target} comes from
 * the reply token or the mail replied to). {@code messageId} is unique per mail: handlers use it to stay
 * idempotent, as a mail can be delivered to the handler again if the application stops right after the call.
 */
public record InboundReply(
    String messageId, String from, String subject, Instant receivedAt, String text, List<MailAttachment> attachments, ReplyTarget target) {

  public InboundReply {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }
}
