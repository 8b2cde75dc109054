package dk.rammeflow.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import dk.rammeflow.security.UserTaskAccess;
import io.camunda.client.protocol.rest.ElementInstanceResult;
import io.camunda.client.protocol.rest.ElementInstanceSearchQueryResult;
import io.camunda.client.protocol.rest.ProcessDefinitionResult;
import io.camunda.client.protocol.rest.ProcessInstanceResult;
import io.camunda.client.protocol.rest.ProcessInstanceSearchQueryResult;
import io.camunda.client.protocol.rest.ProcessInstanceSequenceFlowsQueryResult;
import io.camunda.client.protocol.rest.UserTaskResult;
import io.camunda.client.protocol.rest.VariableSearchQueryResult;
import io.camunda.client.protocol.rest.VariableSearchResult;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Operate part of the Camunda 8.8 Orchestration Cluster REST API that the web application's
 * diagrams and task forms use, served by the embedded runtime from {@link ProcessInstanceStore}
 * with the real API's paths and JSON: element instances, process instances and their sequence
 * flows, process definitions and their XML, variables, and a user task's variables.
 */
@RestController
@ConditionalOnProperty(name = EmbeddedRuntimeEnvironment.ENABLED, havingValue = "true")
public class ProcessInstanceController {

  /** Values longer than this are cut unless the caller asks for full values, as the API does. */
  static final int TRUNCATE_AT = 8191;

  private static final Map<String, Function<ElementInstanceResult, Object>> ELEMENT_INSTANCE_FIELDS =
      Map.ofEntries(
          Map.entry("elementInstanceKey", ElementInstanceResult::getElementInstanceKey),
          Map.entry("processInstanceKey", ElementInstanceResult::getProcessInstanceKey),
          Map.entry("processDefinitionKey", ElementInstanceResult::getProcessDefinitionKey),
          Map.entry("processDefinitionId", ElementInstanceResult::getProcessDefinitionId),
          Map.entry("elementId", ElementInstanceResult::getElementId),
          Map.entry("elementName", ElementInstanceResult::getElementName),
          Map.entry("type", e -> e.getType() == null ? null : e.getType().getValue()),
          Map.entry("state", e -> e.getState() == null ? null : e.getState().getValue()),
          Map.entry("hasIncident", ElementInstanceResult::getHasIncident),
          Map.entry("incidentKey", ElementInstanceResult::getIncidentKey),
          Map.entry("tenantId", ElementInstanceResult::getTenantId));

  private static final Map<String, Function<ElementInstanceResult, String>> ELEMENT_INSTANCE_SORT =
      Map.of("startDate", ElementInstanceResult::getStartDate, "endDate", ElementInstanceResult::getEndDate, "elementId", ElementInstanceResult::getElementId);

  private static final SearchQuery<ElementInstanceResult> ELEMENT_INSTANCES =
      new SearchQuery<>("element instance", ELEMENT_INSTANCE_FIELDS, ELEMENT_INSTANCE_SORT, e -> Long.parseLong(e.getElementInstanceKey()),
          Map.of("state", java.util.Set.of("ACTIVE", "COMPLETED", "TERMINATED")));

  private static final Map<String, Function<ProcessInstanceResult, Object>> PROCESS_INSTANCE_FIELDS =
      Map.ofEntries(
          Map.entry("processInstanceKey", ProcessInstanceResult::getProcessInstanceKey),
          Map.entry("processDefinitionKey", ProcessInstanceResult::getProcessDefinitionKey),
          Map.entry("processDefinitionId", ProcessInstanceResult::getProcessDefinitionId),
          Map.entry("processDefinitionName", ProcessInstanceResult::getProcessDefinitionName),
          Map.entry("parentProcessInstanceKey", ProcessInstanceResult::getParentProcessInstanceKey),
          Map.entry("parentElementInstanceKey", ProcessInstanceResult::getParentElementInstanceKey),
          Map.entry("state", p -> p.getState() == null ? null : p.getState().getValue()),
          Map.entry("hasIncident", ProcessInstanceResult::getHasIncident),
          Map.entry("tenantId", ProcessInstanceResult::getTenantId));

  private static final Map<String, Function<ProcessInstanceResult, String>> PROCESS_INSTANCE_SORT =
      Map.of("startDate", ProcessInstanceResult::getStartDate, "endDate", ProcessInstanceResult::getEndDate, "processDefinitionId", ProcessInstanceResult::getProcessDefinitionId);

  private static final SearchQuery<ProcessInstanceResult> PROCESS_INSTANCES =
      new SearchQuery<>("process instance", PROCESS_INSTANCE_FIELDS, PROCESS_INSTANCE_SORT, p -> Long.parseLong(p.getProcessInstanceKey()),
          Map.of("state", java.util.Set.of("ACTIVE", "COMPLETED", "TERMINATED")));

  private static final Map<String, Function<VariableSearchResult, Object>> VARIABLE_FIELDS =
      Map.of(
          "name", VariableSearchResult::getName,
          "value", VariableSearchResult::getValue,
          "variableKey", VariableSearchResult::getVariableKey,
          "scopeKey", VariableSearchResult::getScopeKey,
          "processInstanceKey", VariableSearchResult::getProcessInstanceKey,
          "tenantId", VariableSearchResult::getTenantId);

  private static final Map<String, Function<VariableSearchResult, String>> VARIABLE_SORT =
      Map.of("name", VariableSearchResult::getName, "value", VariableSearchResult::getValue);

  private static final SearchQuery<VariableSearchResult> VARIABLES =
      new SearchQuery<>("variable", VARIABLE_FIELDS, VARIABLE_SORT, v -> Long.parseLong(v.getVariableKey()));

