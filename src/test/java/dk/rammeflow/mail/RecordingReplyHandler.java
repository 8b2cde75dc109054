package dk.rammeflow.mail;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The test poller's hearing process (in place of the real one): records every reply. A reply whose text contains "AFVIS" is rejected with a Danish
 * reason; one containing "TEKNISK-FEJL" fails as a broken engine connection would.
 */
class RecordingReplyHandler implements InboundReplyHandler {

  static final String REJECTION = "Høringen er afsluttet, så svaret kan ikke registreres.";

  private final List<InboundReply> accepted = new CopyOnWriteArrayList<>();
  private final List<InboundReply> attempts = new CopyOnWriteArrayList<>();

  @Override
  public ReplyOutcome onReply(InboundReply reply) {
    attempts.add(reply);
    if (reply.text().contains("TEKNISK-FEJL")) {
      throw new IllegalStateException("Zeebe gateway unavailable");
    }
    if (reply.text().contains("AFVIS")) {
      throw new ReplyRejectedException(REJECTION);
    }
    accepted.add(reply);
    return ReplyOutcome.ACCEPTED;
  }

  List<InboundReply> acceptedFor(String hearingId) {
    return accepted.stream().filter(r -> r.target().hearingId().equals(hearingId)).toList();
  }

  List<InboundReply> attemptsFor(String hearingId) {
    return attempts.stream().filter(r -> r.target().hearingId().equals(hearingId)).toList();
  }
}
