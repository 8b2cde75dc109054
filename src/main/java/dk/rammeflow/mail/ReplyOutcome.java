package dk.rammeflow.mail;

/** What the handler did with a reply. */
public enum ReplyOutcome {
  ACCEPTED,
  ACCEPTED_LATE
}
