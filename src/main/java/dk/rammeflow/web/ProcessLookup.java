package dk.rammeflow.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Finds a case's process instance, its variables and its open tasks through the Orchestration
 * Cluster REST API (as Operate and Tasklist read them), for the pages of every kind of case.
 */
@Component
public class ProcessLookup {

  private static final int LIMIT = 1000;

  private final CamundaClient client;
  private final ObjectMapper json;

  public ProcessLookup(OrchestrationApi api, ObjectMapper json) {
    this.client = api.client();
    this.json = json;
  }

  /** The process instances of one process by the value of their case id variable (the newest per id). */
  public Map<String, ProcessInstance> instancesById(String processId, String idVariable) {
    Map<Long, ProcessInstance> instances = new HashMap<>();
    client.newProcessInstanceSearchRequest()
        .filter(f -> f.processDefinitionId(processId))
        .page(p -> p.limit(LIMIT))
        .send()
        .join()
        .items()
        .forEach(i -> instances.put(i.getProcessInstanceKey(), i));
    Map<String, ProcessInstance> byId = new HashMap<>();
    for (Variable variable : client.newVariableSearchRequest().filter(f -> f.name(idVariable)).page(p -> p.limit(LIMIT)).send().join().items()) {
      ProcessInstance instance = instances.get(variable.getProcessInstanceKey());
      if (instance != null && variable.getScopeKey().equals(variable.getProcessInstanceKey()) && parse(variable.getValue()) instanceof String id) {
        byId.merge(id, instance, (a, b) -> a.getProcessInstanceKey() > b.getProcessInstanceKey() ? a : b);
      }
    }
    return byId;
  }

  public Optional<ProcessInstance> instanceOf(String processId, String idVariable, String id) {
    return Optional.ofNullable(instancesById(processId, idVariable).get(id));
  }

  public static boolean isActive(ProcessInstance instance) {
    return instance != null && instance.getState() == ProcessInstanceState.ACTIVE;
  }

  /** The instance's own (process-level) variables by name, values parsed from JSON. */
  public Map<String, Object> variables(long processInstanceKey, Collection<String> names) {
    Map<String, Object> variables = new LinkedHashMap<>();
    client.newVariableSearchRequest()
        .filter(f -> f.processInstanceKey(processInstanceKey).scopeKey(processInstanceKey).name(n -> n.in(List.copyOf(names))))
        .page(p -> p.limit(LIMIT))
        .send()
        .join()
        .items()
        .forEach(v -> variables.put(v.getName(), parse(fullValue(v))));
    return variables;
  }

  /** The open user tasks of the instance and of every instance it called, directly or further down. */
  public List<UserTask> openTasks(long processInstanceKey) {
    Set<Long> tree = new HashSet<>();
    Deque<Long> toVisit = new ArrayDeque<>(List.of(processInstanceKey));
    while (!toVisit.isEmpty()) {
      long key = toVisit.pop();
      if (tree.add(key)) {
        client.newProcessInstanceSearchRequest()
            .filter(f -> f.parentProcessInstanceKey(key))
            .page(p -> p.limit(LIMIT))
            .send()
            .join()
            .items()
            .forEach(child -> toVisit.push(child.getProcessInstanceKey()));
      }
    }
    return client.newUserTaskSearchRequest()
        .filter(f -> f.state(UserTaskState.CREATED))
        .page(p -> p.limit(LIMIT))
        .send()
        .join()
        .items()
        .stream()
        .filter(t -> tree.contains(t.getProcessInstanceKey()))
        .toList();
  }

  private String fullValue(Variable variable) {
    if (!Boolean.TRUE.equals(variable.isTruncated())) {
      return variable.getValue();
    }
    return client.newVariableGetRequest(variable.getVariableKey()).send().join().getValue();
  }

  private Object parse(String value) {
    try {
      return value == null ? null : json.readValue(value, Object.class);
    } catch (JsonProcessingException e) {
      return value;
    }
  }
}
