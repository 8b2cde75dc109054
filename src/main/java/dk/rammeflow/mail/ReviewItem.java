package dk.rammeflow.mail;

import java.time.Instant;
import java.util.List;

/**
 * A received mail the system could not match, parse or register; {@code reason} is Danish. The
 * secretariat handles it once: registers it as a party's answer or dismisses it ({@code resolution}
 * in Danish, {@code resolvedBy}, {@code resolvedAt}); {@code status} is null while it waits.
 */
public record ReviewItem(
    String id, String messageId, String from, String subject, Instant receivedAt, String reason, String text, List<String> attachmentNames,
    Status status, String resolution, String resolvedBy, Instant resolvedAt) {

  public enum Status { REGISTERED, DISMISSED }

  public ReviewItem {
    attachmentNames = attachmentNames == null ? List.of() : List.copyOf(attachmentNames);
  }

  public boolean waiting() {
    return status == null;
  }

  ReviewItem resolved(Status newStatus, String newResolution, String by, Instant at) {
    return new ReviewItem(id, messageId, from, subject, receivedAt, reason, text, attachmentNames, newStatus, newResolution, by, at);
  }
}
