package dk.rammeflow.mail;

/** The hearing and party a reply belongs to. */
public record ReplyTarget(String hearingId, String partyId) {}
