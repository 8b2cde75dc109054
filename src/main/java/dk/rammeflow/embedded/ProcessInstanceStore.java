package dk.rammeflow.embedded;

import io.camunda.client.protocol.rest.ElementInstanceResult;
import io.camunda.client.protocol.rest.ElementInstanceStateEnum;
import io.camunda.client.protocol.rest.ProcessDefinitionResult;
import io.camunda.client.protocol.rest.ProcessInstanceResult;
import io.camunda.client.protocol.rest.ProcessInstanceSequenceFlowResult;
import io.camunda.client.protocol.rest.ProcessInstanceStateEnum;
import io.camunda.client.protocol.rest.VariableSearchResult;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.intent.VariableIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.camunda.zeebe.protocol.record.value.VariableRecordValue;
import io.camunda.zeebe.protocol.record.value.deployment.Process;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a cluster's secondary storage holds for Operate, built from the engine's records: process
 * definitions with their XML, process and element instances with their state, the sequence flows
 * taken, incidents, and every variable with its scope. Written against zeebe-process-test-engine
 * 8.8 records (the intents and record values of zeebe-protocol 8.8).
 *
 * <p>A live hearing round has some 170 element instances, 350 variables and 120 sequence flows taken,
 * so they are kept compactly (keys and times as numbers, ids and names shared) and the API's result
 * objects are built when asked for.
 */
public class ProcessInstanceStore {

  private static final Set<BpmnElementType> NOT_ELEMENTS = Set.of(BpmnElementType.SEQUENCE_FLOW, BpmnElementType.UNSPECIFIED);

  private record Definition(ProcessDefinitionResult result, String xml) {}

  private record Names(String process, Map<String, String> elements) {}

  /** A variable in its scope, with the record key that the API calls the variable key. */
  private record StoredVariable(long key, String name, String value, long scopeKey, long processInstanceKey, String tenantId) {}

  /** An element instance; its state, incident and end change. Ids are shared ({@link #shared}). */
  private static final class Element {
    final long key;
    final long processInstanceKey;
    final long processDefinitionKey;
    final long flowScopeKey;
    final String processDefinitionId;
    final String elementId;
    final String tenantId;
    final ElementInstanceResult.TypeEnum type;
    final long start;
    ElementInstanceStateEnum state;
    long incidentKey = -1;
    long end = -1;

    Element(long key, ProcessInstanceRecordValue value, ElementInstanceResult.TypeEnum type, long start, ProcessInstanceStore store) {
      this.key = key;
      this.processInstanceKey = value.getProcessInstanceKey();
      this.processDefinitionKey = value.getProcessDefinitionKey();
      this.flowScopeKey = value.getFlowScopeKey();
      this.processDefinitionId = store.shared(value.getBpmnProcessId());
      this.elementId = store.shared(value.getElementId());
      this.tenantId = store.shared(value.getTenantId());
      this.type = type;
      this.start = start;
    }
  }

  /** A sequence flow taken. */
  private record Flow(String elementId, long processDefinitionKey, String processDefinitionId, String tenantId) {}

  private final Map<Long, Definition> definitions = new HashMap<>();
  private final Map<Long, Names> parsedNames = new HashMap<>();
  private final Map<Long, Element> elements = new LinkedHashMap<>();
  private final Map<Long, ProcessInstanceResult> processInstances = new LinkedHashMap<>();
  private final Map<Long, List<Flow>> sequenceFlows = new HashMap<>();
  /** Ids, names and tenants (a bounded set, from the models) shared by everything that holds them. */
  private final Map<String, String> strings = new HashMap<>();
  private final Map<Long, Long> incidentElements = new HashMap<>();
  /** The variables of each scope in the order they were created (a scope has a few: an array, not a map). */
  private final Map<Long, StoredVariable[]> variablesByScope = new HashMap<>();

