package dk.rammeflow.embedded;

import io.camunda.client.protocol.rest.FormResult;
import io.camunda.client.protocol.rest.UserTaskResult;
import io.camunda.client.protocol.rest.UserTaskStateEnum;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.FormIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessIntent;
import io.camunda.zeebe.protocol.record.intent.UserTaskIntent;
import io.camunda.zeebe.protocol.record.value.UserTaskRecordValue;
import io.camunda.zeebe.protocol.record.value.deployment.Form;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the secondary storage of a cluster holds for human tasks, built from the engine's records:
 * every Camunda user task with its state, and every deployed form.
 */
public class UserTaskStore {

  private static final Logger LOG = LoggerFactory.getLogger(UserTaskStore.class);

  private final Map<Long, UserTaskResult> tasks = new LinkedHashMap<>();
  private final Map<Long, FormResult> forms = new ConcurrentHashMap<>();
  private final Map<Long, ProcessInfo> processes = new ConcurrentHashMap<>();
  /** Ids, names, candidate lists and headers, which repeat from task to task, held once (a bounded set, from the models). */
  private final Map<Object, Object> shared = new HashMap<>();

  private record ProcessInfo(String name, Map<String, String> elementNames) {}

  public void accept(Record<?> record) {
    if (record.getRecordType() != RecordType.EVENT) {
      return;
    }
    if (record.getValueType() == ValueType.USER_TASK) {
      onUserTask(record.getIntent(), (UserTaskRecordValue) record.getValue(), record.getTimestamp());
    } else if (record.getValueType() == ValueType.FORM && record.getIntent() == FormIntent.CREATED) {
      onForm((Form) record.getValue());
    } else if (record.getValueType() == ValueType.PROCESS
        && record.getIntent() == ProcessIntent.CREATED) {
      onProcess((io.camunda.zeebe.protocol.record.value.deployment.Process) record.getValue());
    }
  }

  private synchronized void onUserTask(
      io.camunda.zeebe.protocol.record.intent.Intent intent, UserTaskRecordValue value, long at) {
    long key = value.getUserTaskKey();
    UserTaskResult task = tasks.get(key);
    if (task == null) {
      task = newTask(value);
      tasks.put(key, task);
    }
    switch ((UserTaskIntent) intent) {
      case CREATING -> task.state(UserTaskStateEnum.CREATING);
      case CREATED, ASSIGNMENT_DENIED, COMPLETION_DENIED, UPDATE_DENIED ->
          task.state(UserTaskStateEnum.CREATED);
      case ASSIGNING, CLAIMING -> task.state(UserTaskStateEnum.ASSIGNING);
      case ASSIGNED -> task.state(UserTaskStateEnum.CREATED).assignee(blankToNull(value.getAssignee()));
      case UPDATING -> task.state(UserTaskStateEnum.UPDATING);
      case UPDATED -> {
        task.state(UserTaskStateEnum.CREATED)
            .dueDate(blankToNull(value.getDueDate()))
            .followUpDate(blankToNull(value.getFollowUpDate()))
            .candidateGroups(List.copyOf(value.getCandidateGroupsList()))
            .candidateUsers(List.copyOf(value.getCandidateUsersList()))
            .priority(value.getPriority());
      }
      case COMPLETING -> task.state(UserTaskStateEnum.COMPLETING);
      case COMPLETED -> task.state(UserTaskStateEnum.COMPLETED).completionDate(RestDates.iso(at));
      case CANCELING -> task.state(UserTaskStateEnum.CANCELING);
      case CANCELED -> task.state(UserTaskStateEnum.CANCELED).completionDate(RestDates.iso(at));
      default -> {}
    }
    if (intent == UserTaskIntent.CREATED) {
      task.creationDate(RestDates.iso(value.getCreationTimestamp() > 0 ? value.getCreationTimestamp() : at));
    }
  }

  @SuppressWarnings("unchecked")
  private <T> T shared(T value) {
    return value == null ? null : (T) shared.computeIfAbsent(value, v -> v);
  }

