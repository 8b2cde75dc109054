package dk.rammeflow.mail;

/**
 * What a reply belongs to: the kind of case (which {@link InboundReplyHandler} gets it; {@value #HEARING} for
 * hearings), the case (for a hearing its hearing id) and the party.
 */
public record ReplyTarget(String kind, String hearingId, String partyId) {

  public static final String HEARING = "hearing";

  /** A hearing's party. */
  public ReplyTarget(String hearingId, String partyId) {
    this(HEARING, hearingId, partyId);
  }

  /** The case id (for a hearing its hearing id). */
  public String caseId() {
    return hearingId;
  }
}
