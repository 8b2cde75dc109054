package dk.rammeflow.process;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;

/** How the processes' APIs and steps ask a process: start an instance, publish a message. */
@Component
public class ProcessClient {

  private final CamundaClient client;

  public ProcessClient(CamundaClient client) {
    this.client = client;
  }

  /** Starts the latest version of the process; returns the instance key. */
  public long start(String processId, Map<String, Object> variables) {
    return client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().variables(variables).send().join().getProcessInstanceKey();
  }

  /**
   * Publishes a message. With a {@code messageId}, publishing the same message again while the first is still
   * buffered is a no-op (a retried step or a request sent twice).
   */
  public void publish(String message, String correlationKey, String messageId, Map<String, Object> variables, Duration timeToLive) {
    var command = client.newPublishMessageCommand().messageName(message).correlationKey(correlationKey);
    if (messageId != null) {
      command = command.messageId(messageId);
    }
    try {
      command.variables(variables).timeToLive(timeToLive).send().join();
    } catch (ClientStatusException e) {
      if (messageId == null || e.getStatusCode() != io.grpc.Status.Code.ALREADY_EXISTS) {
        throw e;
      }
    }
  }
}