  public synchronized void accept(Record<?> record) {
    if (record.getRecordType() != RecordType.EVENT) {
      return;
    }
    switch (record.getValueType()) {
      case PROCESS -> {
        if (record.getIntent() == ProcessIntent.CREATED) {
          onProcess((Process) record.getValue());
        }
      }
      case PROCESS_INSTANCE -> onProcessInstance(record.getKey(), (ProcessInstanceIntent) record.getIntent(), (ProcessInstanceRecordValue) record.getValue(), record.getTimestamp());
      case VARIABLE -> {
        if (record.getIntent() == VariableIntent.CREATED || record.getIntent() == VariableIntent.UPDATED) {
          onVariable(record.getKey(), (VariableRecordValue) record.getValue());
        }
      }
      case INCIDENT -> onIncident(record.getKey(), (IncidentIntent) record.getIntent(), (IncidentRecordValue) record.getValue());
      default -> {}
    }
  }

  /** Keeps the definition and its XML; names are read from the XML only when first asked for, off the record path. */
  private void onProcess(Process process) {
    definitions.put(
        process.getProcessDefinitionKey(),
        new Definition(
            new ProcessDefinitionResult()
                .processDefinitionKey(String.valueOf(process.getProcessDefinitionKey()))
                .processDefinitionId(process.getBpmnProcessId())
                .version(process.getVersion())
                .versionTag(blankToNull(process.getVersionTag()))
                .resourceName(process.getResourceName())
                .tenantId(process.getTenantId())
                .hasStartForm(false),
            new String(process.getResource(), StandardCharsets.UTF_8)));
  }

