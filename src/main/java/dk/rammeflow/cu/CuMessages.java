package dk.rammeflow.cu;

import dk.rammeflow.process.ProcessClient;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Starts {@code central-notification-response} and publishes its messages, for the API and the process's own steps. */
@Component
class CuMessages {

  static final String PROCESS_ID = "central-notification-response";
  static final String DEADLINE_NEGOTIATED = "cu-deadline-negotiated";
  static final String COUNCIL_APPROVED = "cu-council-approved";
  static final String COUNCIL_APPROVAL_RECORDED = "cu-council-approval-recorded";
  static final String FOLLOW_UP_QUESTION = "cu-follow-up-question";
  static final String AGENCY_OUTCOME = "cu-agency-outcome";

  private static final Duration TIME_TO_LIVE = Duration.ofHours(1);

  private final ProcessClient client;

  CuMessages(ProcessClient client) {
    this.client = client;
  }

  long start(Map<String, Object> variables) {
    return client.start(PROCESS_ID, variables);
  }

  /** Publishes a message; with a {@code messageId}, publishing it again while the first is alive is a no-op. */
  void publish(String message, String correlationKey, String messageId, Map<String, Object> variables) {
    client.publish(message, correlationKey, messageId, variables, TIME_TO_LIVE);
  }
}
