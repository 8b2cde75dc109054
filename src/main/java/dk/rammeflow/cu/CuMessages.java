package dk.rammeflow.cu;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
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

  private final CamundaClient client;

  CuMessages(CamundaClient client) {
    this.client = client;
  }

  long start(Map<String, Object> variables) {
    return client.newCreateInstanceCommand().bpmnProcessId(PROCESS_ID).latestVersion().variables(variables).send().join().getProcessInstanceKey();
  }

  /** Publishes a message; with a {@code messageId}, publishing it again while the first is alive is a no-op. */
  void publish(String message, String correlationKey, String messageId, Map<String, Object> variables) {
    var command = client.newPublishMessageCommand().messageName(message).correlationKey(correlationKey);
    if (messageId != null) {
      command = command.messageId(messageId);
    }
    try {
      command.variables(variables).timeToLive(TIME_TO_LIVE).send().join();
    } catch (ClientStatusException e) {
      if (messageId == null || e.getStatusCode() != io.grpc.Status.Code.ALREADY_EXISTS) {
        throw e;
      }
    }
  }
}