  private static final SearchQuery<VariableSearchResult> USER_TASK_VARIABLES =
      new SearchQuery<>("user task variable", Map.of("name", VariableSearchResult::getName), VARIABLE_SORT, v -> Long.parseLong(v.getVariableKey()));

  private final ProcessInstanceStore store;
  private final UserTaskStore userTasks;
  private final UserTaskAccess access;

  public ProcessInstanceController(ProcessInstanceStore store, UserTaskStore userTasks, UserTaskAccess access) {
    this.store = store;
    this.userTasks = userTasks;
    this.access = access;
  }

  @PostMapping(path = "/v2/element-instances/search", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public ElementInstanceSearchQueryResult searchElementInstances(@RequestBody(required = false) JsonNode query) {
    SearchQuery.Page<ElementInstanceResult> found = ELEMENT_INSTANCES.run(store.elementInstances(), query);
    return new ElementInstanceSearchQueryResult().items(found.items()).page(found.page());
  }

  @PostMapping(path = "/v2/process-instances/search", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public ProcessInstanceSearchQueryResult searchProcessInstances(@RequestBody(required = false) JsonNode query) {
    SearchQuery.Page<ProcessInstanceResult> found = PROCESS_INSTANCES.run(store.processInstances(), query);
    return new ProcessInstanceSearchQueryResult().items(found.items()).page(found.page());
  }

  @GetMapping(path = "/v2/process-instances/{processInstanceKey}", produces = MediaType.APPLICATION_JSON_VALUE)
  public ProcessInstanceResult processInstance(@PathVariable long processInstanceKey) {
    return store
        .processInstance(processInstanceKey)
        .orElseThrow(() -> new UserTaskException(HttpStatus.NOT_FOUND, "Process instance with key '%d' not found".formatted(processInstanceKey)));
  }

  @GetMapping(path = "/v2/process-instances/{processInstanceKey}/sequence-flows", produces = MediaType.APPLICATION_JSON_VALUE)
  public ProcessInstanceSequenceFlowsQueryResult sequenceFlows(@PathVariable long processInstanceKey) {
    processInstance(processInstanceKey);
    return new ProcessInstanceSequenceFlowsQueryResult().items(store.sequenceFlows(processInstanceKey));
  }

  @GetMapping(path = "/v2/process-definitions/{processDefinitionKey}", produces = MediaType.APPLICATION_JSON_VALUE)
  public ProcessDefinitionResult processDefinition(@PathVariable long processDefinitionKey) {
    return store.processDefinition(processDefinitionKey).orElseThrow(() -> definitionNotFound(processDefinitionKey));
  }

  /** The BPMN XML as text/xml, whatever the client accepts (the Camunda client asks for JSON). */
  @GetMapping(path = "/v2/process-definitions/{processDefinitionKey}/xml")
  public ResponseEntity<String> processDefinitionXml(@PathVariable long processDefinitionKey) {
    String xml = store.processDefinitionXml(processDefinitionKey).orElseThrow(() -> definitionNotFound(processDefinitionKey));
    return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_XML, java.nio.charset.StandardCharsets.UTF_8)).body(xml);
  }

  @PostMapping(path = "/v2/variables/search", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public VariableSearchQueryResult searchVariables(
      @RequestParam(defaultValue = "true") boolean truncateValues, @RequestBody(required = false) JsonNode query) {
    SearchQuery.Page<VariableSearchResult> found = VARIABLES.run(store.variables(), query);
    return new VariableSearchQueryResult().items(truncated(found.items(), truncateValues)).page(found.page());
  }

  @GetMapping(path = "/v2/variables/{variableKey}", produces = MediaType.APPLICATION_JSON_VALUE)
  public VariableSearchResult variable(@PathVariable long variableKey) {
    return store.variables().stream()
        .filter(v -> v.getVariableKey().equals(String.valueOf(variableKey)))
        .findFirst()
        .orElseThrow(() -> new UserTaskException(HttpStatus.NOT_FOUND, "Variable with key '%d' not found".formatted(variableKey)));
  }

  /** The variables the task sees (its own scope first, then the enclosing scopes), as Tasklist fills a form with. */
  @PostMapping(path = "/v2/user-tasks/{userTaskKey}/variables/search", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public VariableSearchQueryResult searchUserTaskVariables(
      @PathVariable long userTaskKey,
      @RequestParam(defaultValue = "true") boolean truncateValues,
      @RequestBody(required = false) JsonNode query) {
    UserTaskResult task =
        access.require(
            userTasks.find(userTaskKey)
                .orElseThrow(() -> new UserTaskException(HttpStatus.NOT_FOUND, "User task with key '%d' not found".formatted(userTaskKey))));
    List<VariableSearchResult> visible = store.visibleVariables(Long.parseLong(task.getElementInstanceKey()));
    SearchQuery.Page<VariableSearchResult> found = USER_TASK_VARIABLES.run(visible, query);
    return new VariableSearchQueryResult().items(truncated(found.items(), truncateValues)).page(found.page());
  }

  private static List<VariableSearchResult> truncated(List<VariableSearchResult> variables, boolean truncate) {
    if (!truncate) {
      return variables;
    }
    return variables.stream()
        .map(v -> v.getValue() != null && v.getValue().length() > TRUNCATE_AT ? v.value(v.getValue().substring(0, TRUNCATE_AT)).isTruncated(true) : v)
        .toList();
  }

  private static UserTaskException definitionNotFound(long key) {
    return new UserTaskException(HttpStatus.NOT_FOUND, "Process definition with key '%d' not found".formatted(key));
  }
}
