package dk.rammeflow.hearing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One høringssvar as it appears in the høringsnotat.
 *
 * @param position "Ingen bemærkninger", "Bemærkninger" or "Kan ikke tilslutte sig"
 * @param channel "Tasklist" or "Mail"
 * @param text the full response text; paragraphs separated by blank lines, may be empty
 * @param contactPerson who answered for the party; may be null
 */
public record NoteResponse(
    String partyName,
    String position,
    Instant receivedAt,
    String channel,
    boolean late,
    String text,
    String contactPerson,
    List<String> attachmentNames) {

  public NoteResponse {
    Objects.requireNonNull(partyName, "partyName");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(channel, "channel");
    text = text == null ? "" : text;
    attachmentNames = attachmentNames == null ? List.of() : List.copyOf(attachmentNames);
  }
}
