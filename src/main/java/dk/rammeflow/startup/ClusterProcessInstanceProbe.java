package dk.rammeflow.startup;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** On a cluster: asks the Orchestration Cluster REST API for the instance (404: it no longer exists). */
@Component
@ConditionalOnProperty(name = "rammeflow.embedded.enabled", havingValue = "false", matchIfMissing = true)
class ClusterProcessInstanceProbe implements ProcessInstanceProbe {

  private final CamundaClient client;

  ClusterProcessInstanceProbe(CamundaClient client) {
    this.client = client;
  }

  @Override
  public boolean isActive(long processInstanceKey) {
    try {
      return client.newProcessInstanceGetRequest(processInstanceKey).send().join().getState() == ProcessInstanceState.ACTIVE;
    } catch (ProblemException e) {
      if (e.code() == 404) {
        return false;
      }
      throw e;
    }
  }
}
