package dk.rammeflow.hearing;

import dk.rammeflow.process.ProcessClient;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The messages of the hearing processes, published for the API, the mail replies and the process's own steps. */
@Component
class HearingMessages {

  static final String PROCESS_ID = "hearing-round";
  static final String CANCELLED = "hearing-cancelled";
  static final String DEADLINE_EXTENDED = "hearing-deadline-extended";
  static final String PARTY_DEADLINE_CHANGED = "hearing-party-deadline-changed";
  static final String REPLY_RECEIVED = "hearing-reply-received";

  private static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);

  private final ProcessClient client;

  HearingMessages(ProcessClient client) {
    this.client = client;
  }

  long startHearing(Map<String, Object> variables) {
    return client.start(PROCESS_ID, variables);
  }

  void cancel(String hearingId, String reason) {
    publish(CANCELLED, hearingId, null, Map.of("cancellationReason", reason));
  }

  void extendDeadline(String hearingId, String newDeadline) {
    publish(DEADLINE_EXTENDED, hearingId, null, Map.of("newDeadline", newDeadline));
  }

  /** Tells one party's running instance that its deadline moved; once per party and deadline. */
  void partyDeadlineChanged(String hearingId, String partyId, Map<String, Object> deadlineVariables) {
    publish(PARTY_DEADLINE_CHANGED, hearingId + "/" + partyId, "deadline:%s/%s:%s".formatted(hearingId, partyId, deadlineVariables.get("deadline")),
        deadlineVariables);
  }

  /** Hands a mail reply to the party's waiting instance; the mail's Message-ID makes a repeated publish a no-op. */
  void replyReceived(String hearingId, String partyId, String mailMessageId, Map<String, Object> mailReply) {
    publish(REPLY_RECEIVED, hearingId + "/" + partyId, mailMessageId, Map.of("mailReply", mailReply));
  }

  private void publish(String message, String correlationKey, String messageId, Map<String, Object> variables) {
    client.publish(message, correlationKey, messageId, variables, TIME_TO_LIVE);
  }
}
