package dk.rammeflow.hearing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One recorded response of a party. {@code round} is 0 for the hearing itself and counts up for
 * each clarification the secretariat asked the party for.
 */
record HearingResponse(
    String partyId,
    String partyName,
    String position,
    String text,
    String contactPerson,
    String channel,
    Instant receivedAt,
    boolean late,
    List<Attachment> attachments,
    int round,
    String mailMessageId) {

  public static final String CHANNEL_TASKLIST = "Tasklist";
  public static final String CHANNEL_MAIL = "Mail";

  public record Attachment(String documentId, String fileName) {}

  public HearingResponse {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  public String positionLabel() {
    return Position.fromCode(position).map(Position::label).orElse(position);
  }

  /** The shape of a response in process variables. */
  public Map<String, Object> toVariable() {
    Map<String, Object> variable = new LinkedHashMap<>();
    variable.put("partyId", partyId);
    variable.put("partyName", partyName);
    variable.put("answered", true);
    variable.put("position", position);
    variable.put("positionLabel", positionLabel());
    variable.put("text", text == null ? "" : text);
    variable.put("contactPerson", contactPerson == null ? "" : contactPerson);
    variable.put("channel", channel);
    variable.put("receivedAt", receivedAt.toString());
    variable.put("late", late);
    variable.put("attachments", attachments.stream().map(a -> Map.of("documentId", a.documentId(), "fileName", a.fileName())).toList());
    variable.put("round", round);
    return variable;
  }

  public static Map<String, Object> notAnswered(HearingParty party) {
    Map<String, Object> variable = new LinkedHashMap<>();
    variable.put("partyId", party.id());
    variable.put("partyName", party.name());
    variable.put("answered", false);
    variable.put("positionLabel", "Ikke svaret");
    return variable;
  }
}
