package dk.rammeflow.mail;

import java.time.Instant;
import java.util.List;

/** A received mail the system could not match, parse or register; {@code reason} is Danish. */
public record ReviewItem(
    String id, String messageId, String from, String subject, Instant receivedAt, String reason, String text, List<String> attachmentNames) {

  public ReviewItem {
    attachmentNames = attachmentNames == null ? List.of() : List.copyOf(attachmentNames);
  }
}
