package dk.rammeflow.socialagreement;

import dk.rammeflow.process.ProcessClient;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Starts {@code social-agreement} and publishes its messages. */
@Component
class SocialAgreementMessages {

  static final String PROCESS_ID = "social-agreement";
  /** A council's decision, correlation key {@code caseId/councilId}. */
  static final String COUNCIL_DECISION = "social-agreement-council-decision";
  /** An initiative's status, correlation key {@code caseId}. */
  static final String INITIATIVE_STATUS = "social-agreement-initiative-status";

  private static final Duration TIME_TO_LIVE = Duration.ofHours(1);

  private final ProcessClient client;

  SocialAgreementMessages(ProcessClient client) {
    this.client = client;
  }

  long start(Map<String, Object> variables) {
    return client.start(PROCESS_ID, variables);
  }

  void publish(String message, String correlationKey, String messageId, Map<String, Object> variables) {
    client.publish(message, correlationKey, messageId, variables, TIME_TO_LIVE);
  }
}
