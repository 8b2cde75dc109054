package dk.rammeflow.web;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.ProcessInstance;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A process instance's diagram state as Operate shows it, read through the Orchestration Cluster
 * REST API: the definition's XML, the active and completed elements, the sequence flows taken and
 * the elements with an incident.
 */
@Component
public class Diagrams {

  private final CamundaClient client;

  public Diagrams(OrchestrationApi api) {
    this.client = api.client();
  }

  public record DiagramState(
      long processInstanceKey, long processDefinitionKey, String processName, Set<String> active, Set<String> completed,
      Set<String> takenFlows, Set<String> incidents) {}

  public DiagramState state(long processInstanceKey) {
    ProcessInstance instance = client.newProcessInstanceGetRequest(processInstanceKey).send().join();
    List<ElementInstance> elements =
        client.newElementInstanceSearchRequest().filter(f -> f.processInstanceKey(processInstanceKey)).page(p -> p.limit(10_000)).send().join().items();
    Set<String> active = new LinkedHashSet<>();
    Set<String> completed = new LinkedHashSet<>();
    Set<String> incidents = new LinkedHashSet<>();
    for (ElementInstance element : elements) {
      if (element.getElementId().equals(instance.getProcessDefinitionId())) {
        continue; // the process itself
      }
      if (element.getState() == ElementInstanceState.ACTIVE) {
        active.add(element.getElementId());
      } else if (element.getState() == ElementInstanceState.COMPLETED) {
        completed.add(element.getElementId());
      }
      if (Boolean.TRUE.equals(element.getIncident())) {
        incidents.add(element.getElementId());
      }
    }
    Set<String> flows = new LinkedHashSet<>();
    client.newProcessInstanceSequenceFlowsRequest(processInstanceKey).send().join().forEach(flow -> flows.add(flow.getElementId()));
    return new DiagramState(
        processInstanceKey, instance.getProcessDefinitionKey(), instance.getProcessDefinitionName(), active, completed, flows, incidents);
  }

  public String xml(long processDefinitionKey) {
    return client.newProcessDefinitionGetXmlRequest(processDefinitionKey).send().join();
  }
}