  /** The process's name and its elements' names, read from the XML once. */
  private Names names(long processDefinitionKey) {
    Definition definition = definitions.get(processDefinitionKey);
    if (definition == null) {
      return new Names(null, Map.of());
    }
    return parsedNames.computeIfAbsent(processDefinitionKey, key -> {
      Map<String, String> elements = new HashMap<>();
      String name = definition.result().getProcessDefinitionId();
      try {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(definition.xml().getBytes(StandardCharsets.UTF_8)));
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
          if (element.getName() != null) {
            elements.put(element.getId(), element.getName());
          }
        }
        io.camunda.zeebe.model.bpmn.instance.Process process = model.getModelElementById(name);
        if (process != null && process.getName() != null) {
          name = process.getName();
        }
      } catch (RuntimeException e) {
        // An unreadable model keeps element ids as names; the engine would not have deployed it anyway.
      }
      return new Names(name, elements);
    });
  }

  private void onProcessInstance(long key, ProcessInstanceIntent intent, ProcessInstanceRecordValue value, long at) {
    if (intent == ProcessInstanceIntent.SEQUENCE_FLOW_TAKEN) {
      sequenceFlows
          .computeIfAbsent(value.getProcessInstanceKey(), k -> new ArrayList<>(4))
          .add(new Flow(shared(value.getElementId()), value.getProcessDefinitionKey(), shared(value.getBpmnProcessId()), shared(value.getTenantId())));
      return;
    }
    if (NOT_ELEMENTS.contains(value.getBpmnElementType())) {
      return;
    }
    ElementInstanceStateEnum state =
        switch (intent) {
          case ELEMENT_ACTIVATING, ELEMENT_ACTIVATED, ELEMENT_COMPLETING, ELEMENT_TERMINATING -> ElementInstanceStateEnum.ACTIVE;
          case ELEMENT_COMPLETED -> ElementInstanceStateEnum.COMPLETED;
          case ELEMENT_TERMINATED -> ElementInstanceStateEnum.TERMINATED;
          default -> null;
        };
    if (state == null) {
      return;
    }
    Element element = elements.get(key);
    if (element == null) {
      element = newElement(key, value, at);
      elements.put(key, element);
    }
    element.state = state;
    if (state != ElementInstanceStateEnum.ACTIVE) {
      element.end = at;
    }
    if (value.getBpmnElementType() == BpmnElementType.PROCESS) {
      ProcessInstanceResult instance = processInstances.computeIfAbsent(key, k -> newProcessInstance(k, value, at));
      instance.state(ProcessInstanceStateEnum.fromValue(state.getValue()));
      if (state != ElementInstanceStateEnum.ACTIVE) {
        instance.endDate(RestDates.iso(at));
      }
    }
  }

  private Element newElement(long key, ProcessInstanceRecordValue value, long at) {
    ElementInstanceResult.TypeEnum type;
    try {
      type = ElementInstanceResult.TypeEnum.fromValue(value.getBpmnElementType().name());
    } catch (IllegalArgumentException e) {
      type = ElementInstanceResult.TypeEnum.UNKNOWN;
    }
    return new Element(key, value, type, at, this);
  }

  private String shared(String value) {
    return value == null ? null : strings.computeIfAbsent(value, v -> v);
  }

  private ProcessInstanceResult newProcessInstance(long key, ProcessInstanceRecordValue value, long at) {
    return new ProcessInstanceResult()
        .processInstanceKey(String.valueOf(key))
        .processDefinitionKey(String.valueOf(value.getProcessDefinitionKey()))
        .processDefinitionId(shared(value.getBpmnProcessId()))
        .processDefinitionVersion(value.getVersion())
        .parentProcessInstanceKey(value.getParentProcessInstanceKey() > 0 ? String.valueOf(value.getParentProcessInstanceKey()) : null)
        .parentElementInstanceKey(value.getParentElementInstanceKey() > 0 ? String.valueOf(value.getParentElementInstanceKey()) : null)
        .hasIncident(false)
        .tenantId(value.getTenantId())
        .startDate(RestDates.iso(at));
  }

  private void onVariable(long key, VariableRecordValue value) {
    StoredVariable variable =
        new StoredVariable(key, shared(value.getName()), value.getValue(), value.getScopeKey(), value.getProcessInstanceKey(), shared(value.getTenantId()));
    StoredVariable[] scope = variablesByScope.get(value.getScopeKey());
    if (scope == null) {
      variablesByScope.put(value.getScopeKey(), new StoredVariable[] {variable});
      return;
    }
    for (int i = 0; i < scope.length; i++) {
      if (scope[i].name().equals(variable.name())) {
        scope[i] = variable;
        return;
      }
    }
    StoredVariable[] grown = Arrays.copyOf(scope, scope.length + 1);
    grown[scope.length] = variable;
    variablesByScope.put(value.getScopeKey(), grown);
  }

  private void onIncident(long key, IncidentIntent intent, IncidentRecordValue value) {
    if (intent == IncidentIntent.CREATED) {
      incidentElements.put(key, value.getElementInstanceKey());
      markIncident(value.getElementInstanceKey(), value.getProcessInstanceKey(), key);
    } else if (intent == IncidentIntent.RESOLVED) {
      incidentElements.remove(key);
      markIncident(value.getElementInstanceKey(), value.getProcessInstanceKey(), null);
    }
  }

  private void markIncident(long elementInstanceKey, long processInstanceKey, Long incidentKey) {
    Element element = elements.get(elementInstanceKey);
    if (element != null) {
      element.incidentKey = incidentKey == null ? -1 : incidentKey;
    }
    ProcessInstanceResult instance = processInstances.get(processInstanceKey);
    if (instance != null) {
      boolean any =
          incidentElements.values().stream().map(elements::get).anyMatch(e -> e != null && e.processInstanceKey == processInstanceKey);
      instance.hasIncident(any);
    }
  }

  /** Forgets these (ended) process instances: their element instances, sequence flows, incidents and variables. */
  public synchronized void release(Set<Long> processInstanceKeys) {
    Set<Long> releasedElements = new java.util.HashSet<>();
    elements.entrySet().removeIf(e -> {
      boolean release = processInstanceKeys.contains(e.getValue().processInstanceKey);
      if (release) {
        releasedElements.add(e.getKey());
      }
      return release;
    });
    processInstances.keySet().removeAll(processInstanceKeys);
    sequenceFlows.keySet().removeAll(processInstanceKeys);
    incidentElements.values().removeAll(releasedElements);
    variablesByScope.values().removeIf(scope -> Arrays.stream(scope).anyMatch(v -> processInstanceKeys.contains(v.processInstanceKey())));
  }

  public synchronized List<ElementInstanceResult> elementInstances() {
    return elements.values().stream().map(this::named).toList();
  }

  public synchronized List<ProcessInstanceResult> processInstances() {
    return processInstances.values().stream().map(this::named).toList();
  }

  public synchronized Optional<ProcessInstanceResult> processInstance(long key) {
    return Optional.ofNullable(processInstances.get(key)).map(this::named);
  }

  private ElementInstanceResult named(Element element) {
    String name = names(element.processDefinitionKey).elements().get(element.elementId);
    return new ElementInstanceResult()
        .elementInstanceKey(String.valueOf(element.key))
        .processInstanceKey(String.valueOf(element.processInstanceKey))
        .processDefinitionKey(String.valueOf(element.processDefinitionKey))
        .processDefinitionId(element.processDefinitionId)
        .elementId(element.elementId)
        .elementName(name == null ? element.elementId : name)
        .type(element.type)
        .state(element.state)
        .hasIncident(element.incidentKey >= 0)
        .incidentKey(element.incidentKey >= 0 ? String.valueOf(element.incidentKey) : null)
        .tenantId(element.tenantId)
        .startDate(RestDates.iso(element.start))
        .endDate(element.end >= 0 ? RestDates.iso(element.end) : null);
  }

  private ProcessInstanceResult named(ProcessInstanceResult instance) {
    String name = names(Long.parseLong(instance.getProcessDefinitionKey())).process();
    return copy(instance).processDefinitionName(name == null ? instance.getProcessDefinitionId() : name);
  }

  public synchronized List<ProcessInstanceSequenceFlowResult> sequenceFlows(long processInstanceKey) {
    return sequenceFlows.getOrDefault(processInstanceKey, List.of()).stream()
        .map(flow -> new ProcessInstanceSequenceFlowResult()
            .sequenceFlowId(flow.elementId())
            .elementId(flow.elementId())
            .processInstanceKey(String.valueOf(processInstanceKey))
            .processDefinitionKey(String.valueOf(flow.processDefinitionKey()))
            .processDefinitionId(flow.processDefinitionId())
            .tenantId(flow.tenantId()))
        .toList();
  }

  public synchronized Optional<ProcessDefinitionResult> processDefinition(long key) {
    return Optional.ofNullable(definitions.get(key)).map(d -> d.result().name(names(key).process()));
  }

  public synchronized Optional<String> processDefinitionXml(long key) {
    return Optional.ofNullable(definitions.get(key)).map(Definition::xml);
  }

  /** Every variable of every scope, with its full value. */
  public synchronized List<VariableSearchResult> variables() {
    List<VariableSearchResult> all = new ArrayList<>();
    variablesByScope.values().forEach(scope -> Arrays.stream(scope).forEach(v -> all.add(toResult(v))));
    return all;
  }

  /**
   * The variables an element instance sees: its own scope's, then each enclosing scope's up to
   * the process instance; a name set in an inner scope hides the outer one, as in the engine.
   */
  public synchronized List<VariableSearchResult> visibleVariables(long elementInstanceKey) {
    Map<String, StoredVariable> visible = new LinkedHashMap<>();
    Long scope = elementInstanceKey;
    while (scope != null && scope > 0) {
      for (StoredVariable variable : variablesByScope.getOrDefault(scope, new StoredVariable[0])) {
        visible.putIfAbsent(variable.name(), variable);
      }
      Element element = elements.get(scope);
      scope = element == null ? null : element.flowScopeKey;
    }
    return visible.values().stream().map(ProcessInstanceStore::toResult).toList();
  }

  private static VariableSearchResult toResult(StoredVariable v) {
    return new VariableSearchResult()
        .variableKey(String.valueOf(v.key()))
        .name(v.name())
        .value(v.value())
        .isTruncated(false)
        .scopeKey(String.valueOf(v.scopeKey()))
        .processInstanceKey(String.valueOf(v.processInstanceKey()))
        .tenantId(v.tenantId());
  }

  private static ProcessInstanceResult copy(ProcessInstanceResult p) {
    return new ProcessInstanceResult()
        .processInstanceKey(p.getProcessInstanceKey())
        .processDefinitionKey(p.getProcessDefinitionKey())
        .processDefinitionId(p.getProcessDefinitionId())
        .processDefinitionName(p.getProcessDefinitionName())
        .processDefinitionVersion(p.getProcessDefinitionVersion())
        .parentProcessInstanceKey(p.getParentProcessInstanceKey())
        .parentElementInstanceKey(p.getParentElementInstanceKey())
        .state(p.getState())
        .hasIncident(p.getHasIncident())
        .tenantId(p.getTenantId())
        .startDate(p.getStartDate())
        .endDate(p.getEndDate());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