  private UserTaskResult newTask(UserTaskRecordValue value) {
    ProcessInfo process = processes.get(value.getProcessDefinitionKey());
    String elementId = shared(value.getElementId());
    return new UserTaskResult()
        .userTaskKey(String.valueOf(value.getUserTaskKey()))
        .name(process == null ? elementId : process.elementNames().getOrDefault(elementId, elementId))
        .processName(process == null ? null : process.name())
        .elementId(elementId)
        .elementInstanceKey(String.valueOf(value.getElementInstanceKey()))
        .processDefinitionId(shared(value.getBpmnProcessId()))
        .processDefinitionKey(shared(String.valueOf(value.getProcessDefinitionKey())))
        .processDefinitionVersion(value.getProcessDefinitionVersion())
        .processInstanceKey(String.valueOf(value.getProcessInstanceKey()))
        .tenantId(shared(value.getTenantId()))
        .assignee(blankToNull(value.getAssignee()))
        .candidateGroups(shared(List.copyOf(value.getCandidateGroupsList())))
        .candidateUsers(shared(List.copyOf(value.getCandidateUsersList())))
        .dueDate(blankToNull(value.getDueDate()))
        .followUpDate(blankToNull(value.getFollowUpDate()))
        .formKey(value.getFormKey() > 0 ? shared(String.valueOf(value.getFormKey())) : null)
        .externalFormReference(shared(blankToNull(value.getExternalFormReference())))
        .customHeaders(shared(Map.copyOf(value.getCustomHeaders())))
        .priority(value.getPriority())
        .state(UserTaskStateEnum.CREATING);
  }

  private void onForm(Form form) {
    forms.put(
        form.getFormKey(),
        new FormResult()
            .formKey(String.valueOf(form.getFormKey()))
            .formId(form.getFormId())
            .version((long) form.getVersion())
            .tenantId(form.getTenantId())
            .schema(new String(form.getResource(), StandardCharsets.UTF_8)));
  }

  private void onProcess(io.camunda.zeebe.protocol.record.value.deployment.Process process) {
    try {
      BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(process.getResource()));
      Map<String, String> names = new HashMap<>();
      for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
        if (element.getName() != null) {
          names.put(element.getId(), element.getName());
        }
      }
      Process definition = model.getModelElementById(process.getBpmnProcessId());
      String name = definition != null && definition.getName() != null ? definition.getName() : process.getBpmnProcessId();
      processes.put(process.getProcessDefinitionKey(), new ProcessInfo(name, names));
    } catch (RuntimeException e) {
      LOG.warn("Could not read the model of process {}: task names fall back to element ids", process.getBpmnProcessId(), e);
    }
  }

  public synchronized Optional<UserTaskResult> find(long userTaskKey) {
    return Optional.ofNullable(tasks.get(userTaskKey)).map(UserTaskStore::copy);
  }

  public synchronized List<UserTaskResult> all() {
    List<UserTaskResult> copies = new ArrayList<>(tasks.size());
    tasks.values().forEach(task -> copies.add(copy(task)));
    return copies;
  }

  /** Forgets the user tasks of these (ended) process instances. */
  public synchronized void release(java.util.Set<Long> processInstanceKeys) {
    tasks.values().removeIf(t -> processInstanceKeys.contains(Long.parseLong(t.getProcessInstanceKey())));
  }

  public Optional<FormResult> form(long formKey) {
    return Optional.ofNullable(forms.get(formKey));
  }

  private static UserTaskResult copy(UserTaskResult t) {
    return new UserTaskResult()
        .userTaskKey(t.getUserTaskKey())
        .name(t.getName())
        .processName(t.getProcessName())
        .state(t.getState())
        .assignee(t.getAssignee())
        .elementId(t.getElementId())
        .elementInstanceKey(t.getElementInstanceKey())
        .candidateGroups(t.getCandidateGroups() == null ? null : List.copyOf(t.getCandidateGroups()))
        .candidateUsers(t.getCandidateUsers() == null ? null : List.copyOf(t.getCandidateUsers()))
        .processDefinitionId(t.getProcessDefinitionId())
        .processDefinitionKey(t.getProcessDefinitionKey())
        .processDefinitionVersion(t.getProcessDefinitionVersion())
        .processInstanceKey(t.getProcessInstanceKey())
        .creationDate(t.getCreationDate())
        .completionDate(t.getCompletionDate())
        .followUpDate(t.getFollowUpDate())
        .dueDate(t.getDueDate())
        .tenantId(t.getTenantId())
        .externalFormReference(t.getExternalFormReference())
        .customHeaders(t.getCustomHeaders() == null ? null : Map.copyOf(t.getCustomHeaders()))
        .priority(t.getPriority())
        .formKey(t.getFormKey());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
